package dev.plumbline.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitrary JSON values and event-shaped objects, biased towards the storefront plan's names. */
public final class JsonArbitraries {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final List<String> NAMES =
      List.of(
          "type",
          "event",
          "name",
          "properties",
          "traits",
          "context",
          "order_id",
          "revenue",
          "currency",
          "products",
          "sku",
          "price",
          "quantity",
          "tags",
          "coupon",
          "shipping",
          "payment",
          "gift",
          "method",
          "last4",
          "payer_id",
          "note",
          "amount",
          "known",
          "email",
          "age",
          "plan",
          "company",
          "path",
          "items",
          "a/b",
          "~");
  private static final List<String> WORDS =
      List.of(
          "track",
          "identify",
          "page",
          "screen",
          "group",
          "alias",
          "Order Completed",
          "Payment Added",
          "Anything",
          "Identify",
          "Identify Lite",
          "Group",
          "Home",
          "Cart",
          "card",
          "paypal",
          "USD",
          "EUR",
          "ABC-1",
          "a@b.co",
          "",
          "\uD83D\uDE00");

  private JsonArbitraries() {}

  public static Arbitrary<JsonNode> scalars() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of(WORDS).map(F::textNode)),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().ofMaxLength(12).map(F::textNode)),
        net.jqwik.api.Tuple.of(
            3, Arbitraries.integers().between(-20, 200).map(i -> (JsonNode) F.numberNode(i))),
        net.jqwik.api.Tuple.of(1, Arbitraries.longs().map(l -> (JsonNode) F.numberNode(l))),
        net.jqwik.api.Tuple.of(2, Arbitraries.doubles().map(d -> (JsonNode) F.numberNode(d))),
        net.jqwik.api.Tuple.of(
            1,
            Arbitraries.of("1e400", "-1e400", "0.1", "1.0", "12.34", "1E-400", "9007199254740993")
                .map(s -> (JsonNode) F.numberNode(new BigDecimal(s)))),
        net.jqwik.api.Tuple.of(
            1,
            Arbitraries.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0)
                .map(d -> (JsonNode) F.numberNode(d))),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(true, false).map(F::booleanNode)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(F.nullNode())));
  }

  /** Any JSON value at most {@code depth} containers deep. */
  public static Arbitrary<JsonNode> values(int depth) {
    if (depth == 0) {
      return scalars();
    }
    Arbitrary<JsonNode> child = Arbitraries.lazy(() -> values(depth - 1));
    Arbitrary<JsonNode> arrays =
        child
            .list()
            .ofMaxSize(4)
            .map(
                items -> {
                  ArrayNode a = F.arrayNode();
                  items.forEach(a::add);
                  return a;
                });
    Arbitrary<JsonNode> objects =
        Combinators.combine(
                Arbitraries.oneOf(Arbitraries.of(NAMES), Arbitraries.strings().ofMaxLength(4))
                    .list()
                    .ofMaxSize(5),
                child.list().ofSize(5))
            .as(
                (keys, vals) -> {
                  ObjectNode o = F.objectNode();
                  for (int i = 0; i < keys.size(); i++) {
                    o.set(keys.get(i), vals.get(i));
                  }
                  return (JsonNode) o;
                });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, scalars()),
        net.jqwik.api.Tuple.of(2, arrays),
        net.jqwik.api.Tuple.of(3, objects));
  }

  /** Objects shaped like events: a type, a name and a payload, all often but not always valid. */
  public static Arbitrary<JsonNode> events() {
    return Combinators.combine(
            Arbitraries.of(WORDS).injectNull(0.1),
            Arbitraries.of(WORDS).injectNull(0.2),
            Arbitraries.oneOf(payloads(), values(2)).injectNull(0.1),
            values(2).injectNull(0.8))
        .as(
            (type, name, payload, junk) -> {
              ObjectNode e = F.objectNode();
              if (type != null) {
                e.put("type", type);
              }
              if (name != null) {
                e.put("event", name);
                e.put("name", name);
              }
              if (payload != null) {
                e.set("properties", payload);
                e.set("traits", payload);
              }
              if (junk != null) {
                e.set("context", junk);
              }
              return (JsonNode) e;
            });
  }

  private static Arbitrary<JsonNode> payloads() {
    return Combinators.combine(
            Arbitraries.of(NAMES).list().ofMinSize(1).ofMaxSize(8), values(3).list().ofSize(8))
        .as(
            (keys, vals) -> {
              ObjectNode o = F.objectNode();
              for (int i = 0; i < keys.size(); i++) {
                o.set(keys.get(i), vals.get(i));
              }
              return (JsonNode) o;
            });
  }
}
