package dev.plumbline.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The single-pass {@code uri} format check accepts exactly what the earlier version (below) did.
 */
class UriFormatProperties {

  @Provide
  Arbitrary<String> uris() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "http",
            "https:",
            "mailto:",
            "urn:",
            "a",
            "Z9",
            "+",
            "-",
            ".",
            ":",
            "//",
            "/",
            "?",
            "#",
            "@",
            "[",
            "]",
            "::1",
            "v1.x",
            "%",
            "%4",
            "%41",
            "%G1",
            "8080",
            "example.com",
            "~",
            "!$&'()*+,;=",
            " ",
            "é",
            "\\",
            "|",
            "x-y_z",
            "127.0.0.1",
            "[::1]",
            "[v1.a]");
    return pieces.list().ofMaxSize(10).map(l -> String.join("", l));
  }

  @Property(tries = 20000)
  void acceptsWhatTheEarlierVersionAccepted(@ForAll("uris") String s) {
    assertThat(Formats.uri(s)).as(s).isEqualTo(uriBefore(s));
  }

  @org.junit.jupiter.api.Test
  void nonAsciiIsNoUriCharacterBeforeOrNow() {
    for (String s : new String[] {"urn:isbn:0451450523😀", "http://[2001:db8::1]/😀", "a:é"}) {
      assertThat(uriBefore(s)).as(s).isFalse();
      assertThat(Formats.uri(s)).as(s).isFalse();
    }
  }

  // The version before the single-pass rewrite, kept as the reference.
  static boolean uriBefore(String s) {
    int n = s.length();
    if (n < 2 || !isAlpha(s.charAt(0))) {
      return false;
    }
    int i = 1;
    while (i < n && (isAlnum(s.charAt(i)) || "+-.".indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    if (i == n || s.charAt(i) != ':') {
      return false;
    }
    i++;
    int hash = s.indexOf('#', i);
    int end = hash < 0 ? n : hash;
    if (hash >= 0 && !uriChars(s, hash + 1, n, ":@/?")) {
      return false;
    }
    int question = s.indexOf('?', i);
    if (question >= 0 && question < end) {
      if (!uriChars(s, question + 1, end, ":@/?")) {
        return false;
      }
      end = question;
    }
    if (s.startsWith("//", i)) {
      int authority = i + 2;
      int slash = s.indexOf('/', authority);
      int authorityEnd = slash < 0 || slash > end ? end : slash;
      return authority(s, authority, authorityEnd) && uriChars(s, authorityEnd, end, ":@/");
    }
    return uriChars(s, i, end, ":@/");
  }

  private static boolean authority(String s, int from, int to) {
    int at = s.indexOf('@', from);
    if (at >= 0 && at < to) {
      if (!uriChars(s, from, at, ":")) {
        return false;
      }
      from = at + 1;
    }
    int hostEnd;
    if (from < to && s.charAt(from) == '[') {
      int close = s.indexOf(']', from);
      if (close < 0 || close >= to || !ipLiteral(s.substring(from + 1, close))) {
        return false;
      }
      hostEnd = close + 1;
    } else {
      hostEnd = from;
      while (hostEnd < to && s.charAt(hostEnd) != ':') {
        hostEnd++;
      }
      if (!uriChars(s, from, hostEnd, "")) {
        return false;
      }
    }
    if (hostEnd == to) {
      return true;
    }
    if (s.charAt(hostEnd) != ':') {
      return false;
    }
    for (int i = hostEnd + 1; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** An IPv6 address or an IPvFuture ({@code v1*HEXDIG "." 1*(unreserved / sub-delims / ":")}). */
  private static boolean ipLiteral(String s) {
    if (s.length() > 1 && (s.charAt(0) == 'v' || s.charAt(0) == 'V')) {
      int dot = s.indexOf('.');
      if (dot < 2 || dot == s.length() - 1) {
        return false;
      }
      for (int i = 1; i < dot; i++) {
        if (!isHex(s.charAt(i))) {
          return false;
        }
      }
      for (int i = dot + 1; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!unreserved(c) && !subDelim(c) && c != ':') {
          return false;
        }
      }
      return true;
    }
    return Formats.matches(dev.plumbline.core.types.StringFormat.IPV6, s);
  }

  /** Unreserved characters, sub-delims, valid percent-encodings and the extra characters only. */
  private static boolean uriChars(String s, int from, int to, String extra) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= to || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
          return false;
        }
        i += 2;
      } else if (!unreserved(c) && !subDelim(c) && extra.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean unreserved(char c) {
    return isAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
  }

  private static boolean subDelim(char c) {
    return "!$&'()*+,;=".indexOf(c) >= 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAlnum(char c) {
    return isAlpha(c) || isDigit(c);
  }

  private static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
