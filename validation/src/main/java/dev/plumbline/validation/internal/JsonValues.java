package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Kinds, short descriptions, exact numbers and bounded equality of JSON values. */
public final class JsonValues {
  /** Values longer than this are truncated in messages. */
  public static final int MAX_SHOWN = 40;

  private JsonValues() {}

  /**
   * The text of a string value, or null for any other value. Jackson's own {@link TextNode} is
   * recognised by its class (a pointer comparison, no virtual call); other implementations of a
   * string node fall back to {@link JsonNode#isTextual()}.
   */
  public static String textOf(JsonNode v) {
    if (v instanceof TextNode) {
      return ((TextNode) v).textValue();
    }
    return v.isTextual() ? v.textValue() : null;
  }

  /** {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code null}, ... */
  public static String kind(JsonNode v) {
    if (v.isTextual()) {
      return "string";
    }
    if (v.isNumber()) {
      return isIntegral(v) ? "integer" : "number";
    }
    if (v.isBoolean()) {
      return "boolean";
    }
    if (v.isNull()) {
      return "null";
    }
    if (v.isObject()) {
      return "object";
    }
    if (v.isArray()) {
      return "array";
    }
    if (v.isMissingNode()) {
      return "nothing";
    }
    // Nodes JSON text never produces: binary data, an embedded Java object.
    return v.isBinary() ? "binary data" : "a Java object";
  }

  /** Containers are rendered as JSON up to this many characters, then cut with {@code …}. */
  static final int MAX_RENDERED = 60;

  /**
   * A short rendering: {@code "abc"}, {@code 12.5}, {@code true}, and containers as compact JSON
   * cut after {@link #MAX_RENDERED} characters ({@code {"a":[1,2]}}, {@code [{"sku":"A-1"},…}).
   */
  public static String describe(JsonNode v) {
    if (v.isTextual()) {
      return quote(v.textValue());
    }
    if (v.isNumber() || v.isBoolean() || v.isNull()) {
      return truncate(v.asText());
    }
    if (v.isContainerNode()) {
      StringBuilder sb = new StringBuilder();
      if (!appendJson(v, sb)) {
        int end = MAX_RENDERED;
        if (Character.isHighSurrogate(sb.charAt(end - 1))) {
          end--;
        }
        sb.setLength(end);
        sb.append('…');
      }
      return sb.toString();
    }
    return kind(v);
  }

  /**
   * Appends a value as compact JSON (control characters, quotes and backslashes in strings
   * escaped); stops, returning false, once more than {@link #MAX_RENDERED} characters are written,
   * so a large or deeply nested value costs no more than its first characters.
   */
  private static boolean appendJson(JsonNode v, StringBuilder sb) {
    if (sb.length() > MAX_RENDERED) {
      return false;
    }
    if (v.isObject()) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> field : v.properties()) {
        sb.append(first ? "" : ",");
        first = false;
        appendQuoted(field.getKey(), sb);
        sb.append(':');
        if (!appendJson(field.getValue(), sb)) {
          return false;
        }
      }
      sb.append('}');
    } else if (v.isArray()) {
      sb.append('[');
      for (int i = 0; i < v.size(); i++) {
        sb.append(i == 0 ? "" : ",");
        if (!appendJson(v.get(i), sb)) {
          return false;
        }
      }
      sb.append(']');
    } else if (v.isTextual()) {
      appendQuoted(v.textValue(), sb);
    } else if (v.isNumber() || v.isBoolean() || v.isNull()) {
      sb.append(v.asText());
    } else {
      sb.append(kind(v));
    }
    return sb.length() <= MAX_RENDERED;
  }

  private static void appendQuoted(String s, StringBuilder sb) {
    String head = s.length() > MAX_RENDERED ? s.substring(0, MAX_RENDERED + 1) : s;
    sb.append('"').append(printable(head, true)).append('"');
  }

  /**
   * The kind and, for scalars, the value: {@code string "abc"}, {@code integer 5}, {@code array}.
   */
  public static String describeWithKind(JsonNode v) {
    if (!v.isValueNode() || v.isNull() || v.isPojo() || v.isBinary()) {
      return kind(v);
    }
    return kind(v) + " " + describe(v);
  }

  /** A quoted string, cut after {@link #MAX_SHOWN} code points. */
  public static String quote(String s) {
    return "\"" + shown(s, true) + "\"";
  }

  /**
   * Cuts a text after {@link #MAX_SHOWN} characters, never inside a surrogate pair, and escapes its
   * control characters.
   */
  public static String truncate(String s) {
    return shown(s, false);
  }

  private static String shown(String s, boolean quoted) {
    if (s.length() <= MAX_SHOWN) {
      return printable(s, quoted);
    }
    int end = MAX_SHOWN;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return printable(s.substring(0, end), quoted) + "…(" + s.length() + " chars)";
  }

  /**
   * The text with control characters written as JSON writes them (a backslash and {@code n}, or
   * {@code u} and four hex digits), so a message stays on one line and shows what was sent; with
   * {@code quoted}, also quotes and backslashes, so the text sits between quotes unambiguously.
   */
  static String printable(String s, boolean quoted) {
    int i = 0;
    while (i < s.length() && !needsEscape(s.charAt(i), quoted)) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 8).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!needsEscape(c, quoted)) {
        sb.append(c);
        continue;
      }
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> sb.append(String.format("\\u%04x", (int) c));
      }
    }
    return sb.toString();
  }

  /**
   * C0 and C1 control characters (a C1 such as U+009B drives some terminals) and the Unicode line
   * and paragraph separators; with {@code quoted}, quotes and backslashes.
   */
  private static boolean needsEscape(char c, boolean quoted) {
    return c < 0x20
        || (c >= 0x7f && c < 0xa0)
        || c == 0x2028
        || c == 0x2029
        || (quoted && (c == '"' || c == '\\'));
  }

  /**
   * A number node's value as a double. A {@code FloatNode} (built in code with {@code put(name,
   * 0.3f)}) is taken at the decimal it prints as ({@code 0.3}), not at its exact binary value
   * widened to a double ({@code 0.30000001192092896}), so checks and messages agree.
   */
  public static double doubleOf(JsonNode v) {
    return v instanceof FloatNode
        ? Double.parseDouble(Float.toString(v.floatValue()))
        : v.doubleValue();
  }

  /** True for a JSON number with no fractional part ({@code 1.0} is an integer). */
  public static boolean isIntegral(JsonNode v) {
    if (v.isIntegralNumber()) {
      return true;
    }
    if (v.isDouble() || v.isFloat()) {
      double d = doubleOf(v);
      return Double.isInfinite(d) || (!Double.isNaN(d) && d == Math.rint(d));
    }
    if (v.isBigDecimal()) {
      BigDecimal b = v.decimalValue();
      return b.signum() == 0
          || b.scale() <= 0
          || dividesTimesPowerOfTen(BigInteger.ONE, b.scale(), b.unscaledValue().abs());
    }
    return false;
  }

  /**
   * Whether {@code p * 10^k} divides {@code u} ({@code u} positive, {@code k} non-negative),
   * without building a power of ten larger than {@code u}.
   */
  static boolean dividesTimesPowerOfTen(BigInteger p, long k, BigInteger u) {
    // 10^k > u when k exceeds u's number of decimal digits (at most bitLength * log10(2) + 1).
    if (k > (long) (u.bitLength() * 0.30103) + 1) {
      return false;
    }
    return u.mod(p.multiply(BigInteger.TEN.pow((int) k))).signum() == 0;
  }

  /**
   * A number as shown in messages: plain ({@code 0.01}, {@code 1000}) when that is short, else in
   * scientific notation ({@code 1E+400}); never builds a long plain text.
   */
  static String shortText(BigDecimal value) {
    // The plain text has at least max(precision, precision - scale, scale) characters.
    long digits = Math.max(value.precision(), (long) value.precision() - value.scale());
    if (Math.max(digits, value.scale()) > MAX_SHOWN) {
      return value.toString();
    }
    String plain = value.toPlainString();
    return plain.length() <= MAX_SHOWN ? plain : value.toString();
  }

  /** True for a number that is not NaN (NaN only appears when the parser allows it). */
  public static boolean isRealNumber(JsonNode v) {
    return v.isNumber() && !((v.isDouble() || v.isFloat()) && Double.isNaN(doubleOf(v)));
  }

  /**
   * The exact value of a finite number: doubles as their shortest decimal rendering ({@code 0.1}
   * stays {@code 0.1}).
   */
  public static BigDecimal exact(JsonNode v) {
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      return BigDecimal.valueOf(v.longValue());
    }
    if (v.isDouble() || v.isFloat()) {
      return BigDecimal.valueOf(doubleOf(v));
    }
    return v.decimalValue();
  }

  /** True for an infinite double (a literal such as {@code 1e400} parsed as a double). */
  public static boolean isInfinite(JsonNode v) {
    return (v.isDouble() || v.isFloat()) && Double.isInfinite(doubleOf(v));
  }

  /** Compares two numbers exactly; infinities compare beyond every finite number. */
  public static int compareNumbers(JsonNode a, JsonNode b) {
    if (a.isIntegralNumber()
        && b.isIntegralNumber()
        && a.canConvertToLong()
        && b.canConvertToLong()) {
      return Long.compare(a.longValue(), b.longValue());
    }
    boolean ai = isInfinite(a);
    boolean bi = isInfinite(b);
    if (ai && bi) {
      return Double.compare(doubleOf(a), doubleOf(b));
    }
    if (ai) {
      return doubleOf(a) > 0 ? 1 : -1;
    }
    if (bi) {
      return doubleOf(b) > 0 ? -1 : 1;
    }
    return exact(a).compareTo(exact(b));
  }

  /**
   * JSON equality: numbers by value ({@code 1} equals {@code 1.0}), objects regardless of key
   * order. Iterative, so values of any depth compare without a risk to the stack; it stops at the
   * first difference.
   */
  public static boolean jsonEquals(JsonNode a, JsonNode b) {
    // Scalars and shallow containers compare without allocating (the valid path of uniqueItems
    // and const); only containers deeper than the budget take the iterative walk below.
    int shallow = equalsWithin(a, b, SHALLOW);
    return shallow == UNDECIDED ? equalsIteratively(a, b) : shallow == EQUAL;
  }

  private static final int EQUAL = 1;
  private static final int UNEQUAL = 0;
  private static final int UNDECIDED = -1;

  /**
   * How many levels {@link #equalsWithin} recurses before leaving the rest to the iterative walk.
   */
  private static final int SHALLOW = 32;

  /** {@link #EQUAL}, {@link #UNEQUAL}, or {@link #UNDECIDED} when the budget ran out first. */
  private static int equalsWithin(JsonNode a, JsonNode b, int budget) {
    if (!a.isContainerNode() || !b.isContainerNode()) {
      return scalarsEqual(a, b) ? EQUAL : UNEQUAL;
    }
    if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
      return UNEQUAL;
    }
    if (budget == 0) {
      return UNDECIDED;
    }
    int result = EQUAL;
    if (a.isArray()) {
      for (int i = 0; i < a.size(); i++) {
        int r = equalsWithin(a.get(i), b.get(i), budget - 1);
        if (r == UNEQUAL) {
          return UNEQUAL;
        }
        result = Math.min(result, r);
      }
      return result;
    }
    for (Map.Entry<String, JsonNode> e : a.properties()) {
      JsonNode other = b.get(e.getKey());
      if (other == null) {
        return UNEQUAL;
      }
      int r = equalsWithin(e.getValue(), other, budget - 1);
      if (r == UNEQUAL) {
        return UNEQUAL;
      }
      result = Math.min(result, r);
    }
    return result;
  }

  /** Equality of two values at least one of which is not a container. */
  private static boolean scalarsEqual(JsonNode x, JsonNode y) {
    if (x.isNumber() && y.isNumber()) {
      return isRealNumber(x) && isRealNumber(y) && compareNumbers(x, y) == 0;
    }
    if (x.getNodeType() != y.getNodeType()) {
      return false;
    }
    if (x.isTextual()) {
      return x.textValue().equals(y.textValue());
    }
    if (x.isBoolean()) {
      return x.booleanValue() == y.booleanValue();
    }
    return x.isNull() || x.equals(y);
  }

  private static boolean equalsIteratively(JsonNode a, JsonNode b) {
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.push(b);
    pending.push(a);
    while (!pending.isEmpty()) {
      JsonNode x = pending.pop();
      JsonNode y = pending.pop();
      if (!x.isContainerNode() || !y.isContainerNode()) {
        if (!scalarsEqual(x, y)) {
          return false;
        }
        continue;
      }
      if (x.getNodeType() != y.getNodeType() || x.size() != y.size()) {
        return false;
      }
      if (x.isArray()) {
        for (int i = x.size() - 1; i >= 0; i--) {
          pending.push(y.get(i));
          pending.push(x.get(i));
        }
      } else {
        for (Map.Entry<String, JsonNode> e : x.properties()) {
          JsonNode other = y.get(e.getKey());
          if (other == null) {
            return false;
          }
          pending.push(other);
          pending.push(e.getValue());
        }
      }
    }
    return true;
  }

  /**
   * A hash consistent with {@link #jsonEquals} (equal values hash alike), of the whole value, in
   * time proportional to its size and without recursion: the sum, over every node, of a mix of its
   * path (object keys, array indices) and its own kind and scalar value, so that key order does not
   * count and index order does.
   */
  public static int jsonHash(JsonNode v) {
    if (!v.isContainerNode()) {
      return mix(1, ownHash(v)); // what the walk below gives a scalar, without allocating
    }
    int sum = 0;
    Deque<JsonNode> nodes = new ArrayDeque<>();
    Deque<Integer> paths = new ArrayDeque<>();
    nodes.push(v);
    paths.push(1);
    while (!nodes.isEmpty()) {
      JsonNode n = nodes.pop();
      int path = paths.pop();
      sum += mix(path, ownHash(n));
      if (n.isArray()) {
        for (int i = 0; i < n.size(); i++) {
          nodes.push(n.get(i));
          paths.push(mix(path, 0x9e3779b9 + i));
        }
      } else if (n.isObject()) {
        for (Map.Entry<String, JsonNode> e : n.properties()) {
          nodes.push(e.getValue());
          paths.push(mix(path, e.getKey().hashCode()));
        }
      }
    }
    return sum;
  }

  /** A node's own part of {@link #jsonHash}: its scalar value, or its kind and size. */
  private static int ownHash(JsonNode v) {
    if (v.isNumber()) {
      double d = doubleOf(v);
      return d == 0 ? 0 : Double.hashCode(d);
    }
    if (v.isTextual()) {
      return v.textValue().hashCode();
    }
    if (v.isBoolean()) {
      return v.booleanValue() ? 1231 : 1237;
    }
    if (v.isNull()) {
      return 17;
    }
    return (v.isArray() ? 7 : 11) * 31 + v.size();
  }

  private static int mix(int a, int b) {
    int h = a * 0x01000193 ^ b;
    h ^= h >>> 15;
    h *= 0x2c1b3c6d;
    return h ^ (h >>> 12);
  }

  /**
   * The indices of the first two equal items of an array (JSON equality, {@link #jsonEquals}), or
   * null when all items are distinct.
   */
  public static int[] firstDuplicate(JsonNode array) {
    int n = array.size();
    if (n <= 32) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (JsonValues.jsonEquals(array.get(i), array.get(j))) {
            return new int[] {i, j};
          }
        }
      }
      return null;
    }
    Map<Integer, List<Integer>> buckets = new HashMap<>();
    for (int j = 0; j < n; j++) {
      JsonNode item = array.get(j);
      List<Integer> bucket =
          buckets.computeIfAbsent(JsonValues.jsonHash(item), h -> new ArrayList<>(1));
      for (int i : bucket) {
        if (JsonValues.jsonEquals(array.get(i), item)) {
          return new int[] {i, j};
        }
      }
      bucket.add(j);
    }
    return null;
  }
}
