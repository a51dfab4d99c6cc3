package dev.plumbline.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.validation.JsonArbitraries;
import dev.plumbline.validation.StorefrontPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast yes/no mode and the collecting mode of every checker agree on validity, and resuming the
 * collecting walk after a fast check loses nothing.
 */
class CheckerConsistencyProperties {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
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
    return Arbitraries.oneOf(JsonArbitraries.values(4), JsonArbitraries.events(), orders());
  }

  /**
   * Order Completed payloads that are nearly valid: each field and each product is valid or broken
   * at random, fields come in any order, and products fail at any index.
   */
  private static Arbitrary<JsonNode> orders() {
    Arbitrary<JsonNode> product =
        Combinators.combine(
                Arbitraries.of("AB-12", "ab", "TOOLONGSKU"),
                Arbitraries.of(5, -1),
                Arbitraries.of(2, 0, 101).injectNull(0.5),
                Arbitraries.of(
                        List.<JsonNode>of(F.textNode("a"), F.textNode("b")),
                        List.<JsonNode>of(F.textNode("a"), F.textNode("a")),
                        List.<JsonNode>of(F.numberNode(1)))
                    .injectNull(0.5))
            .as(
                (sku, price, quantity, tags) -> {
                  ObjectNode p = F.objectNode().put("sku", sku).put("price", price);
                  if (quantity != null) {
                    p.put("quantity", quantity);
                  }
                  if (tags != null) {
                    p.set("tags", array(tags));
                  }
                  return (JsonNode) p;
                });
    Arbitrary<List<Map.Entry<String, JsonNode>>> fields =
        Combinators.combine(
                Arbitraries.of(F.textNode("o-1"), F.textNode(""), F.numberNode(1)),
                Arbitraries.of(F.numberNode(12.34), F.numberNode(-1), F.textNode("12")),
                Arbitraries.of(F.textNode("USD"), F.textNode("usd")),
                product.list().ofMaxSize(4).map(CheckerConsistencyProperties::array),
                Arbitraries.of(F.booleanNode(true), F.textNode("yes")).injectNull(0.5),
                Arbitraries.of(F.textNode("extra")).injectNull(0.7))
            .as(
                (orderId, revenue, currency, products, gift, extra) -> {
                  List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
                  list.add(Map.entry("order_id", orderId));
                  list.add(Map.entry("revenue", revenue));
                  list.add(Map.entry("currency", currency));
                  list.add(Map.entry("products", products));
                  if (gift != null) {
                    list.add(Map.entry("gift", gift));
                  }
                  if (extra != null) {
                    list.add(Map.entry("undeclared", extra));
                  }
                  return list;
                });
    return Combinators.combine(fields.flatMap(f -> Arbitraries.shuffle(f)), Arbitraries.integers())
        .as(
            (shuffled, drop) -> {
              ObjectNode o = F.objectNode();
              int dropped = Math.floorMod(drop, shuffled.size() * 4); // sometimes drop a field
              for (int i = 0; i < shuffled.size(); i++) {
                if (i != dropped) {
                  o.set(shuffled.get(i).getKey(), shuffled.get(i).getValue());
                }
              }
              return (JsonNode) o;
            });
  }

  private static JsonNode array(List<JsonNode> items) {
    ArrayNode a = F.arrayNode();
    items.forEach(a::add);
    return a;
  }

  @Property(tries = 1000)
  void fastAndCollectingModesAgree(@ForAll("values") JsonNode value) {
    for (Checker checker : CHECKERS) {
      DeepWalks.withRoom(
          () -> {
            boolean fast = checker.check(value, 1, null);
            Collector out = new Collector("", "");
            boolean collected = checker.check(value, 1, out);
            assertThat(collected).isEqualTo(fast);
            assertThat(out.violations().isEmpty()).as(out.violations().toString()).isEqualTo(fast);
          });
    }
  }

  /**
   * The collecting walk that resumes after a fast check (skipping what it found valid) reports
   * exactly what a walk from scratch reports, and the hint is {@code VALID} exactly for valid
   * values.
   */
  @Property(tries = 1000)
  void resumedCollectingFindsWhatAFullWalkFinds(@ForAll("values") JsonNode value) {
    for (Checker checker : CHECKERS) {
      DeepWalks.withRoom(
          () -> {
            int hint = checker.firstFailure(value, 1);
            assertThat(hint == Checker.VALID).isEqualTo(checker.check(value, 1, null));
            if (hint == Checker.VALID) {
              return;
            }
            assertThat(hint).isNotNegative();
            Collector resumed = new Collector("", "");
            assertThat(checker.collectAfter(value, 1, resumed, hint)).isFalse();
            Collector full = new Collector("", "");
            checker.check(value, 1, full);
            assertThat(resumed.violations()).isEqualTo(full.violations()).isNotEmpty();
          });
    }
  }
}
