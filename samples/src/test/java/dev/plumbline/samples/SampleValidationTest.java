package dev.plumbline.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.Pipeline;
import dev.plumbline.validation.EventValidator;
import dev.plumbline.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real validator agrees with the bad-line table of the sample events' README. */
class SampleValidationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** README codes that are not plan violations, and what the validator reports instead. */
  private static final Map<String, String> READER_CODES =
      Map.of("NOT_AN_OBJECT", "INVALID_ENVELOPE", "MISSING_TYPE", "INVALID_ENVELOPE");

  @Test
  void theValidatorReportsExactlyTheDocumentedViolationOnEachLine() throws Exception {
    Pipeline pipeline = StorefrontPipeline.pipeline();
    EventValidator validator = EventValidator.compile(pipeline.plan());
    Map<Integer, StorefrontEventsTest.Finding> documented = StorefrontEventsTest.readme();
    List<String> lines = StorefrontEvents.lines();
    List<String> mismatches = new ArrayList<>();
    for (int n = 1; n <= lines.size(); n++) {
      StorefrontEventsTest.Finding expected = documented.get(n);
      if (expected != null && expected.code().equals("NOT_JSON")) {
        continue;
      }
      JsonNode event = JSON.readTree(lines.get(n - 1));
      ValidationResult result = validator.validate(event);
      boolean shouldBeValid = expected == null || expected.code().equals("FILTERED_TEST_TRAFFIC");
      if (shouldBeValid) {
        if (!result.valid()) {
          mismatches.add("line " + n + ": expected valid, got " + result.violations());
        }
        continue;
      }
      String code = READER_CODES.getOrDefault(expected.code(), expected.code());
      boolean found =
          result.violations().stream()
              .anyMatch(
                  v ->
                      v.code().name().equals(code)
                          && (READER_CODES.containsKey(expected.code())
                              || v.instancePointer().equals(expected.pointer())));
      if (!found || result.violations().size() != 1) {
        mismatches.add("line " + n + ": expected " + expected + ", got " + result.violations());
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void theReportCountsEveryLineAndNamesTheBadOnesByNumber() throws Exception {
    Pipeline pipeline = StorefrontPipeline.pipeline();
    Map<Integer, StorefrontEventsTest.Finding> documented = StorefrontEventsTest.readme();

    String report = new SampleValidationReport().render(pipeline, StorefrontEvents.lines());

    long notJson = documented.values().stream().filter(f -> f.code().equals("NOT_JSON")).count();
    assertThat(report)
        .startsWith("Sample events: " + StorefrontEvents.lines().size() + " lines:")
        .contains(notJson + " unreadable")
        // Where the line broke off (line 207 is cut short in the middle of a string).
        .containsPattern("line 207  unreadable at column \\d+: Unexpected end-of-input");
    documented.forEach(
        (line, finding) -> {
          if (!finding.code().equals("FILTERED_TEST_TRAFFIC")) {
            assertThat(report).contains(String.format("line %3d  ", line));
          }
        });
  }

  @Test
  void theManifestSummaryShowsOneSpecDigestForEveryEnvironment() {
    String summary = new ManifestSummary().render(StorefrontPipeline.pipeline());

    assertThat(summary)
        .contains("plumbline.dev/v1")
        .contains("dev ")
        .contains("staging")
        .contains("prod");
    assertThat(summary.lines().filter(l -> l.contains("digest sha256:")).distinct().count())
        .isEqualTo(4);
    assertThat(summary.lines().filter(l -> l.contains("spec   sha256:")).count()).isEqualTo(1);
  }
}
