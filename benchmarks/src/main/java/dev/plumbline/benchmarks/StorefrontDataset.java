package dev.plumbline.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.plumbline.core.EventType;
import dev.plumbline.core.export.JsonSchemaExporter;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.samples.StorefrontEvents;
import dev.plumbline.samples.StorefrontPipeline;
import dev.plumbline.validation.EventValidator;
import dev.plumbline.validation.ValidationResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.everit.json.schema.Schema;
import org.json.JSONObject;

/**
 * The storefront sample events as benchmark data: every line that parses to a JSON object and that
 * our validator maps to a planned event, split into valid and invalid (less the few valid events
 * everit wrongly rejects, see {@link EveritDeviations}), with the plan, its exported per-event
 * draft-07 schemas and the spec name each event is checked against.
 *
 * <pre>{@code
 * StorefrontDataset data = StorefrontDataset.load();
 * List<StorefrontDataset.Event> valid = data.valid();   // 262 events
 * List<StorefrontDataset.Event> mix = data.mixed(10);   // every 10th event invalid
 * }</pre>
 */
public final class StorefrontDataset {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final TrackingPlan plan;
  private final ImmutableMap<String, JsonNode> schemas;
  private final ImmutableList<Event> valid;
  private final ImmutableList<Event> invalid;
  private final ImmutableList<Event> excluded;

  /**
   * One event of the data: its 1-based line in the sample file, the spec it is checked against, and
   * the line parsed for each library.
   *
   * @param line the 1-based line number in {@code storefront-events.ndjson}
   * @param specName the name of the planned event spec the event maps to
   * @param jackson the line parsed by Jackson (for Plumbline and networknt)
   * @param json the line parsed by org.json (for everit)
   * @param plumblineValid whether Plumbline's validator accepts it
   */
  public record Event(
      int line, String specName, JsonNode jackson, JSONObject json, boolean plumblineValid) {}

  private StorefrontDataset(
      TrackingPlan plan,
      ImmutableMap<String, JsonNode> schemas,
      ImmutableList<Event> valid,
      ImmutableList<Event> invalid,
      ImmutableList<Event> excluded) {
    this.plan = plan;
    this.schemas = schemas;
    this.valid = valid;
    this.invalid = invalid;
    this.excluded = excluded;
  }

  /** Parses the bundled sample events and classifies them with Plumbline's validator. */
  public static StorefrontDataset load() {
    TrackingPlan plan = StorefrontPipeline.pipeline().plan();
    EventValidator validator = EventValidator.compile(plan);
    ImmutableMap.Builder<String, JsonNode> schemas = ImmutableMap.builder();
    JsonSchemaExporter.eventSchemas(plan).forEach(schemas::put);
    ImmutableList.Builder<Event> valid = ImmutableList.builder();
    ImmutableList.Builder<Event> invalid = ImmutableList.builder();
    ImmutableList.Builder<Event> excluded = ImmutableList.builder();
    Map<String, Schema> everit = new HashMap<>();
    ImmutableList<String> lines = StorefrontEvents.lines();
    for (int i = 0; i < lines.size(); i++) {
      Optional<JsonNode> parsed = parse(lines.get(i));
      if (parsed.isEmpty() || !parsed.get().isObject()) {
        continue; // NOT_JSON, NOT_AN_OBJECT: a reader rejects these before any validator
      }
      JsonNode node = parsed.get();
      ValidationResult result = validator.validate(node);
      if (result.spec().isEmpty()) {
        continue; // unplanned or bad envelope: no schema to compare against
      }
      Event event =
          new Event(
              i + 1,
              result.spec().get().name(),
              node,
              new JSONObject(lines.get(i)),
              result.valid());
      if (event.plumblineValid()
          && EveritDeviations.rejectsOnlyIntegralFloats(
              everit.computeIfAbsent(
                  event.specName(),
                  n -> EveritDeviations.load(JsonSchemaExporter.eventSchema(plan, n))),
              event.json())) {
        excluded.add(event);
      } else {
        (event.plumblineValid() ? valid : invalid).add(event);
      }
    }
    return new StorefrontDataset(
        plan, schemas.buildOrThrow(), valid.build(), invalid.build(), excluded.build());
  }

  private static Optional<JsonNode> parse(String line) {
    try {
      return Optional.ofNullable(MAPPER.readTree(line));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** The storefront tracking plan. */
  public TrackingPlan plan() {
    return plan;
  }

  /** The exported draft-07 schema of each planned event, by spec name. */
  public ImmutableMap<String, JsonNode> schemas() {
    return schemas;
  }

  /** The planned events Plumbline accepts, in file order. */
  public ImmutableList<Event> valid() {
    return valid;
  }

  /**
   * Valid events left out because everit rejects them only for its integer deviation (see {@link
   * EveritDeviations}): in the sample data, quantities sent as {@code 2.0}.
   */
  public ImmutableList<Event> excluded() {
    return excluded;
  }

  /** The planned events Plumbline rejects, in file order. */
  public ImmutableList<Event> invalid() {
    return invalid;
  }

  /**
   * Every valid event once, in file order, with an invalid one (cycling through the invalid events
   * in file order) after every {@code period - 1} valid ones: {@code mixed(10)} is 10% invalid.
   */
  public ImmutableList<Event> mixed(int period) {
    if (period < 2) {
      throw new IllegalArgumentException("period must be at least 2, got " + period);
    }
    List<Event> out = new ArrayList<>();
    int nextInvalid = 0;
    for (Event e : valid) {
      out.add(e);
      if (out.size() % period == period - 1) {
        out.add(invalid.get(nextInvalid++ % invalid.size()));
      }
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * The spec name an event is checked against, from its envelope, the way a schema-per-event
   * deployment routes it: {@code event} for track, {@code name} for page and screen, the plan's
   * first spec of the type for identify and group. Null when there is none.
   */
  public static String specKey(String type, String trackEvent, String name, SpecIndex index) {
    if ("track".equals(type)) {
      return trackEvent;
    }
    if ("page".equals(type) || "screen".equals(type)) {
      return name;
    }
    return index.firstOfType.get(type);
  }

  /** The first spec name of each type (identify and group events are routed by type). */
  public SpecIndex specIndex() {
    Map<String, String> first = new HashMap<>();
    for (EventSpec spec : plan.events().values()) {
      if (spec.type() == EventType.IDENTIFY || spec.type() == EventType.GROUP) {
        first.putIfAbsent(spec.type().wireName(), spec.name());
      }
    }
    return new SpecIndex(first);
  }

  /** Spec names by wire type for identify and group. */
  public static final class SpecIndex {
    private final HashMap<String, String> firstOfType;

    SpecIndex(Map<String, String> firstOfType) {
      this.firstOfType = new HashMap<>(firstOfType);
    }
  }
}
