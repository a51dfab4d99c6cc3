package dev.plumbline.core.manifest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.core.internal.PlanChecks;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;

/**
 * The canonical text of a JSON tree: 2-space indent, {@code "key": value}, LF line ends, a trailing
 * newline, {@code {}} and {@code []} for empty containers, object members in the tree's order,
 * numbers in plain decimal notation, strings with only the mandatory escapes (non-ASCII written as
 * UTF-8).
 */
public final class CanonicalJson {
  /** Orders names by Unicode code point, which is also the order of their UTF-8 bytes. */
  public static final Comparator<String> CODE_POINT_ORDER =
      (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
          int ca = a.codePointAt(i);
          int cb = b.codePointAt(j);
          if (ca != cb) {
            return Integer.compare(ca, cb);
          }
          i += Character.charCount(ca);
          j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
      };

  private CanonicalJson() {}

  /** The canonical text of a tree, ending with a newline. */
  public static String write(JsonNode node) {
    StringBuilder b = new StringBuilder(4096);
    write(node, 0, b);
    return b.append('\n').toString();
  }

  /** {@code sha256:} and the lowercase hex SHA-256 of the UTF-8 bytes of the text. */
  public static String sha256(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static void write(JsonNode n, int indent, StringBuilder b) {
    if (n.isObject()) {
      if (n.isEmpty()) {
        b.append("{}");
        return;
      }
      b.append("{\n");
      boolean first = true;
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        if (!first) {
          b.append(",\n");
        }
        first = false;
        indent(indent + 1, b);
        int lone = PlanChecks.loneSurrogate(e.getKey());
        if (lone >= 0) {
          // Written, it could not be read back: Jackson refuses a lone surrogate in a key.
          StringBuilder shown = new StringBuilder();
          string(e.getKey(), shown);
          throw new IllegalArgumentException(
              "cannot write the key "
                  + shown
                  + ": it "
                  + PlanChecks.loneSurrogateAt(e.getKey(), lone));
        }
        string(e.getKey(), b);
        b.append(": ");
        write(e.getValue(), indent + 1, b);
      }
      b.append('\n');
      indent(indent, b);
      b.append('}');
    } else if (n.isArray()) {
      if (n.isEmpty()) {
        b.append("[]");
        return;
      }
      b.append("[\n");
      for (int i = 0; i < n.size(); i++) {
        if (i > 0) {
          b.append(",\n");
        }
        indent(indent + 1, b);
        write(n.get(i), indent + 1, b);
      }
      b.append('\n');
      indent(indent, b);
      b.append(']');
    } else if (n.isTextual()) {
      string(n.textValue(), b);
    } else if (n.isNumber()) {
      b.append(number(n));
    } else if (n.isBoolean()) {
      b.append(n.booleanValue());
    } else if (n.isNull()) {
      b.append("null");
    } else {
      throw new IllegalStateException("not a JSON value: " + n.getNodeType());
    }
  }

  /**
   * Plain decimal text of a number node. A binary floating-point node (as found in a {@code
   * jsonSchema} type's tree) is written with the digits of its shortest decimal form, so {@code
   * 100.0} stays {@code 100.0} and reads back as the same double.
   */
  private static String number(JsonNode n) {
    if (n.isIntegralNumber()) {
      return n.bigIntegerValue().toString();
    }
    if (n.isDouble() || n.isFloat()) {
      double d = n.doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalStateException("a JSON number must be finite, got " + d);
      }
      return new BigDecimal(Double.toString(d)).toPlainString();
    }
    return n.decimalValue().toPlainString();
  }

  private static void indent(int level, StringBuilder b) {
    for (int i = 0; i < level; i++) {
      b.append("  ");
    }
  }

  private static void string(String s, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (c < 0x20 || isLoneSurrogate(s, i)) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }

  private static boolean isLoneSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }
}
