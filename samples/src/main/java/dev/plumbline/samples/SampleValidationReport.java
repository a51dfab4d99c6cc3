package dev.plumbline.samples;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.plumbline.core.Pipeline;
import dev.plumbline.validation.EnforcementDecision;
import dev.plumbline.validation.Enforcer;
import dev.plumbline.validation.EventValidator;
import dev.plumbline.validation.ValidationResult;
import dev.plumbline.validation.Violation;
import dev.plumbline.validation.ViolationCode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Validates NDJSON lines against a pipeline's plan and enforcement policies, and renders what
 * happened to each: counts per enforcement action and violation code, then every line that was not
 * simply valid, with its number. A line that is not JSON is reported and the rest still runs.
 *
 * <pre>{@code
 * String report = new SampleValidationReport().render(StorefrontPipeline.pipeline(), StorefrontEvents.lines());
 * }</pre>
 */
public final class SampleValidationReport {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  /** Renders the report; lines end with {@code \n}. */
  public String render(Pipeline pipeline, List<String> lines) {
    EventValidator validator = EventValidator.compile(pipeline.plan());
    Enforcer enforcer = Enforcer.of(pipeline.plan());
    Map<EnforcementDecision.Action, Integer> actions =
        new EnumMap<>(EnforcementDecision.Action.class);
    Map<ViolationCode, Integer> codes = new TreeMap<>();
    StringBuilder details = new StringBuilder();
    int valid = 0;
    int invalid = 0;
    int unreadable = 0;
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      JsonNode event;
      try {
        event = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        unreadable++;
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        details.append(
            String.format(
                "  line %3d  unreadable%s: %s%n",
                number, column > 0 ? " at column " + column : "", e.getOriginalMessage()));
        continue;
      }
      ValidationResult result = validator.validate(event);
      EnforcementDecision decision = enforcer.enforce(event, result);
      actions.merge(decision.action(), 1, Integer::sum);
      if (result.valid()) {
        valid++;
        continue;
      }
      invalid++;
      String name = result.spec().map(s -> s.name()).orElse(event.path("event").asText("?"));
      details.append(String.format("  line %3d  %-10s %s%n", number, decision.action(), name));
      for (Violation v : result.violations()) {
        codes.merge(v.code(), 1, Integer::sum);
        details.append(
            String.format(
                "              %s %s: %s%n",
                v.code(), v.instancePointer().isEmpty() ? "/" : v.instancePointer(), v.message()));
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "Sample events: %d lines: %d valid, %d invalid, %d unreadable%n",
            valid + invalid + unreadable, valid, invalid, unreadable));
    out.append("  enforcement: ");
    actions.forEach((a, n) -> out.append(a).append('=').append(n).append(' '));
    out.append('\n');
    out.append("  violations:  ");
    codes.forEach((c, n) -> out.append(c).append('=').append(n).append(' '));
    out.append('\n');
    out.append("Lines that were not simply valid:\n").append(details);
    return out.toString();
  }
}
