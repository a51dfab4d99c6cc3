package dev.plumbline.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StorefrontEventsTest {
  /** One documented problem of a line: a code and the JSON pointer of the offending value. */
  record Finding(String code, String pointer) {
    @Override
    public String toString() {
      return code + " " + pointer;
    }
  }

  /** Strict: trailing tokens after the value make a line unreadable, as in the CLI. */
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private static final Pattern TABLE_ROW =
      Pattern.compile("^\\| (\\d+) \\| ([A-Z_]+) \\| `?([^`|]*)`? \\| .+ \\|$");

  private static ImmutableList<String> lines;
  private static Map<Integer, Finding> documented;

  @BeforeAll
  static void load() throws IOException {
    lines = StorefrontEvents.lines();
    documented = readme();
  }

  /** The bad-line table of the resource README: line number to its one documented problem. */
  static Map<Integer, Finding> readme() throws IOException {
    try (InputStream in =
        StorefrontEventsTest.class.getResourceAsStream("/dev/plumbline/samples/README.md")) {
      assertThat(in).as("README.md next to the sample events").isNotNull();
      Map<Integer, Finding> rows = new TreeMap<>();
      for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        Matcher m = TABLE_ROW.matcher(row);
        if (m.matches()) {
          Finding previous =
              rows.put(Integer.parseInt(m.group(1)), new Finding(m.group(2), m.group(3).trim()));
          assertThat(previous).as("line %s is documented twice", m.group(1)).isNull();
        }
      }
      return rows;
    }
  }

  @Test
  void bundlesAtLeast200EventsOfWhichTenToFifteenPercentAreBad() {
    assertThat(lines).hasSizeGreaterThanOrEqualTo(200);
    assertThat(documented).isNotEmpty();
    assertThat(documented.keySet()).allSatisfy(n -> assertThat(n).isBetween(1, lines.size()));
    double badShare = (double) documented.size() / lines.size();
    assertThat(badShare).isBetween(0.10, 0.15);
  }

  // Whether each line conforms to the plan is SampleValidationTest's job (the real validator);
  // here: the problems a reader or the pipeline's filter sees before any plan.

  @Test
  void exactlyTheLinesDocumentedAsNotJsonFailToParse() {
    List<String> mismatches = new ArrayList<>();
    for (int n = 1; n <= lines.size(); n++) {
      boolean documentedNotJson =
          documented.containsKey(n) && documented.get(n).code().equals("NOT_JSON");
      if (parse(lines.get(n - 1)).isPresent() == documentedNotJson) {
        mismatches.add("line " + n + (documentedNotJson ? " parses" : " does not parse"));
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void exactlyTheLinesDocumentedAsSuchAreNotObjectsOrHaveNoType() {
    List<String> mismatches = new ArrayList<>();
    for (int n = 1; n <= lines.size(); n++) {
      Optional<JsonNode> event = parse(lines.get(n - 1));
      String code = documented.containsKey(n) ? documented.get(n).code() : "";
      if (event.isEmpty()) {
        continue;
      }
      boolean object = event.get().isObject();
      if (object == code.equals("NOT_AN_OBJECT")) {
        mismatches.add("line " + n + (object ? " is an object" : " is not an object"));
      } else if (object && event.get().path("type").isTextual() == code.equals("MISSING_TYPE")) {
        mismatches.add(
            "line "
                + n
                + ": documented '"
                + code
                + "', string type present: "
                + event.get().path("type").isTextual());
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void exactlyTheLinesDocumentedAsTestTrafficAreMarkedForTheFilter() {
    List<String> mismatches = new ArrayList<>();
    for (int n = 1; n <= lines.size(); n++) {
      Optional<JsonNode> event = parse(lines.get(n - 1)).filter(JsonNode::isObject);
      if (event.isEmpty()) {
        continue;
      }
      JsonNode context = event.get().path("context");
      Optional<String> marker =
          context.path("app").path("env").asText("").equals("test")
              ? Optional.of("/context/app/env")
              : context.path("userAgent").asText("").contains("PlumblineSynthetics")
                  ? Optional.of("/context/userAgent")
                  : Optional.empty();
      Optional<Finding> expected =
          Optional.ofNullable(documented.get(n))
              .filter(f -> f.code().equals("FILTERED_TEST_TRAFFIC"));
      if (!marker.equals(expected.map(Finding::pointer))) {
        mismatches.add("line " + n + ": documented " + expected + ", marked " + marker);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void theBadLinesCoverTheWaysRealTrafficIsBad() {
    assertThat(documented.values())
        .extracting(Finding::code)
        .contains(
            "REQUIRED_MISSING",
            "TYPE_MISMATCH",
            "RANGE",
            "FORMAT_MISMATCH",
            "ENUM_MISMATCH",
            "UNPLANNED_EVENT",
            "UNPLANNED_PROPERTY",
            "ITEMS",
            "NOT_JSON",
            "NOT_AN_OBJECT",
            "FILTERED_TEST_TRAFFIC");
    assertThat(eventNames()).contains("Wishlist Shared");
  }

  @Test
  void eventsHaveUniqueUuidMessageIdsIsoTimestampsAndAContext() {
    Set<String> messageIds = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (JsonNode e : objects()) {
      String id = e.path("messageId").asText("");
      if (!id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
          || !messageIds.add(id)) {
        problems.add("messageId " + id + " is not a fresh UUID");
      }
      Instant.parse(e.path("timestamp").asText());
      JsonNode context = e.path("context");
      if (!context.path("app").isObject() || !context.path("library").isObject()) {
        problems.add(id + " has no context.app/library");
      }
      boolean serverSide =
          e.path("context").path("app").path("name").asText().equals("support-tools");
      if (!serverSide
          && (!context.path("ip").isTextual()
              || !context.path("locale").isTextual()
              || !context.path("userAgent").isTextual())) {
        problems.add(id + " has no ip, locale or userAgent");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theEventsAreSessionsOfSeveralCustomersAndAnonymousVisitors() {
    Map<String, Set<String>> typesByUser = new LinkedHashMap<>();
    Set<String> anonymousOnly = new HashSet<>();
    for (JsonNode e : objects()) {
      if (e.hasNonNull("userId")) {
        typesByUser
            .computeIfAbsent(e.get("userId").asText(), k -> new HashSet<>())
            .add(e.path("type").asText());
      } else if (e.hasNonNull("anonymousId")) {
        anonymousOnly.add(e.get("anonymousId").asText());
      }
    }
    assertThat(typesByUser).hasSizeGreaterThanOrEqualTo(5);
    assertThat(typesByUser.values()).allSatisfy(types -> assertThat(types).contains("identify"));
    assertThat(anonymousOnly).hasSizeGreaterThanOrEqualTo(5);
    assertThat(eventNames())
        .contains(
            "Home",
            "Product Viewed",
            "Product Added",
            "Checkout Started",
            "Payment Info Entered",
            "Order Completed",
            "Signed Up",
            "Search Performed",
            "Order Refunded");
  }

  private static List<JsonNode> objects() {
    List<JsonNode> out = new ArrayList<>();
    for (String line : lines) {
      parse(line).filter(JsonNode::isObject).ifPresent(out::add);
    }
    return out;
  }

  /** Parses a line; empty if it is not JSON. */
  static Optional<JsonNode> parse(String line) {
    try {
      return Optional.ofNullable(JSON.readTree(line));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private static Set<String> eventNames() {
    Set<String> names = new HashSet<>();
    for (JsonNode e : objects()) {
      names.add(e.path("event").asText(e.path("name").asText("")));
    }
    return names;
  }
}
