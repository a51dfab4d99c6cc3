package dev.plumbline.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.plumbline.validation.JsonArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

  @Test
  void should_keep_messages_on_one_line_and_quotes_unambiguous() {
    assertThat(JsonValues.quote("Product Viewed\n")).isEqualTo("\"Product Viewed\\n\"");
    assertThat(JsonValues.quote("a\"b\\c\t\u0000\u007f"))
        .isEqualTo("\"a\\\"b\\\\c\\t\\u0000\\u007f\"");
    // Unquoted names escape control characters only.
    assertThat(JsonValues.truncate("line\r\nbreak \"x\"")).isEqualTo("line\\r\\nbreak \"x\"");
    assertThat(JsonValues.truncate("plain")).isSameAs(JsonValues.truncate("plain"));
  }

  @Test
  void should_cut_long_text_and_count_all_of_it() {
    String longText = "x".repeat(39) + "\n" + "y".repeat(100);
    assertThat(JsonValues.quote(longText)).isEqualTo("\"" + "x".repeat(39) + "\\n…(140 chars)\"");
  }

  /** Past the recursion budget, the iterative walk takes over with the same answers. */
  @Test
  void should_compare_deep_values_by_recursion_then_iteration() throws Exception {
    for (int depth : new int[] {1, 31, 32, 33, 5000}) {
      String same = "[".repeat(depth) + "{\"a\":1,\"b\":[2]}" + "]".repeat(depth);
      String reordered = "[".repeat(depth) + "{\"b\":[2.0],\"a\":1}" + "]".repeat(depth);
      String other = "[".repeat(depth) + "{\"a\":1,\"b\":[3]}" + "]".repeat(depth);
      JsonNode a = DEEP.readTree(same);
      assertThat(JsonValues.jsonEquals(a, DEEP.readTree(reordered))).as("%d", depth).isTrue();
      assertThat(JsonValues.jsonEquals(a, DEEP.readTree(other))).as("%d", depth).isFalse();
      assertThat(JsonValues.jsonHash(a)).isEqualTo(JsonValues.jsonHash(DEEP.readTree(reordered)));
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper DEEP =
      com.fasterxml.jackson.databind.json.JsonMapper.builder(
              com.fasterxml.jackson.core.JsonFactory.builder()
                  .streamReadConstraints(
                      com.fasterxml.jackson.core.StreamReadConstraints.builder()
                          .maxNestingDepth(10_000)
                          .build())
                  .build())
          .build();

  /** Items that differ only deep down must not share a hash, or uniqueItems turns quadratic. */
  @Test
  void should_hash_the_whole_value_however_deep() {
    java.util.Set<Integer> hashes = new java.util.HashSet<>();
    for (int i = 0; i < 1000; i++) {
      JsonNode deep = JsonNodeFactory.instance.numberNode(i);
      for (int level = 0; level < 50; level++) {
        deep = JsonNodeFactory.instance.arrayNode().add(deep);
      }
      hashes.add(JsonValues.jsonHash(deep));
    }
    assertThat(hashes).hasSize(1000);
  }

  @Test
  void should_escape_c1_controls_and_line_separators() {
    assertThat(JsonValues.quote("\u009b[31m\u2028x\u0085"))
        .isEqualTo("\"\\u009b[31m\\u2028x\\u0085\"");
  }

  @Property(tries = 2000)
  void printableTextHasNoControlCharactersAndReadsBackAsJson(@ForAll String s) throws Exception {
    String quoted = JsonValues.quote(s);
    assertThat(quoted.chars())
        .noneMatch(c -> c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029);
    if (s.length() <= JsonValues.MAX_SHOWN) {
      String back =
          new com.fasterxml.jackson.databind.ObjectMapper().readValue(quoted, String.class);
      assertThat(back).isEqualTo(s);
    }
  }

  /** Reads numbers exactly, so that a rendered {@code 1E+400} reads back as itself. */
  private static final ObjectMapper JSON =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  @Test
  void should_render_containers_as_short_json() throws Exception {
    assertThat(JsonValues.describe(JSON.readTree("{\"a\":[1,2.5,true,null],\"b\":\"x\\ny\"}")))
        .isEqualTo("{\"a\":[1,2.5,true,null],\"b\":\"x\\ny\"}");
    assertThat(JsonValues.describe(JSON.readTree("[]"))).isEqualTo("[]");
    String cut = JsonValues.describe(JSON.readTree("[\"" + "z".repeat(1000) + "\"]"));
    assertThat(cut).startsWith("[\"zzz").endsWith("…").hasSize(JsonValues.MAX_RENDERED + 1);
  }

  @Test
  void should_render_a_deep_container_without_walking_all_of_it() {
    ArrayNode root = JsonNodeFactory.instance.arrayNode();
    ArrayNode inner = root;
    for (int i = 0; i < 100_000; i++) {
      inner = inner.addArray();
    }
    assertThat(JsonValues.describe(root)).isEqualTo("[".repeat(JsonValues.MAX_RENDERED) + "…");
  }

  /** Short renderings read back as the value itself; long ones are cut at the limit. */
  @Property(tries = 1000)
  void renderingsOfContainersReadBackOrAreCut(@ForAll("containers") JsonNode v) throws Exception {
    String shown = JsonValues.describe(v);
    assertThat(shown.chars())
        .noneMatch(c -> c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029);
    if (shown.endsWith("…")) {
      assertThat(shown).hasSizeLessThanOrEqualTo(JsonValues.MAX_RENDERED + 1);
    } else {
      assertThat(JsonValues.jsonEquals(JSON.readTree(shown), v)).as(shown).isTrue();
    }
  }

  /**
   * The iterative equality agrees with a plain recursive definition: numbers by value, objects
   * regardless of key order; and a value equals its copy with keys reversed.
   */
  @Property(tries = 2000)
  void equalityIsJsonEquality(@ForAll("anyValues") JsonNode a, @ForAll("anyValues") JsonNode b) {
    assertThat(JsonValues.jsonEquals(a, b)).as("%s vs %s", a, b).isEqualTo(reference(a, b));
    assertThat(JsonValues.jsonEquals(a, reversedKeys(a))).as("%s", a).isEqualTo(reference(a, a));
    if (JsonValues.jsonEquals(a, b)) {
      assertThat(JsonValues.jsonHash(a)).isEqualTo(JsonValues.jsonHash(b));
    }
  }

  private static boolean reference(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return JsonValues.isRealNumber(a)
          && JsonValues.isRealNumber(b)
          && JsonValues.compareNumbers(a, b) == 0;
    }
    if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
      return false;
    }
    if (a.isArray()) {
      for (int i = 0; i < a.size(); i++) {
        if (!reference(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject()) {
      for (var e : a.properties()) {
        if (!b.has(e.getKey()) || !reference(e.getValue(), b.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  private static JsonNode reversedKeys(JsonNode v) {
    if (v.isObject()) {
      java.util.List<String> names = new java.util.ArrayList<>();
      v.fieldNames().forEachRemaining(names::add);
      java.util.Collections.reverse(names);
      com.fasterxml.jackson.databind.node.ObjectNode out = JsonNodeFactory.instance.objectNode();
      names.forEach(n -> out.set(n, reversedKeys(v.get(n))));
      return out;
    }
    if (v.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      v.forEach(item -> out.add(reversedKeys(item)));
      return out;
    }
    return v;
  }

  @Provide
  Arbitrary<JsonNode> anyValues() {
    // Small values, so that equal pairs come up too.
    return net.jqwik.api.Arbitraries.oneOf(
        JsonArbitraries.values(2),
        JsonArbitraries.values(1),
        net.jqwik.api.Arbitraries.of(
            jsonOf("1"),
            jsonOf("1.0"),
            jsonOf("{\"a\":[1,2],\"b\":null}"),
            jsonOf("{\"b\":null,\"a\":[1.0,2]}"),
            jsonOf("[[]]"),
            jsonOf("[{}]")));
  }

  private static JsonNode jsonOf(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Provide
  Arbitrary<JsonNode> containers() {
    // Non-finite doubles (1e400 read as a double) render as Infinity, which is not JSON.
    return JsonArbitraries.values(3)
        .filter(JsonNode::isContainerNode)
        .filter(v -> !v.toString().contains("Infinity") && !v.toString().contains("NaN"));
  }
}
