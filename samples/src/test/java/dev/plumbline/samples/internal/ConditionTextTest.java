package dev.plumbline.samples.internal;

import static dev.plumbline.core.conditions.Conditions.and;
import static dev.plumbline.core.conditions.Conditions.atLeast;
import static dev.plumbline.core.conditions.Conditions.eventIn;
import static dev.plumbline.core.conditions.Conditions.exists;
import static dev.plumbline.core.conditions.Conditions.in;
import static dev.plumbline.core.conditions.Conditions.lessThan;
import static dev.plumbline.core.conditions.Conditions.not;
import static dev.plumbline.core.conditions.Conditions.or;
import static dev.plumbline.core.conditions.Conditions.typeIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.EventType;
import org.junit.jupiter.api.Test;

class ConditionTextTest {

  @Test
  void rendersLeavesReadably() {
    assertThat(ConditionText.of(eventIn("Order Completed")))
        .isEqualTo("event is \"Order Completed\"");
    assertThat(ConditionText.of(typeIn(EventType.TRACK, EventType.PAGE)))
        .isEqualTo("type in [track, page]");
    assertThat(ConditionText.of(atLeast("properties.revenue", 100)))
        .isEqualTo("properties.revenue >= 100");
    assertThat(ConditionText.of(lessThan("properties.revenue", 0.5)))
        .isEqualTo("properties.revenue < 0.5");
    assertThat(ConditionText.of(in("context.locale", "en-US", "en-GB")))
        .isEqualTo("context.locale in [\"en-US\", \"en-GB\"]");
    assertThat(ConditionText.of(exists("traits.email"))).isEqualTo("traits.email exists");
  }

  @Test
  void parenthesisesNestedCompoundsSoPrecedenceIsVisible() {
    assertThat(
            ConditionText.of(
                and(
                    or(typeIn(EventType.IDENTIFY), exists("traits.email")),
                    not(eventIn("A", "B")))))
        .isEqualTo("(type is identify or traits.email exists) and (not event in [\"A\", \"B\"])");
  }
}
