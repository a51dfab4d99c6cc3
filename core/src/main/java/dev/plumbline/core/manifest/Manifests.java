package dev.plumbline.core.manifest;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.core.Pipeline;
import dev.plumbline.core.Problem;
import dev.plumbline.core.manifest.internal.CanonicalJson;
import dev.plumbline.core.manifest.internal.ManifestDecoder;
import dev.plumbline.core.manifest.internal.ManifestEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compiles pipelines to manifests and loads them back. The format is documented in {@code
 * docs/MANIFEST.md} and described by {@link #schemaJson()}.
 *
 * <pre>{@code
 * Manifest m = Manifests.compile(pipeline, "prod");
 * Files.write(out, m.bytes());
 *
 * Manifest loaded = Manifests.load(Files.readAllBytes(out));
 * loaded.pipeline().equals(pipeline);            // true
 * loaded.digest().equals(m.digest());            // true
 * }</pre>
 *
 * <p>{@code load} checks structure (every wrong type, missing or unknown field and unknown kind is
 * reported with its JSON pointer), then builds the model (whose problems are reported too), then
 * verifies both digests. For a schema check with everit before loading, use {@code
 * dev.plumbline.validation.ManifestReader}.
 */
public final class Manifests {
  /** The API version this Plumbline writes and reads. */
  public static final String API_VERSION = ManifestDecoder.API_VERSION;

  private static final String SCHEMA_RESOURCE = "manifest.schema.json";

  /**
   * How deeply a manifest may nest objects and arrays when read: a typed object takes three levels
   * in a manifest, so a plan whose types nest some 3,300 levels deep is the most that reads back.
   * JSON Schema types and imported schemas nest at most 1,000 levels themselves.
   */
  public static final int MAX_READ_DEPTH = 10_000;

  private static final ObjectMapper READER =
      JsonMapper.builder(
              com.fasterxml.jackson.core.JsonFactory.builder()
                  .streamReadConstraints(
                      com.fasterxml.jackson.core.StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_READ_DEPTH)
                          // A name may be as long as a string value (Jackson's default for names
                          // is 50,000 characters, which compile does not limit).
                          .maxNameLength(
                              com.fasterxml.jackson.core.StreamReadConstraints
                                  .DEFAULT_MAX_STRING_LEN)
                          .build())
                  .build())
          .nodeFactory(ManifestEncoder.NODES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private Manifests() {}

  /** Compiles a pipeline with no environment selected. */
  public static Manifest compile(Pipeline pipeline) {
    return compile(requireNonNull(pipeline, "pipeline"), Optional.empty());
  }

  /**
   * Compiles a pipeline for one of its environments; {@code metadata.environment} names it.
   *
   * @throws IllegalArgumentException naming the declared environments if it is unknown
   */
  public static Manifest compile(Pipeline pipeline, String environment) {
    requireNonNull(pipeline, "pipeline");
    requireNonNull(environment, "environment");
    if (!pipeline.environments().containsKey(environment)) {
      throw new IllegalArgumentException(
          "unknown environment '"
              + environment
              + "' for pipeline '"
              + pipeline.name()
              + "'; declared: "
              + pipeline.environments().keySet());
    }
    return compile(pipeline, Optional.of(environment));
  }

  private static Manifest compile(Pipeline p, Optional<String> environment) {
    requireNonNull(p, "pipeline");
    // Encoding recurses per level of the plan's types: a deep plan compiles on a thread with room.
    return dev.plumbline.core.internal.RoomToRecurse.call(
        dev.plumbline.core.internal.TypeDepth.of(p.plan()), () -> compileHere(p, environment));
  }

  private static Manifest compileHere(Pipeline p, Optional<String> environment) {
    ObjectNode spec = ManifestEncoder.spec(p);
    ObjectNode independent = spec.deepCopy();
    independent.remove("environments");
    String specDigest = CanonicalJson.sha256(CanonicalJson.write(independent));

    ObjectNode doc = ManifestEncoder.NODES.objectNode();
    doc.put("apiVersion", API_VERSION);
    doc.put("kind", "Pipeline");
    ObjectNode metadata = doc.putObject("metadata");
    metadata.put("name", p.name());
    metadata.put("version", p.plan().version());
    environment.ifPresent(e -> metadata.put("environment", e));
    doc.set("spec", spec);
    String digest = CanonicalJson.sha256(CanonicalJson.write(doc));

    ObjectNode digests = metadata.putObject("digests");
    digests.put("manifest", digest);
    digests.put("spec", specDigest);
    return new Manifest(p, environment, CanonicalJson.write(doc), digest, specDigest);
  }

  /**
   * Loads a manifest from its text.
   *
   * @throws ManifestException listing every problem with its JSON pointer
   */
  public static Manifest load(String json) {
    requireNonNull(json, "json");
    try {
      return loadTree(READER.readTree(json));
    } catch (JsonProcessingException e) {
      throw notJson(e);
    }
  }

  /**
   * Loads a manifest from UTF-8 bytes.
   *
   * @throws ManifestException listing every problem with its JSON pointer
   */
  public static Manifest load(byte[] utf8) {
    return loadTree(parse(utf8));
  }

  /**
   * Reads manifest text into a tree as {@link #load} does: numbers exact, duplicate keys and
   * trailing text refused, up to {@link #MAX_READ_DEPTH} levels deep. For a reader that checks the
   * tree (against the manifest's JSON Schema, say) before loading it.
   *
   * @throws ManifestException with one problem at {@code ""} when the text is not JSON or exceeds
   *     the limits
   */
  public static JsonNode parse(byte[] utf8) {
    requireNonNull(utf8, "utf8");
    try {
      return READER.readTree(utf8);
    } catch (JsonProcessingException e) {
      throw notJson(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads a manifest from a parsed tree. Its numbers should have been read as {@link
   * java.math.BigDecimal} to stay exact.
   *
   * @throws ManifestException listing every problem with its JSON pointer
   */
  public static Manifest load(JsonNode tree) {
    return loadTree(requireNonNull(tree, "tree"));
  }

  /** Loads a tree that {@link #READER} parsed. */
  private static Manifest loadTree(JsonNode tree) {
    // Decoding and the digest check recurse per level of the plan's types: a deep manifest is
    // loaded on a thread with room to recurse.
    return dev.plumbline.core.internal.RoomToRecurse.call(tree, () -> loadHere(tree));
  }

  private static Manifest loadHere(JsonNode tree) {
    ManifestDecoder.Decoded d;
    try {
      d = ManifestDecoder.decode(tree);
    } catch (ManifestDecoder.DecodingFailed e) {
      throw new ManifestException(e.problems());
    }
    Manifest m = compile(d.pipeline(), d.environment());
    List<Problem> problems = new ArrayList<>();
    if (!m.digest().equals(d.digest())) {
      problems.add(
          new Problem(
              "/metadata/digests/manifest",
              "digest mismatch: the manifest says "
                  + d.digest()
                  + " but its content gives "
                  + m.digest()
                  + "; the manifest was edited after compile or is stale"));
    }
    if (!m.specDigest().equals(d.specDigest())) {
      problems.add(
          new Problem(
              "/metadata/digests/spec",
              "spec digest mismatch: the manifest says "
                  + d.specDigest()
                  + " but its spec gives "
                  + m.specDigest()
                  + "; the manifest was edited after compile or is stale"));
    }
    if (!problems.isEmpty()) {
      throw new ManifestException(problems);
    }
    return m;
  }

  /** The manifest's JSON Schema (draft-07), as published in this jar. */
  public static String schemaJson() {
    try (InputStream in = Manifests.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ManifestException notJson(JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
      return new ManifestException(
          List.of(
              new Problem(
                  "",
                  "not read: "
                      + e.getOriginalMessage().replaceFirst(", from `[^`]*`", "")
                      + (e.getOriginalMessage().startsWith("Document nesting depth")
                          ? "; a manifest is read up to " + MAX_READ_DEPTH + " levels deep"
                          : ""))));
    }
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return new ManifestException(
        List.of(new Problem("", "not valid JSON" + where + ": " + e.getOriginalMessage())));
  }
}
