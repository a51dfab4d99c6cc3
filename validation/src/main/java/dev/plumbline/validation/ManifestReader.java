package dev.plumbline.validation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.core.Problem;
import dev.plumbline.core.internal.RoomToRecurse;
import dev.plumbline.core.manifest.Manifest;
import dev.plumbline.core.manifest.ManifestException;
import dev.plumbline.core.manifest.Manifests;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONException;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * Reads a manifest strictly: JSON with no duplicate keys, the supported {@code apiVersion}, valid
 * against the published manifest JSON Schema (checked with everit, draft-07), and only then built
 * into the model by {@link Manifests#load(JsonNode)}, which also verifies the digests.
 *
 * <pre>{@code
 * try {
 *   Manifest m = ManifestReader.read(Path.of("build/storefront.json"));
 *   Pipeline p = m.pipeline();
 * } catch (ManifestException e) {
 *   e.problems().forEach(System.err::println); // "path: message", "(root): ..." for the document
 *   // /spec/routes/0: required key [destination] not found
 * }
 * }</pre>
 *
 * <p>Every schema error is reported with the JSON pointer of the offending value. Thread-safe.
 */
public final class ManifestReader {
  private static final Schema SCHEMA = loadSchema();

  private ManifestReader() {}

  /**
   * Reads a manifest from its text.
   *
   * @throws ManifestException listing every problem, each with its JSON pointer
   */
  public static Manifest read(String json) {
    requireNonNull(json, "json");
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a manifest file (UTF-8).
   *
   * @throws ManifestException listing every problem, each with its JSON pointer
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Manifest read(Path file) {
    requireNonNull(file, "file");
    try {
      return read(Files.readAllBytes(file));
    } catch (IOException e) {
      String why =
          e instanceof java.nio.file.NoSuchFileException
              ? "no such file"
              : e instanceof java.nio.file.AccessDeniedException
                  ? "permission denied"
                  : e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                      ? f.getReason()
                      : String.valueOf(e.getMessage());
      throw new UncheckedIOException("cannot read manifest " + file + ": " + why, e);
    }
  }

  /**
   * Reads a manifest from a stream of UTF-8 bytes; the stream is read to its end, not closed.
   *
   * @throws ManifestException listing every problem, each with its JSON pointer
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Manifest read(InputStream in) {
    requireNonNull(in, "in");
    try {
      return read(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read manifest", e);
    }
  }

  /** The manifest JSON Schema, as loaded by everit. */
  static Schema schema() {
    return SCHEMA;
  }

  private static Manifest read(byte[] utf8) {
    int zero = indexOfZero(utf8);
    if (zero >= 0) {
      // JSON text never holds a zero byte in UTF-8; UTF-16 and UTF-32 text always does.
      throw new ManifestException(
          List.of(
              new Problem(
                  "",
                  "not UTF-8: byte "
                      + zero
                      + " is zero, as in UTF-16 or UTF-32 text; a manifest is UTF-8")));
    }
    JsonNode tree = Manifests.parse(utf8);
    if (tree == null || !tree.isObject()) {
      throw new ManifestException(
          List.of(
              new Problem(
                  "",
                  "a manifest must be a JSON object, got "
                      + (tree == null || tree.isMissingNode()
                          ? "nothing"
                          : tree.getNodeType().name().toLowerCase(Locale.ROOT)))));
    }
    JsonNode version = tree.get("apiVersion");
    if (version == null
        || !version.isTextual()
        || !version.textValue().equals(Manifests.API_VERSION)) {
      String shown =
          version == null ? "" : version.isTextual() ? version.textValue() : version.toString();
      throw new ManifestException(
          List.of(
              new Problem(
                  "/apiVersion",
                  version == null
                      ? "missing apiVersion; this Plumbline reads " + Manifests.API_VERSION
                      : "unsupported apiVersion '"
                          + shown
                          + "'; this Plumbline reads "
                          + Manifests.API_VERSION)));
    }
    List<Problem> problems = schemaProblems(new String(utf8, StandardCharsets.UTF_8));
    if (!problems.isEmpty()) {
      throw new ManifestException(problems);
    }
    return Manifests.load(tree);
  }

  /**
   * The schema errors of a manifest. everit and org.json recurse once or more per level of the
   * document (a plan with types nested some 60 levels deep overflows a default thread stack), so
   * the check always runs on a thread with room to recurse (a manifest is read once; the thread
   * costs some 100 µs): deciding after a stack overflow instead could leave a class whose
   * initializer the overflow interrupted unusable for the whole JVM.
   */
  private static List<Problem> schemaProblems(String text) {
    return RoomToRecurse.call(Integer.MAX_VALUE, () -> schemaProblemsOnThisThread(text));
  }

  private static List<Problem> schemaProblemsOnThisThread(String text) {
    String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
    JSONObject document;
    try {
      document = new JSONObject(new JSONTokener(json));
    } catch (JSONException e) {
      return List.of(new Problem("", "not valid JSON: " + e.getMessage()));
    }
    try {
      SCHEMA.validate(document);
      return List.of();
    } catch (ValidationException e) {
      List<Problem> out = new ArrayList<>();
      collectLeaves(e, out);
      return out;
    }
  }

  private static int indexOfZero(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Collects the leaf errors of everit's error tree. Alternatives ({@code anyOf}, {@code oneOf})
   * are reported as one error: their branches' errors would only say why each other branch failed.
   */
  private static void collectLeaves(ValidationException e, List<Problem> out) {
    String keyword = e.getKeyword();
    boolean alternatives = "anyOf".equals(keyword) || "oneOf".equals(keyword);
    if (alternatives) {
      List<Problem> branches = new ArrayList<>();
      e.getCausingExceptions().forEach(c -> collectLeaves(c, branches));
      out.add(
          new Problem(
              pointer(e.getPointerToViolation()),
              "matches none of the allowed forms: "
                  + branches.stream().map(Problem::message).collect(Collectors.joining("; "))));
      return;
    }
    if (e.getCausingExceptions().isEmpty()) {
      out.add(new Problem(pointer(e.getPointerToViolation()), leafMessage(e)));
      return;
    }
    for (ValidationException cause : e.getCausingExceptions()) {
      collectLeaves(cause, out);
    }
  }

  /**
   * everit's message, or where it has none ({@code const}) what the schema expects: {@code expected
   * "Pipeline"}.
   */
  private static String leafMessage(ValidationException e) {
    String message = e.getErrorMessage();
    if (message != null && !message.isBlank()) {
      return message;
    }
    if (e.getViolatedSchema() instanceof ConstSchema c) {
      return "expected " + JSONObject.valueToString(c.getPermittedValue());
    }
    return "does not satisfy the manifest schema's '" + e.getKeyword() + "'";
  }

  /** {@code #/spec/routes/0} to {@code /spec/routes/0}; {@code #} to the empty pointer. */
  private static String pointer(String everit) {
    if (everit == null || everit.equals("#")) {
      return "";
    }
    return everit.startsWith("#") ? everit.substring(1) : everit;
  }

  private static Schema loadSchema() {
    JSONObject raw = new JSONObject(new JSONTokener(Manifests.schemaJson()));
    return SchemaLoader.builder()
        .schemaJson(raw)
        .draftV7Support()
        .schemaClient(
            url -> {
              throw new UncheckedIOException(
                  new IOException("the manifest schema loads nothing remote, asked for " + url));
            })
        .build()
        .load()
        .build();
  }
}
