package dev.plumbline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ArbitraryEventProperties {
  private static final EventValidator VALIDATOR = EventValidator.compile(Fixtures.storefront());
  private static final Enforcer ENFORCER = Enforcer.of(Fixtures.storefront());

  @Provide
  Arbitrary<JsonNode> events() {
    return JsonArbitraries.events();
  }

  @Provide
  Arbitrary<JsonNode> anything() {
    return JsonArbitraries.values(4);
  }

  @Property(tries = 2000)
  void arbitraryEventsNeverThrowAndPointIntoTheEvent(@ForAll("events") JsonNode event) {
    ValidationResult r = VALIDATOR.validate(event);
    if (r.valid() && r.planned()) {
      assertThat(VALIDATOR.validate(event)).isSameAs(r);
    }
    for (Violation v : r.violations()) {
      JsonPointer p = JsonPointer.compile(v.instancePointer());
      if (v.code() == ViolationCode.REQUIRED_MISSING
          || v.code() == ViolationCode.UNPLANNED_EVENT
          || v.code() == ViolationCode.INVALID_ENVELOPE) {
        String parent = p.head().toString();
        boolean payloadRoot = parent.equals("/properties") || parent.equals("/traits");
        if (!payloadRoot) {
          assertThat(event.at(p.head()).isMissingNode()).as(v.toString()).isFalse();
        }
      } else {
        assertThat(event.at(p).isMissingNode()).as(v.toString()).isFalse();
      }
      assertThat(v.message()).isNotBlank();
    }
    assertThat(ENFORCER.enforce(event, r)).isNotNull();
  }

  @Property(tries = 500)
  void arbitraryValuesAsEventsNeverThrow(@ForAll("anything") JsonNode value) {
    assertThat(VALIDATOR.validate(value)).isNotNull();
  }
}
