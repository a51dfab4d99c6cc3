package dev.plumbline.core.routing;

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
 * @param acceptedEvents the event names it takes; empty means every event
 */
public record Contract(
    ImmutableSet<FieldPath> requiredFields,
    ImmutableSet<PiiCategory> acceptedPii,
    Optional<ImmutableSet<String>> acceptedEvents) {

  public Contract {
    requiredFields = ImmutableSet.copyOf(requiredFields);
    acceptedPii = ImmutableSet.copyOf(acceptedPii);
    requireNonNull(acceptedEvents, "acceptedEvents");
    acceptedEvents = acceptedEvents.map(ImmutableSet::copyOf);
  }

  /** Takes every event, requires no field, accepts no PII. */
  public static Contract acceptingAllEvents() {
    return new Contract(ImmutableSet.of(), ImmutableSet.of(), Optional.empty());
  }

  /** Takes only the named events, requires no field, accepts no PII. */
  public static Contract acceptingEvents(String... names) {
    return new Contract(
        ImmutableSet.of(), ImmutableSet.of(), Optional.of(ImmutableSet.copyOf(names)));
  }

  public Contract requireFields(String... dottedPaths) {
    return new Contract(
        ImmutableSet.<FieldPath>builder()
            .addAll(requiredFields)
            .addAll(Arrays.stream(dottedPaths).map(FieldPath::of).iterator())
            .build(),
        acceptedPii,
        acceptedEvents);
  }

  public Contract acceptPii(PiiCategory... categories) {
    return new Contract(
        requiredFields,
        ImmutableSet.<PiiCategory>builder().addAll(acceptedPii).add(categories).build(),
        acceptedEvents);
  }

  /** Whether the destination takes this event name. */
  public boolean acceptsEvent(String eventName) {
    return acceptedEvents.map(s -> s.contains(eventName)).orElse(true);
  }
}
