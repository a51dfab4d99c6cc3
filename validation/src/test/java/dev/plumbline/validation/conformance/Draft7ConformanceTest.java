package dev.plumbline.validation.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.importing.ImportedSchema;
import dev.plumbline.core.importing.JsonSchemaImporter;
import dev.plumbline.validation.TypeValidator;
import dev.plumbline.validation.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The official JSON Schema Test Suite, draft-07 (see
 * src/test/resources/json-schema-test-suite/README.md): every case of {@code tests/draft7/*.json}
 * and of the optional format files for the formats the validator supports passes, except the cases
 * listed in {@link #REMOTE}, whose schemas reference other documents: those must be rejected at
 * compile time with an error naming the reference and where it is.
 */
class Draft7ConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ALL_CASES = "*";

  /**
   * Cases whose schema references a document other than itself (Plumbline never fetches one), by
   * file and case description; {@code *} for every case of a file.
   */
  private static final Map<String, Set<String>> REMOTE =
      Map.of(
          "refRemote.json", Set.of(ALL_CASES),
          "definitions.json", Set.of("validate definition against metaschema"),
          "ref.json", Set.of("remote ref, containing refs itself"));

  /** Optional format files run, one per supported format (draft-07 has no uuid file). */
  private static final List<String> FORMAT_FILES =
      List.of(
          "date-time.json",
          "date.json",
          "email.json",
          "hostname.json",
          "ipv4.json",
          "ipv6.json",
          "uri.json",
          "unknown.json");

  /** Optional format files not run, and why. */
  private static final Map<String, String> SKIPPED_FORMAT_FILES =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("ecmascript-regex.json", "format 'regex' is not supported (annotation)"),
              Map.entry("idn-email.json", "format 'idn-email' is not supported (annotation)"),
              Map.entry("idn-hostname.json", "format 'idn-hostname' is not supported (annotation)"),
              Map.entry(
                  "iri-reference.json", "format 'iri-reference' is not supported (annotation)"),
              Map.entry("iri.json", "format 'iri' is not supported (annotation)"),
              Map.entry("json-pointer.json", "format 'json-pointer' is not supported (annotation)"),
              Map.entry("regex.json", "format 'regex' is not supported (annotation)"),
              Map.entry(
                  "relative-json-pointer.json",
                  "format 'relative-json-pointer' is not supported (annotation)"),
              Map.entry("time.json", "format 'time' is not supported (annotation)"),
              Map.entry(
                  "uri-reference.json", "format 'uri-reference' is not supported (annotation)"),
              Map.entry(
                  "uri-template.json", "format 'uri-template' is not supported (annotation)")));

  private static final Map<String, int[]> COUNTS = new TreeMap<>();

  /** The one path from a suite schema to a validator: import into the model, then compile. */
  static TypeValidator validatorFor(JsonNode schema) {
    ImportedSchema imported = JsonSchemaImporter.importSchema(schema);
    return TypeValidator.compile(imported.type(), imported.customTypes());
  }

  @TestFactory
  Stream<DynamicNode> draft7() throws IOException {
    Path dir = suite().resolve("tests/draft7");
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".json"))
          .sorted()
          .collect(Collectors.toList())
          .stream()
          .map(f -> file(f, f.getFileName().toString()));
    }
  }

  @TestFactory
  Stream<DynamicNode> optionalFormats() throws IOException {
    Path dir = suite().resolve("tests/draft7/optional/format");
    try (Stream<Path> files = Files.list(dir)) {
      List<String> all =
          files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
      assertThat(all).containsExactlyInAnyOrderElementsOf(concat());
    }
    return FORMAT_FILES.stream().map(name -> file(dir.resolve(name), "optional/format/" + name));
  }

  /** ECMA-262 regular expressions, the dialect of {@code pattern} (optional in the suite). */
  @TestFactory
  Stream<DynamicNode> optionalEcmaRegex() {
    Path f = suite().resolve("tests/draft7/optional/ecmascript-regex.json");
    return Stream.of(file(f, "optional/ecmascript-regex.json"));
  }

  private static List<String> concat() {
    List<String> all = new ArrayList<>(FORMAT_FILES);
    all.addAll(SKIPPED_FORMAT_FILES.keySet());
    return all;
  }

  private static DynamicContainer file(Path path, String name) {
    JsonNode cases = read(path);
    Set<String> remote = REMOTE.getOrDefault(name, Set.of());
    List<String> descriptions = new ArrayList<>();
    cases.forEach(c -> descriptions.add(c.get("description").asText()));
    assertThat(descriptions).containsAll(remote.contains(ALL_CASES) ? Set.of() : remote);
    List<DynamicNode> nodes = new ArrayList<>();
    for (JsonNode c : cases) {
      String description = c.get("description").asText();
      JsonNode schema = c.get("schema");
      if (remote.contains(ALL_CASES) || remote.contains(description)) {
        nodes.add(
            DynamicTest.dynamicTest(
                description + " [rejected: remote $ref]",
                () -> {
                  assertThatThrownBy(() -> validatorFor(schema))
                      .isInstanceOf(IllegalArgumentException.class)
                      .hasMessageMatching(
                          // the importer's problem names the pointer first, the engine's message
                          // after
                          "(?s).*(?:(/[^ ]*)?/\\$ref: remote \\$ref '[^']+'|remote \\$ref '[^']+'"
                              + " at (/[^ ]*)?/\\$ref) is not supported: only references within the"
                              + " document are.*");
                  count(name, 1);
                }));
        continue;
      }
      List<DynamicNode> tests = new ArrayList<>();
      for (JsonNode t : c.get("tests")) {
        String test = t.get("description").asText();
        JsonNode data = t.get("data");
        boolean valid = t.get("valid").asBoolean();
        tests.add(
            DynamicTest.dynamicTest(
                test + (valid ? " [valid]" : " [invalid]"),
                () -> {
                  ValidationResult r = validatorFor(schema).validate(data);
                  assertThat(r.valid())
                      .as("schema %s, data %s: %s", schema, data, r.violations())
                      .isEqualTo(valid);
                  assertThat(r.violations().isEmpty()).isEqualTo(valid);
                  count(name, 0);
                }));
      }
      nodes.add(DynamicContainer.dynamicContainer(description, tests));
    }
    return DynamicContainer.dynamicContainer(name, nodes);
  }

  private static synchronized void count(String file, int kind) {
    COUNTS.computeIfAbsent(file, f -> new int[2])[kind]++;
  }

  @AfterAll
  static synchronized void summary() {
    StringBuilder sb = new StringBuilder("JSON Schema Test Suite draft-07 conformance\n");
    int passed = 0;
    int rejected = 0;
    for (Map.Entry<String, int[]> e : COUNTS.entrySet()) {
      sb.append(
          String.format(
              "  %-40s passed %4d  rejected-as-remote %3d%n",
              e.getKey(), e.getValue()[0], e.getValue()[1]));
      passed += e.getValue()[0];
      rejected += e.getValue()[1];
    }
    sb.append(
        String.format("  total: passed %d tests, rejected %d cases as remote%n", passed, rejected));
    sb.append("  skipped optional format files:\n");
    SKIPPED_FORMAT_FILES.forEach(
        (f, why) -> sb.append("    ").append(f).append(": ").append(why).append('\n'));
    System.out.print(sb);
  }

  private static Path suite() {
    URL url = Draft7ConformanceTest.class.getResource("/json-schema-test-suite");
    try {
      return Paths.get(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read(Path path) {
    try {
      return JSON.readTree(path.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
