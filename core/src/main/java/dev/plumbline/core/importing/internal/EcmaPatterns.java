package dev.plumbline.core.importing.internal;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Decides whether a JSON Schema {@code pattern} (ECMA-262 syntax, no flags) means exactly the same
 * as a pattern of the typed model, which the validator reads as ECMA-262 too but by code points
 * rather than UTF-16 units, and which the model checks with {@code java.util.regex} syntax. Only a
 * conservative subset is accepted: literal characters of the Basic Multilingual Plane, escaped
 * punctuation, {@code \d \w \s \n \r \t \f \xHH}, classes of those (no nesting, no {@code &&}),
 * groups {@code (...)} and {@code (?:...)}, alternation, anchors {@code ^ $} and quantifiers
 * (counts up to 1000, lazy allowed). {@code .}, negated classes, {@code \D}, {@code \W} and {@code
 * \S} match characters outside the Basic Multilingual Plane, so they are accepted only right before
 * {@code *} or {@code +}, where matching UTF-16 units (ECMA) and code points agree. Rejected, among
 * others: {@code \b}, back-references, look-arounds, backslash-u escapes, literal {@code { } ]} and
 * anything else Java reads otherwise.
 */
final class EcmaPatterns {
  private static final String CLASS_ESCAPES = "dwsntrf";

  private EcmaPatterns() {}

  static boolean sameInModel(String pattern) {
    if (!subset(pattern)) {
      return false;
    }
    try {
      Pattern.compile(pattern);
      return true;
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  private static boolean subset(String p) {
    int n = p.length();
    int depth = 0;
    boolean atom = false; // the previous token can take a quantifier
    boolean negatedAtom = false; // ... and must take * or +
    int i = 0;
    while (i < n) {
      char c = p.charAt(i);
      if (Character.isSurrogate(c)) {
        return false;
      }
      if (negatedAtom && c != '*' && c != '+') {
        return false;
      }
      boolean isNegated = false;
      switch (c) {
        case '\\' -> {
          if (i + 1 >= n) {
            return false;
          }
          char d = p.charAt(i + 1);
          int len = escapeLength(p, i);
          if (len < 0) {
            if (d == 'D' || d == 'W' || d == 'S') {
              len = 2;
              isNegated = true;
            } else {
              return false;
            }
          }
          i += len;
          atom = true;
        }
        case '[' -> {
          int end = classEnd(p, i);
          if (end < 0) {
            return false;
          }
          isNegated = p.charAt(i + 1) == '^';
          i = end + 1;
          atom = true;
        }
        case '(' -> {
          if (i + 1 < n && p.charAt(i + 1) == '?') {
            if (i + 2 < n && p.charAt(i + 2) == ':') {
              i += 3;
            } else {
              return false;
            }
          } else {
            i++;
          }
          depth++;
          atom = false;
        }
        case ')' -> {
          if (--depth < 0) {
            return false;
          }
          i++;
          atom = true;
        }
        case '|', '^', '$' -> {
          i++;
          atom = false;
        }
        case '*', '+', '?', '{' -> {
          if (!atom) {
            return false;
          }
          if (c == '{') {
            int end = countedEnd(p, i);
            if (end < 0) {
              return false;
            }
            i = end + 1;
          } else {
            i++;
          }
          if (i < n && p.charAt(i) == '?') {
            i++;
          }
          atom = false;
        }
        case '.' -> {
          i++;
          atom = true;
          isNegated = true;
        }
        case '}', ']' -> {
          return false;
        }
        default -> {
          i++;
          atom = true;
        }
      }
      negatedAtom = isNegated;
    }
    return depth == 0 && !negatedAtom;
  }

  /** The length of an escape at {@code i} usable in and out of classes, or -1. */
  private static int escapeLength(String p, int i) {
    char d = p.charAt(i + 1);
    if (CLASS_ESCAPES.indexOf(d) >= 0) {
      return 2;
    }
    if (d == 'x') {
      if (i + 3 < p.length()
          && Character.digit(p.charAt(i + 2), 16) >= 0
          && Character.digit(p.charAt(i + 3), 16) >= 0) {
        return 4;
      }
      return -1;
    }
    if (d < 0x80 && !Character.isLetterOrDigit(d) && d >= 0x21 && d != 0x7f) {
      return 2;
    }
    return -1;
  }

  /** The index of the {@code ]} closing the class at {@code i}, or -1 if outside the subset. */
  private static int classEnd(String p, int i) {
    int j = i + 1;
    if (j < p.length() && p.charAt(j) == '^') {
      j++;
    }
    if (j >= p.length() || p.charAt(j) == ']') {
      return -1;
    }
    int lastLiteral = -1; // the previous class member when it was a literal character
    while (j < p.length()) {
      char c = p.charAt(j);
      if (Character.isSurrogate(c) || c == '[') {
        return -1;
      }
      if (c == ']') {
        return j;
      }
      if (c == '-' && j + 1 < p.length() && p.charAt(j + 1) >= 0xE000 && lastLiteral < 0xE000) {
        // A range reaching past the surrogates (a-\uffff): ECMA's range holds the UTF-16 units of
        // a character outside the BMP, the model's (code points) does not hold the character.
        return -1;
      }
      lastLiteral = c == '\\' ? -1 : c;
      if (c == '&' && j + 1 < p.length() && p.charAt(j + 1) == '&') {
        return -1;
      }
      if (c == '\\') {
        if (j + 1 >= p.length()) {
          return -1;
        }
        int len = escapeLength(p, j);
        if (len < 0) {
          return -1;
        }
        char d = p.charAt(j + 1);
        boolean classEscape = d == 'd' || d == 'w' || d == 's';
        if (classEscape && (adjacentDash(p, j - 1) || adjacentDash(p, j + 2))) {
          return -1;
        }
        j += len;
      } else {
        j++;
      }
    }
    return -1;
  }

  private static boolean adjacentDash(String p, int k) {
    return k >= 0 && k < p.length() && p.charAt(k) == '-';
  }

  /** The index of the {@code }} of a counted quantifier {@code {n}, {n,}, {n,m}} at i, or -1. */
  private static int countedEnd(String p, int i) {
    int close = p.indexOf('}', i);
    if (close < 0) {
      return -1;
    }
    String body = p.substring(i + 1, close);
    if (!body.matches("[0-9]{1,4}(,[0-9]{0,4})?")) {
      return -1;
    }
    String[] parts = body.split(",", -1);
    int min = Integer.parseInt(parts[0]);
    if (min > 1000) {
      return -1;
    }
    if (parts.length == 2 && !parts[1].isEmpty()) {
      int max = Integer.parseInt(parts[1]);
      if (max > 1000 || max < min) {
        return -1;
      }
    }
    return close;
  }
}
