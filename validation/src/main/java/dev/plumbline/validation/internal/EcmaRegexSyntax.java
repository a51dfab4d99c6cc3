package dev.plumbline.validation.internal;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * Rewrites the parts of an ECMA-262 pattern (the dialect of JSON Schema's {@code pattern}) that
 * RE2/J and {@code java.util.regex} read otherwise, into syntax both read the ECMA way:
 *
 * <ul>
 *   <li>{@code \s} and {@code \S}: ECMA's white space and line terminators ({@code \t \n \v \f \r},
 *       space, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF), not
 *       only ASCII ones;
 *   <li>{@code \cX}: the control character of any ASCII letter, lower case too;
 *   <li>{@code \p{Letter}}, {@code \p{digit}}, {@code \p{General_Category=Lu}} and the other long
 *       names and aliases of general categories, as their short names ({@code \p{L}});
 *   <li>{@code []} (matches nothing), {@code [^]} (any character), {@code [\b]} (backspace), and
 *       {@code [} and {@code &} inside a class (literals in ECMA, nested classes and intersections
 *       in Java); in ECMA the first {@code ]} ends a class;
 *   <li>{@code .}: any character but ECMA's line terminators ({@code \n \r}, U+2028, U+2029); RE2/J
 *       refuses only {@code \n}. Kept as written when the pattern sets flags inline ({@code (?s)},
 *       not ECMA syntax but accepted by both engines), so that their dot-all flag still applies.
 * </ul>
 *
 * <p>Everything else is kept as written, {@code \Q...\E} quoting untouched: {@code \d \w} are
 * ASCII-based in all three, and {@code \b} is in RE2/J (the JDK engine gets ASCII look-arounds from
 * {@link Regex}). A pattern without any of these constructs comes back as the same instance.
 */
final class EcmaRegexSyntax {
  /** ECMA-262 WhiteSpace and LineTerminator, as ranges for a character class. */
  static final String SPACE =
      "\\x{9}-\\x{D}\\x{20}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}"
          + "\\x{205F}\\x{3000}\\x{FEFF}";

  /** Every other code point, as ranges for a character class. */
  static final String NOT_SPACE =
      "\\x{0}-\\x{8}\\x{E}-\\x{1F}\\x{21}-\\x{9F}\\x{A1}-\\x{167F}\\x{1681}-\\x{1FFF}"
          + "\\x{200B}-\\x{2027}\\x{202A}-\\x{202E}\\x{2030}-\\x{205E}\\x{2060}-\\x{2FFF}"
          + "\\x{3001}-\\x{FEFE}\\x{FF00}-\\x{10FFFF}";

  private static final String ANY = "\\x{0}-\\x{10FFFF}";

  /** ECMA-262's {@code .}: any character but a LineTerminator. */
  static final String DOT = "[^\\x{A}\\x{D}\\x{2028}\\x{2029}]";

  /**
   * The flags a pattern sets in inline groups ({@code (?i)}, {@code (?s:...)}, {@code (?-s)}; not
   * ECMA syntax), outside escapes, {@code \Q...\E} and character classes: {@code "is"}, or empty.
   */
  static String inlineFlags(String p) {
    StringBuilder flags = new StringBuilder();
    boolean inClass = false;
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '\\' && i + 1 < p.length()) {
        if (p.charAt(i + 1) == 'Q') {
          int end = p.indexOf("\\E", i + 2);
          i = end < 0 ? p.length() : end + 2;
        } else {
          i += 2;
        }
        continue;
      }
      if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        // A ']' right after '[' or '[^' is a literal in RE2/J and Java.
        int next = i + 1 < p.length() && p.charAt(i + 1) == '^' ? i + 2 : i + 1;
        if (next < p.length() && p.charAt(next) == ']') {
          i = next;
        }
      } else if (c == '(' && p.startsWith("(?", i)) {
        int j = i + 2;
        while (j < p.length() && (Character.isLetter(p.charAt(j)) || p.charAt(j) == '-')) {
          j++;
        }
        if (j > i + 2 && j < p.length() && (p.charAt(j) == ')' || p.charAt(j) == ':')) {
          flags.append(p, i + 2, j);
        }
      }
      i++;
    }
    return flags.toString();
  }

  /** General category names and aliases (Unicode PropertyValueAliases) by their short name. */
  private static final Map<String, String> CATEGORIES = categories();

  private EcmaRegexSyntax() {}

  /** The pattern in syntax RE2/J and {@code java.util.regex} read with ECMA's meaning. */
  static String translate(String ecma) {
    StringBuilder out = new StringBuilder(ecma.length() + 16);
    boolean ecmaDot = ecma.indexOf('.') >= 0 && inlineFlags(ecma).isEmpty();
    boolean inClass = false;
    int n = ecma.length();
    int i = 0;
    while (i < n) {
      char c = ecma.charAt(i);
      if (c == '\\' && i + 1 < n) {
        char d = ecma.charAt(i + 1);
        if (d == 'Q') {
          // RE2/J and Java quoting: the text up to \E is literal, nothing in it is rewritten.
          int end = ecma.indexOf("\\E", i + 2);
          int to = end < 0 ? n : end + 2;
          out.append(ecma, i, to);
          i = to;
        } else if (d == 's' || d == 'S') {
          String ranges = d == 's' ? SPACE : NOT_SPACE;
          if (!inClass) {
            out.append('[').append(ranges).append(']');
            i += 2;
            continue;
          }
          // Next to a class escape a '-' is a literal in ECMA ([\s-x], [a-\s]); here it would
          // make a range of the expansion's last or first character.
          int last = out.length() - 1;
          if (out.charAt(last) == '-' && (last == 0 || out.charAt(last - 1) != '\\')) {
            out.setCharAt(last, '\\');
            out.append('-');
          }
          out.append(ranges);
          i += 2;
          if (i + 1 < n && ecma.charAt(i) == '-' && ecma.charAt(i + 1) != ']') {
            out.append("\\-");
            i++;
          }
        } else if (d == 'c' && i + 2 < n && isAsciiLetter(ecma.charAt(i + 2))) {
          out.append("\\x{").append(Integer.toHexString(ecma.charAt(i + 2) % 32)).append('}');
          i += 3;
        } else if (d == 'b' && inClass) {
          out.append("\\x{8}");
          i += 2;
        } else if ((d == 'p' || d == 'P') && i + 2 < n && ecma.charAt(i + 2) == '{') {
          int close = ecma.indexOf('}', i + 3);
          String name = close < 0 ? null : category(ecma.substring(i + 3, close));
          if (name == null) {
            out.append(c).append(d);
            i += 2;
          } else {
            out.append('\\').append(d).append('{').append(name).append('}');
            i = close + 1;
          }
        } else {
          out.append(c).append(d);
          i += 2;
        }
      } else if (inClass) {
        if (c == ']') {
          inClass = false;
          out.append(c);
        } else if (c == '[' || c == '&') {
          out.append('\\').append(c);
        } else {
          out.append(c);
        }
        i++;
      } else if (c == '[') {
        if (ecma.startsWith("[]", i)) {
          out.append("[^").append(ANY).append(']');
          i += 2;
        } else if (ecma.startsWith("[^]", i)) {
          out.append('[').append(ANY).append(']');
          i += 3;
        } else {
          inClass = true;
          out.append(c);
          i++;
          if (i < n && ecma.charAt(i) == '^') {
            out.append('^');
            i++;
          }
        }
      } else if (c == '.' && ecmaDot) {
        out.append(DOT);
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    String translated = out.toString();
    return translated.equals(ecma) ? ecma : translated;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * The short name of a general category given as ECMA writes it ({@code Letter}, {@code digit},
   * {@code gc=Lu}, {@code General_Category=Decimal_Number}), or null for anything else (a script, a
   * binary property), which is kept as written.
   */
  private static String category(String written) {
    String value = written;
    int eq = written.indexOf('=');
    if (eq >= 0) {
      String key = written.substring(0, eq);
      if (!key.equals("General_Category") && !key.equals("gc")) {
        return null;
      }
      value = written.substring(eq + 1);
    }
    return CATEGORIES.get(value);
  }

  private static Map<String, String> categories() {
    String[][] aliases = {
      {"C", "Other"},
      {"Cc", "Control", "cntrl"},
      {"Cf", "Format"},
      {"Cn", "Unassigned"},
      {"Co", "Private_Use"},
      {"Cs", "Surrogate"},
      {"L", "Letter"},
      {"Ll", "Lowercase_Letter"},
      {"Lm", "Modifier_Letter"},
      {"Lo", "Other_Letter"},
      {"Lt", "Titlecase_Letter"},
      {"Lu", "Uppercase_Letter"},
      {"M", "Mark", "Combining_Mark"},
      {"Mc", "Spacing_Mark"},
      {"Me", "Enclosing_Mark"},
      {"Mn", "Nonspacing_Mark"},
      {"N", "Number"},
      {"Nd", "Decimal_Number", "digit"},
      {"Nl", "Letter_Number"},
      {"No", "Other_Number"},
      {"P", "Punctuation", "punct"},
      {"Pc", "Connector_Punctuation"},
      {"Pd", "Dash_Punctuation"},
      {"Pe", "Close_Punctuation"},
      {"Pf", "Final_Punctuation"},
      {"Pi", "Initial_Punctuation"},
      {"Po", "Other_Punctuation"},
      {"Ps", "Open_Punctuation"},
      {"S", "Symbol"},
      {"Sc", "Currency_Symbol"},
      {"Sk", "Modifier_Symbol"},
      {"Sm", "Math_Symbol"},
      {"So", "Other_Symbol"},
      {"Z", "Separator"},
      {"Zl", "Line_Separator"},
      {"Zp", "Paragraph_Separator"},
      {"Zs", "Space_Separator"},
    };
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (String[] names : aliases) {
      for (String name : names) {
        b.put(name, names[0]);
      }
    }
    return b.buildOrThrow();
  }
}
