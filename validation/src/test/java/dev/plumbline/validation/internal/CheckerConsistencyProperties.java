package dev.plumbline.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.validation.JsonArbitraries;
import dev.plumbline.validation.StorefrontPlan;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast yes/no mode and the collecting mode of every checker agree on validity. */
class CheckerConsistencyProperties {
  private static final List<Checker> CHECKERS = compileAll(StorefrontPlan.plan());

  private static List<Checker> compileAll(TrackingPlan plan) {
    CheckerCompiler compiler = new CheckerCompiler(plan.customTypes());
    List<Checker> checkers = new ArrayList<>();
    for (EventSpec spec : plan.events().values()) {
      checkers.add(compiler.compile(spec.payload()));
    }
    plan.customTypes().values().forEach(t -> checkers.add(compiler.compile(t.type())));
    return checkers;
  }

  @Provide
  Arbitrary<JsonNode> values() {
    return Arbitraries.oneOf(JsonArbitraries.values(4), JsonArbitraries.events());
  }

  @Property(tries = 1000)
  void fastAndCollectingModesAgree(@ForAll("values") JsonNode value) {
    for (Checker checker : CHECKERS) {
      boolean fast = checker.check(value, 1, null);
      Collector out = new Collector("", "");
      boolean collected = checker.check(value, 1, out);
      assertThat(collected).isEqualTo(fast);
      assertThat(out.violations().isEmpty()).as(out.violations().toString()).isEqualTo(fast);
    }
  }
}
