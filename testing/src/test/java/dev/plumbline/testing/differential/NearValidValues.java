package dev.plumbline.testing.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.types.ArrayType;
import dev.plumbline.core.types.BooleanType;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.EnumType;
import dev.plumbline.core.types.IntegerType;
import dev.plumbline.core.types.NullableType;
import dev.plumbline.core.types.NumberType;
import dev.plumbline.core.types.NumericBounds;
import dev.plumbline.core.types.ObjectType;
import dev.plumbline.core.types.Property;
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.core.types.StringType;
import dev.plumbline.core.types.TypeRef;
import dev.plumbline.core.types.UnionType;
import dev.plumbline.core.types.VariantCase;
import dev.plumbline.core.types.Variants;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * JSON values generated from a type, biased to be near-valid: the value is built to satisfy the
 * type (as far as simple construction allows), and at each node a mutation replaces it with a
 * likely violation (wrong type, out of bound, a missing required property, an extra property, a
 * duplicate item, the other variant, ...) with a per-value rate, so that some values are valid and
 * others fail by one or two small things.
 *
 * <pre>{@code
 * JsonNode v = new NearValidValues(customTypes, new Random(seed), 0.1).of(type);
 * }</pre>
 */
public final class NearValidValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  /** Strings of every sort the types below might accept or almost accept. */
  private static final List<String> ANY_STRINGS =
      List.of(
          "", "a", "ab", "abc", "ABC-123", "é", "😀", "😀😀", "a😀", "abc\n", "colour", "x", "12",
          " ", "null", "1");

  private static final Map<String, List<String>> PATTERN_EXAMPLES =
      Map.ofEntries(
          Map.entry("^[a-z]+$", List.of("abc", "z", "abc\n", "Abc", "", "ab1", "é")),
          Map.entry("x", List.of("x", "axb", "X", "", "xx")),
          Map.entry("[0-9]{2,}", List.of("12", "a123b", "1", "", "١٢")),
          Map.entry(
              "^[A-Z]{2,4}-[0-9]{3,6}$",
              List.of("AB-123", "ABCD-123456", "ab-1", "AB-12", "AB-123\n", "ABCDE-123")),
          Map.entry(
              "^\\+[1-9][0-9]{7,14}$",
              List.of("+14155550100", "+0155550100", "555-0100", "+1415555010\n")),
          Map.entry("colou?r", List.of("color", "colour", "my colour!", "colr")),
          Map.entry("^$", List.of("", "\n", " ")),
          Map.entry("^.{2}$", List.of("ab", "😀😀", "a😀", "😀", "abc", "a\n")),
          Map.entry("^\\d+$", List.of("123", "12a", "١٢٣", "")),
          Map.entry("^\\w+$", List.of("a_1", "é", "a-b")),
          Map.entry("\\s", List.of(" ", "a b", "ab", "\t", " ")));

  private static final Map<StringFormat, List<String>> FORMAT_EXAMPLES =
      Map.of(
          StringFormat.EMAIL,
          List.of(
              "jane@example.com",
              "jane.doe+tag@mail.example.co.uk",
              "jane@",
              "@example.com",
              "jane at example.com",
              "jane..doe@example.com",
              "jane@example",
              "jane@-example.com",
              "j@e.c",
              ".jane@example.com"),
          StringFormat.URI,
          List.of(
              "https://shop.example.com/c/shoes?x=1#top",
              "urn:isbn:0451450523",
              "mailto:jane@example.com",
              "/relative/path",
              "example.com",
              "http://exa mple.com",
              "http://example.com/%zz",
              "a:b#c#d",
              "http://[2001:db8::1]/",
              "1http://x"),
          StringFormat.UUID,
          List.of(
              "4ffcb12c-6af5-4c07-bdc2-254ddbd2e83f",
              "4FFCB12C-6AF5-4C07-BDC2-254DDBD2E83F",
              "4ffcb12c6af54c07bdc2254ddbd2e83f",
              "4ffcb12c-6af5-4c07-bdc2-254ddbd2e83",
              "not-a-uuid"),
          StringFormat.DATE,
          List.of("2024-02-29", "2023-02-29", "2024-13-01", "2024-1-01", "2024-02-29T00:00:00Z"),
          StringFormat.DATE_TIME,
          List.of(
              "2025-03-03T08:00:52.323Z",
              "2025-03-03T08:00:52Z",
              "2025-03-03T08:00:52+01:00",
              "2025-03-03T08:00Z",
              "2025-03-03 08:00:52Z",
              "2025-03-03T08:00:52",
              "2025-02-30T08:00:52Z",
              "2025-03-03T25:00:52Z"),
          StringFormat.IPV4,
          List.of("192.0.2.1", "255.255.255.255", "256.1.1.1", "192.0.2", "1.2.3.4.5", "a.b.c.d"),
          StringFormat.IPV6,
          List.of(
              "2001:db8::1",
              "::1",
              "::",
              "2001:db8:0:0:0:0:2:1",
              "::ffff:192.0.2.1",
              "2001:db8:::1",
              "2001:db8::1::2",
              "12345::1",
              "192.0.2.1"),
          StringFormat.HOSTNAME,
          List.of(
              "example.com",
              "shop.example.com",
              "localhost",
              "-bad.example.com",
              "bad-.example.com",
              "ex_ample.com",
              "a..b",
              "ex ample.com"));

  /** Property names an undeclared property may get. */
  private static final List<String> EXTRA_NAMES = List.of("extra", "p2", "$ref", "ab_bucket");

  private final Map<String, CustomType> customTypes;
  private final Random random;
  private final double mutationRate;

  /**
   * @param customTypes the custom types references resolve to
   * @param random the source of every choice (seed it for reproducible values)
   * @param mutationRate the probability that any one node is replaced by a near-miss
   */
  public NearValidValues(Map<String, CustomType> customTypes, Random random, double mutationRate) {
    this.customTypes = customTypes;
    this.random = random;
    this.mutationRate = mutationRate;
  }

  /** A value of (or close to) the type. */
  public JsonNode of(DataType type) {
    return of(type, 0);
  }

  private JsonNode of(DataType type, int depth) {
    if (depth > 8) {
      return NODES.nullNode();
    }
    if (random.nextDouble() < mutationRate) {
      return mutant(type, depth);
    }
    return valid(type, depth);
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  // ---------------------------------------------------------------- near-valid construction

  private JsonNode valid(DataType type, int depth) {
    if (type instanceof StringType s) {
      return NODES.textNode(string(s));
    } else if (type instanceof IntegerType i) {
      return number(i.bounds(), true);
    } else if (type instanceof NumberType n) {
      return number(n.bounds(), false);
    } else if (type instanceof BooleanType) {
      return NODES.booleanNode(random.nextBoolean());
    } else if (type instanceof EnumType e) {
      return NODES.textNode(pick(e.values()));
    } else if (type instanceof ArrayType a) {
      return array(a, depth);
    } else if (type instanceof ObjectType o) {
      return object(o, depth);
    } else if (type instanceof NullableType n) {
      return chance(0.2) ? NODES.nullNode() : of(n.inner(), depth);
    } else if (type instanceof UnionType u) {
      return of(pick(u.options()), depth);
    } else if (type instanceof TypeRef r) {
      return of(customTypes.get(r.name()).type(), depth);
    }
    throw new IllegalArgumentException("no values for " + type);
  }

  private String string(StringType s) {
    List<String> candidates = new ArrayList<>();
    s.pattern().ifPresent(p -> candidates.addAll(PATTERN_EXAMPLES.getOrDefault(p, List.of())));
    s.format().ifPresent(f -> candidates.addAll(FORMAT_EXAMPLES.get(f)));
    if (candidates.isEmpty() || chance(0.15)) {
      int min = s.minLength().orElse(0);
      int max = Math.max(min, s.maxLength().orElse(min + 6));
      return lengthOf(min + random.nextInt(Math.min(max - min, 10) + 1));
    }
    return pick(candidates);
  }

  /** A string of this many code points, some of them outside the BMP. */
  private String lengthOf(int codePoints) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < codePoints; i++) {
      int r = random.nextInt(10);
      out.appendCodePoint(r == 0 ? 0x1F600 : r == 1 ? 'é' : 'a' + random.nextInt(26));
    }
    return out.toString();
  }

  private JsonNode number(NumericBounds b, boolean integer) {
    List<BigDecimal> anchors = new ArrayList<>();
    b.minimum().ifPresent(anchors::add);
    b.maximum().ifPresent(anchors::add);
    b.exclusiveMinimum().ifPresent(anchors::add);
    b.exclusiveMaximum().ifPresent(anchors::add);
    BigDecimal lo = max(b.minimum(), b.exclusiveMinimum());
    BigDecimal hi = min(b.maximum(), b.exclusiveMaximum());
    BigDecimal x;
    if (chance(0.3) && !anchors.isEmpty()) {
      x = pick(anchors).add(pick(DELTAS));
    } else {
      BigDecimal from =
          lo != null ? lo : (hi != null ? hi.subtract(BigDecimal.valueOf(100)) : null);
      BigDecimal to = hi != null ? hi : (from != null ? from.add(BigDecimal.valueOf(100)) : null);
      if (from == null) {
        from = BigDecimal.valueOf(-1000);
        to = BigDecimal.valueOf(1000);
      }
      BigDecimal span = to.subtract(from).max(BigDecimal.ZERO);
      x = from.add(span.multiply(BigDecimal.valueOf(random.nextDouble())));
      x = x.setScale(integer || chance(0.5) ? 0 : random.nextInt(4), RoundingMode.HALF_UP);
    }
    if (b.multipleOf().isPresent() && chance(0.8)) {
      BigDecimal step = b.multipleOf().get();
      BigDecimal k = x.divide(step, 0, chance(0.5) ? RoundingMode.CEILING : RoundingMode.FLOOR);
      x = k.multiply(step);
    }
    if (integer && chance(0.9)) {
      x = x.setScale(0, RoundingMode.CEILING);
    }
    return numberNode(x);
  }

  private static final List<BigDecimal> DELTAS =
      List.of(
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ONE,
          BigDecimal.ONE.negate(),
          new BigDecimal("0.5"),
          new BigDecimal("-0.01"),
          new BigDecimal("0.001"),
          new BigDecimal("-1e-12"),
          new BigDecimal("1e-20"));

  private static BigDecimal max(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    if (a.isEmpty()) {
      return b.orElse(null);
    }
    return b.isEmpty() ? a.get() : a.get().max(b.get());
  }

  private static BigDecimal min(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    if (a.isEmpty()) {
      return b.orElse(null);
    }
    return b.isEmpty() ? a.get() : a.get().min(b.get());
  }

  /** A number in one of several JSON spellings: {@code 5}, {@code 5.0}, {@code 5E+1}, ... */
  private JsonNode numberNode(BigDecimal x) {
    int r = random.nextInt(10);
    BigDecimal stripped = x.stripTrailingZeros();
    if (stripped.scale() <= 0 && r < 6) {
      return NODES.numberNode(stripped.toBigIntegerExact());
    }
    if (r == 6 && stripped.scale() <= 0) {
      return NODES.numberNode(stripped.setScale(1)); // 5.0
    }
    return NODES.numberNode(r == 7 ? stripped : x);
  }

  private JsonNode array(ArrayType a, int depth) {
    int min = a.minItems().orElse(0);
    int max = Math.max(min, a.maxItems().orElse(min + 3));
    int n = min + random.nextInt(Math.min(max - min, 4) + 1);
    ArrayNode out = NODES.arrayNode();
    for (int i = 0; i < n; i++) {
      JsonNode item = of(a.items(), depth + 1);
      if (a.unique() && contains(out, item) && chance(0.8)) {
        continue;
      }
      out.add(item);
    }
    return out;
  }

  private static boolean contains(ArrayNode array, JsonNode item) {
    for (JsonNode i : array) {
      if (i.equals(item)) {
        return true;
      }
    }
    return false;
  }

  private JsonNode object(ObjectType o, int depth) {
    ObjectNode out = NODES.objectNode();
    addProperties(out, o.properties(), depth);
    if (o.variants().isPresent()) {
      Variants v = o.variants().get();
      int which = random.nextInt(v.cases().size() + 1);
      if (which < v.cases().size()) {
        VariantCase c = v.cases().get(which);
        out.put(v.discriminator(), pick(c.match()));
        addProperties(out, c.properties(), depth);
      } else {
        if (chance(0.5)) {
          out.put(v.discriminator(), "no-case");
        }
        addProperties(out, v.defaultProperties(), depth);
      }
    }
    if (o.additionalProperties() == dev.plumbline.core.types.AdditionalProperties.OPEN
        && chance(0.3)) {
      out.set(pick(EXTRA_NAMES), anyValue());
    }
    return out;
  }

  private void addProperties(ObjectNode out, Map<String, Property> properties, int depth) {
    for (Map.Entry<String, Property> e : properties.entrySet()) {
      if (e.getValue().required() || chance(0.6)) {
        out.set(e.getKey(), of(e.getValue().type(), depth + 1));
      }
    }
  }

  // ---------------------------------------------------------------- mutations

  private JsonNode mutant(DataType type, int depth) {
    JsonNode base = valid(type, depth);
    int r = random.nextInt(4);
    if (r == 0) {
      return anyValue(); // most likely the wrong JSON type
    }
    if (base.isObject() && base.size() > 0 && r == 1) {
      ObjectNode copy = ((ObjectNode) base).deepCopy();
      List<String> names = new ArrayList<>();
      copy.fieldNames().forEachRemaining(names::add);
      copy.remove(pick(names)); // maybe a required property
      return copy;
    }
    if (base.isObject() && r == 2) {
      ObjectNode copy = ((ObjectNode) base).deepCopy();
      copy.set(pick(EXTRA_NAMES), anyValue());
      return copy;
    }
    if (base.isArray()) {
      ArrayNode copy = ((ArrayNode) base).deepCopy();
      if (copy.size() > 0 && r == 1) {
        copy.add(copy.get(0).deepCopy()); // a duplicate, one more item
      } else if (copy.size() > 0) {
        copy.remove(copy.size() - 1); // one item fewer
      } else {
        copy.add(anyValue());
      }
      return copy;
    }
    if (base.isNumber()) {
      if (r == 1) {
        return NODES.numberNode(
            pick(List.of(new BigDecimal("1E+400"), new BigDecimal("-1E+400"), BigDecimal.ZERO)));
      }
      BigDecimal x = base.decimalValue();
      return numberNode(x.add(pick(DELTAS)).add(pick(DELTAS)));
    }
    if (base.isTextual()) {
      String s = base.textValue();
      return NODES.textNode(
          r == 1 ? s + pick(List.of("a", "😀", "\n", "-")) : s.isEmpty() ? "" : s.substring(1));
    }
    return anyValue();
  }

  /** A value of any JSON type, including numbers where validators are known to differ. */
  private JsonNode anyValue() {
    switch (random.nextInt(9)) {
      case 0:
        return NODES.nullNode();
      case 1:
        return NODES.booleanNode(random.nextBoolean());
      case 2:
        return NODES.numberNode(BigInteger.valueOf(random.nextInt(21) - 10));
      case 3:
        return NODES.numberNode(
            pick(
                List.of(
                    new BigDecimal("1.0"),
                    new BigDecimal("0.1"),
                    new BigDecimal("-0.5"),
                    new BigDecimal("1E+400"),
                    new BigDecimal("12345678901234567890"),
                    new BigDecimal("9007199254740993"),
                    new BigDecimal("1E-7"))));
      case 4:
        return NODES.textNode(pick(ANY_STRINGS));
      case 5:
        return NODES.arrayNode();
      case 6:
        return NODES.arrayNode().add(1).add("a");
      case 7:
        return NODES.objectNode();
      default:
        return NODES.objectNode().put("a", 1);
    }
  }
}
