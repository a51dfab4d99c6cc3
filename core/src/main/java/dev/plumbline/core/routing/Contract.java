package dev.plumbline.core.routing;

import static dev.plumbline.core.internal.NullChecks.requireNoNullElements;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import dev.plumbline.core.FieldPath;
import dev.plumbline.core.PiiCategory;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a destination accepts: fields every delivered event must carry, the personal-data categories
 * it may receive unhashed, and the events it takes. The runtime's destination guard re-checks every
 * delivery against it, whatever the routes say.
 *
 * <pre>{@code
 * Contract.acceptingAllEvents()
 *     .requireFields("userId")
 *     .acceptPii(PiiCategory.EMAIL)
 * Contract.acceptingEvents("Product Viewed", "Product Added")   // and no PII at all
 * }</pre>
 *
 * @param requiredFields envelope fields each delivery must have
 * @param acceptedPii PII categories the destination may receive in the clear
 * @param acceptedEvents the event names it takes: {@code Optional.empty()} means every event, an
 *     empty set means no event
 */
public record Contract(
    ImmutableSet<FieldPath> requiredFields,
    ImmutableSet<PiiCategory> acceptedPii,
    Optional<ImmutableSet<String>> acceptedEvents) {

  public Contract {
    requiredFields = ImmutableSet.copyOf(requireNonNull(requiredFields, "requiredFields"));
    acceptedPii = ImmutableSet.copyOf(requireNonNull(acceptedPii, "acceptedPii"));
    requireNonNull(acceptedEvents, "acceptedEvents");
    acceptedEvents = acceptedEvents.map(ImmutableSet::copyOf);
  }

  /** Takes every event, requires no field, accepts no PII. */
  public static Contract acceptingAllEvents() {
    return new Contract(ImmutableSet.of(), ImmutableSet.of(), Optional.empty());
  }

  /**
   * Takes only the named events, requires no field, accepts no PII. With no name at all it takes no
   * event.
   */
  public static Contract acceptingEvents(String... names) {
    return new Contract(
        ImmutableSet.of(),
        ImmutableSet.of(),
        Optional.of(ImmutableSet.copyOf(requireNoNullElements(names, "names"))));
  }

  /**
   * A copy that also requires these envelope fields on every delivered event: {@code
   * .requireFields("userId", "context.ip")}. A path with an empty segment is an {@link
   * IllegalArgumentException} at once; one that does not start with an envelope field is reported
   * when the pipeline is built.
   */
  public Contract requireFields(String... dottedPaths) {
    return new Contract(
        ImmutableSet.<FieldPath>builder()
            .addAll(requiredFields)
            .addAll(
                Arrays.stream(requireNoNullElements(dottedPaths, "dottedPaths"))
                    .map(FieldPath::of)
                    .iterator())
            .build(),
        acceptedPii,
        acceptedEvents);
  }

  /**
   * A copy that also accepts these personal-data categories in the clear: {@code
   * .acceptPii(PiiCategory.EMAIL)}, or every one with {@code .acceptPii(PiiCategory.values())}.
   */
  public Contract acceptPii(PiiCategory... categories) {
    return new Contract(
        requiredFields,
        ImmutableSet.<PiiCategory>builder()
            .addAll(acceptedPii)
            .add(requireNoNullElements(categories, "categories"))
            .build(),
        acceptedEvents);
  }

  /** Whether the destination takes this event name. */
  public boolean acceptsEvent(String eventName) {
    requireNonNull(eventName, "eventName");
    return acceptedEvents.map(s -> s.contains(eventName)).orElse(true);
  }
}
