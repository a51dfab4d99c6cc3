package dev.plumbline.core.importing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.plumbline.core.DeclarationException;
import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import java.util.Optional;

/**
 * A JSON Schema or Iglu schema imported as an event spec.
 *
 * <pre>{@code
 * ImportedEvent e = IgluImporter.importEvent(igluSchema, EventType.TRACK);
 * e.spec().name();             // "com.acme/checkout_started"
 * e.version();                 // Optional[1.0.2]
 * TrackingPlan plan = e.toPlan("checkout");
 * }</pre>
 *
 * @param spec the event spec; its payload is the imported object
 * @param customTypes the custom types the spec refers to, from the schema's {@code definitions}
 * @param version the schema's own version as a semantic version, if it has one (Iglu)
 * @param notes what the typed model had no place for and was not kept, each naming its JSON pointer
 */
public record ImportedEvent(
    EventSpec spec,
    ImmutableMap<String, CustomType> customTypes,
    Optional<String> version,
    ImmutableList<String> notes) {
  public ImportedEvent {
    requireNonNull(spec, "spec");
    customTypes = ImmutableMap.copyOf(requireNonNull(customTypes, "customTypes"));
    requireNonNull(version, "version");
    notes = ImmutableList.copyOf(requireNonNull(notes, "notes"));
  }

  /**
   * A plan holding just this event and its custom types, at the imported version or {@code 1.0.0}.
   *
   * @throws DeclarationException if the plan is invalid (for example a blank plan name)
   */
  public TrackingPlan toPlan(String planName) {
    requireNonNull(planName, "planName");
    TrackingPlan.Builder plan = TrackingPlan.named(planName).version(version.orElse("1.0.0"));
    for (CustomType t : customTypes.values()) {
      if (t.description().isPresent()) {
        plan.customType(t.name(), t.type(), t.description().get());
      } else {
        plan.customType(t.name(), t.type());
      }
    }
    return plan.event(spec).build();
  }
}
