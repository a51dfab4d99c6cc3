package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import dev.plumbline.core.EventType;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.validation.ValidationResult;
import dev.plumbline.validation.Violation;
import dev.plumbline.validation.ViolationCode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A tracking plan compiled into per-spec checkers, with the envelope rules. */
public final class PlanValidator {
  private static final JsonNode EMPTY_PAYLOAD = JsonNodeFactory.instance.objectNode();
  private static final String ENVELOPE = "events";

  /** One compiled event spec. */
  private static final class CompiledSpec {
    final EventSpec spec;
    final Checker payload;
    final ValidationResult valid;
    final String pointerRoot;
    final String planRoot;

    CompiledSpec(EventSpec spec, Checker payload) {
      this.spec = spec;
      this.payload = payload;
      this.valid = new ValidationResult(Optional.of(spec), ImmutableList.of());
      this.pointerRoot = "/" + spec.type().payloadField();
      this.planRoot = "events/" + Collector.escape(spec.name()) + "/" + spec.type().payloadField();
    }
  }

  /** The specs of each event type by name. */
  private final Map<EventType, NameTable<CompiledSpec>> byName = new EnumMap<>(EventType.class);

  /** Of each type, the spec whose name sorts first: for identify and group events without one. */
  private final Map<EventType, CompiledSpec> firstOfType = new EnumMap<>(EventType.class);

  /** The spec names of each event type, for suggesting one in place of an unplanned name. */
  private final Map<EventType, NameSuggestion> suggestionsByType = new EnumMap<>(EventType.class);

  /** Event types by wire name. */
  private static final NameTable<EventType> TYPES;

  static {
    Map<String, EventType> types = new HashMap<>();
    for (EventType t : EventType.values()) {
      types.put(t.wireName(), t);
    }
    TYPES = NameTable.of(types);
  }

  public PlanValidator(TrackingPlan plan) {
    CheckerCompiler compiler = new CheckerCompiler(plan.customTypes());
    Map<EventType, Map<String, CompiledSpec>> specs = new EnumMap<>(EventType.class);
    for (EventType t : EventType.values()) {
      specs.put(t, new HashMap<>());
    }
    for (EventSpec spec : plan.events().values()) {
      CompiledSpec compiled =
          new CompiledSpec(
              spec,
              compiler.compileAt(
                  spec.payload(),
                  ENVELOPE
                      + "/"
                      + Collector.escape(spec.name())
                      + "/"
                      + spec.type().payloadField()));
      specs.get(spec.type()).put(spec.name(), compiled);
      // By name, not plan order: a manifest keeps events sorted by name, and the choice must not
      // change when a plan goes through one.
      firstOfType.merge(
          spec.type(), compiled, (a, b) -> a.spec.name().compareTo(b.spec.name()) <= 0 ? a : b);
    }
    specs.forEach((t, named) -> byName.put(t, NameTable.of(named)));
    for (EventType t : EventType.values()) {
      suggestionsByType.put(
          t,
          NameSuggestion.of(
              plan.events().values().stream()
                  .filter(s -> s.type() == t)
                  .map(EventSpec::name)
                  .collect(ImmutableList.toImmutableList())));
    }
  }

  /**
   * For an unplanned name: {@code (planned as a page event)} when another type declares it, else
   * {@code (did you mean "Product Added"?)} when a declared name of the type is close, else empty.
   */
  private String unplannedHint(EventType type, String name) {
    for (EventType other : EventType.values()) {
      if (other != type && byName.get(other).get(name) != null) {
        return " (planned as "
            + (other == EventType.IDENTIFY ? "an " : "a ")
            + other.wireName()
            + " event)";
      }
    }
    return suggestionsByType
        .get(type)
        .closest(name)
        .map(s -> " (did you mean " + JsonValues.quote(s) + "?)")
        .orElse("");
  }

  /** The event type named by the envelope, if it names one. */
  public static Optional<EventType> typeOf(JsonNode event) {
    if (event == null || !event.isObject()) {
      return Optional.empty();
    }
    JsonNode type = event.get("type");
    String text = type == null ? null : JsonValues.textOf(type);
    return text == null ? Optional.empty() : Optional.ofNullable(TYPES.get(text));
  }

  public ValidationResult validate(JsonNode event) {
    if (!(event instanceof ObjectNode)
        && (event == null || event.isMissingNode() || !event.isObject())) {
      return invalid(
          ViolationCode.INVALID_ENVELOPE,
          "",
          "expected an event object, found "
              + (event == null || event.isMissingNode()
                  ? "nothing"
                  : JsonValues.describeWithKind(event)));
    }
    // The envelope fields are looked up before any is examined, so that their (usually cold)
    // entries are fetched from memory together rather than one after another.
    JsonNode typeNode = event.get("type");
    JsonNode eventNode = event.get("event");
    JsonNode nameNode = event.get("name");
    JsonNode properties = event.get("properties");
    String typeText = typeNode == null ? null : JsonValues.textOf(typeNode);
    EventType type = typeText == null ? null : TYPES.get(typeText);
    if (type == null) {
      return invalid(
          ViolationCode.INVALID_ENVELOPE,
          "/type",
          "expected type one of track, identify, page, screen, group, alias, found "
              + (typeNode == null ? "none" : JsonValues.describeWithKind(typeNode)));
    }
    if (type == EventType.ALIAS) {
      return ValidationResult.validWithoutSpec();
    }
    String nameField = type.nameField();
    if (type == EventType.TRACK) {
      nameNode = eventNode;
    }
    String name = nameNode == null ? null : JsonValues.textOf(nameNode);
    boolean nameOnlyLabels = type == EventType.IDENTIFY || type == EventType.GROUP;
    if (nameNode != null && name == null && !nameOnlyLabels) {
      return invalid(
          ViolationCode.INVALID_ENVELOPE,
          "/" + nameField,
          "expected '"
              + nameField
              + "' as a string, found "
              + JsonValues.describeWithKind(nameNode));
    }
    CompiledSpec spec;
    if (type == EventType.IDENTIFY || type == EventType.GROUP) {
      spec = name == null ? null : byName.get(type).get(name);
      if (spec == null) {
        spec = firstOfType.get(type);
      }
      if (spec == null) {
        return invalid(
            ViolationCode.UNPLANNED_EVENT,
            "/type",
            "expected a planned event, found "
                + type.wireName()
                + " (no "
                + type.wireName()
                + " spec in the plan)");
      }
    } else {
      if (nameNode == null) {
        return invalid(
            type == EventType.TRACK
                ? ViolationCode.INVALID_ENVELOPE
                : ViolationCode.UNPLANNED_EVENT,
            "/" + nameField,
            "expected '" + nameField + "' naming the " + type.wireName() + " event, found none");
      }
      spec = byName.get(type).get(name);
      if (spec == null) {
        return invalid(
            ViolationCode.UNPLANNED_EVENT,
            "/" + nameField,
            "expected a planned event, found "
                + type.wireName()
                + " "
                + JsonValues.quote(name)
                + unplannedHint(type, name));
      }
    }
    JsonNode payload =
        type == EventType.IDENTIFY || type == EventType.GROUP
            ? event.get(type.payloadField())
            : properties;
    if (payload == null) {
      payload = EMPTY_PAYLOAD;
    }
    int hint = spec.payload.firstFailure(payload, 1);
    if (hint == Checker.VALID) {
      return spec.valid;
    }
    Collector out = new Collector(spec.pointerRoot, spec.planRoot);
    spec.payload.collectAfter(payload, 1, out, hint);
    ImmutableList<Violation> violations = out.violations();
    return violations.isEmpty() ? spec.valid : new ValidationResult(spec.valid.spec(), violations);
  }

  private static ValidationResult invalid(ViolationCode code, String pointer, String message) {
    return new ValidationResult(
        Optional.empty(), ImmutableList.of(new Violation(code, pointer, ENVELOPE, message)));
  }
}
