package dev.plumbline.validation.internal;

import dev.plumbline.core.types.StringFormat;

/**
 * Strict, allocation-free checks of the string formats. Each runs in time linear in the input and
 * rejects over-long inputs early. What each accepts is documented in docs/VALIDATION.md:
 *
 * <ul>
 *   <li>email: {@code local@domain}, at most 254 characters; the local part is an RFC 5322 dot-atom
 *       of at most 64 characters (no quoted strings); the domain is a hostname (no IP literals).
 *   <li>hostname: RFC 1123, at most 253 characters, labels of 1-63 ASCII letters, digits and inner
 *       hyphens, no trailing dot.
 *   <li>ipv4: four decimal octets 0-255 without leading zeros.
 *   <li>ipv6: RFC 4291 text form with at most one {@code ::} and an optional trailing IPv4; no
 *       zone.
 *   <li>uuid: RFC 4122 layout {@code 8-4-4-4-12} hex digits, any case, any version.
 *   <li>date: RFC 3339 full-date, a real calendar day (leap years included).
 *   <li>date-time: RFC 3339 date-time: {@code T} or {@code t}, seconds required, optional fraction,
 *       {@code Z}/{@code z} or {@code ±hh:mm}; second 60 only at 23:59 UTC.
 *   <li>hostname labels starting with {@code xn--} must be valid IDNA2008 A-labels (see {@link
 *       Idna}).
 *   <li>uri: an absolute URI (RFC 3986 grammar): scheme, optional authority (userinfo, host as an
 *       IP literal, IPv4 or reg-name, numeric port), path, query and fragment, each of its own
 *       characters with valid percent-encodings.
 * </ul>
 */
public final class Formats {
  private Formats() {}

  /** Whether the text is of the format. */
  public static boolean matches(StringFormat format, String s) {
    switch (format) {
      case EMAIL:
        return email(s);
      case URI:
        return uri(s);
      case UUID:
        return uuid(s);
      case DATE:
        return s.length() == 10 && date(s, 0);
      case DATE_TIME:
        return dateTime(s);
      case IPV4:
        return s.length() <= 15 && ipv4(s, 0, s.length());
      case IPV6:
        return ipv6(s);
      case HOSTNAME:
        return hostname(s, 0, s.length());
      default:
        return false;
    }
  }

  static boolean email(String s) {
    int n = s.length();
    if (n < 3 || n > 254) {
      return false;
    }
    int at = s.lastIndexOf('@');
    if (at <= 0 || at > 64 || at == n - 1) {
      return false;
    }
    char prev = '.';
    for (int i = 0; i < at; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (prev == '.') {
          return false;
        }
      } else if (!atext(c)) {
        return false;
      }
      prev = c;
    }
    return prev != '.' && hostname(s, at + 1, n);
  }

  private static boolean atext(char c) {
    return c < 128 && ATEXT[c];
  }

  /** RFC 5322 atext: letters, digits and {@code !#$%&'*+/=?^_`{|}~-}. */
  private static final boolean[] ATEXT = atextTable();

  private static boolean[] atextTable() {
    boolean[] t = new boolean[128];
    for (char c = 0; c < 128; c++) {
      t[c] = isAlnum(c) || "!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
    }
    return t;
  }

  static boolean hostname(String s, int from, int to) {
    int len = to - from;
    if (len < 1 || len > 253) {
      return false;
    }
    int label = 0;
    char prev = '.';
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (label == 0 || prev == '-' || !aLabelOk(s, i - label, i)) {
          return false;
        }
        label = 0;
      } else if (isAlnum(c) || (c == '-' && label > 0)) {
        if (++label > 63) {
          return false;
        }
      } else {
        return false;
      }
      prev = c;
    }
    return label > 0 && prev != '-' && aLabelOk(s, to - label, to);
  }

  /** A label that starts with {@code xn--} (any case) must be a valid IDNA2008 A-label. */
  private static boolean aLabelOk(String s, int from, int to) {
    if (to - from < 4
        || (s.charAt(from) != 'x' && s.charAt(from) != 'X')
        || (s.charAt(from + 1) != 'n' && s.charAt(from + 1) != 'N')
        || s.charAt(from + 2) != '-'
        || s.charAt(from + 3) != '-') {
      return true;
    }
    return Idna.validALabel(s.substring(from, to));
  }

  static boolean ipv4(String s, int from, int to) {
    int parts = 0;
    int i = from;
    while (true) {
      int start = i;
      int value = 0;
      while (i < to && isDigit(s.charAt(i)) && i - start < 3) {
        value = value * 10 + (s.charAt(i) - '0');
        i++;
      }
      int digits = i - start;
      if (digits == 0 || value > 255 || (digits > 1 && s.charAt(start) == '0')) {
        return false;
      }
      parts++;
      if (i == to) {
        return parts == 4;
      }
      if (s.charAt(i) != '.' || parts == 4) {
        return false;
      }
      i++;
    }
  }

  static boolean ipv6(String s) {
    int n = s.length();
    if (n < 2 || n > 45) {
      return false;
    }
    int groups = 0;
    boolean compressed = false;
    int i = 0;
    if (s.charAt(0) == ':') {
      if (s.charAt(1) != ':') {
        return false;
      }
      compressed = true;
      i = 2;
      if (i == n) {
        return true;
      }
    }
    while (i < n) {
      int start = i;
      while (i < n && isHex(s.charAt(i)) && i - start < 5) {
        i++;
      }
      if (i < n && s.charAt(i) == '.') {
        if (!ipv4(s, start, n)) {
          return false;
        }
        groups += 2;
        break;
      }
      int hex = i - start;
      if (hex == 0 || hex > 4) {
        return false;
      }
      groups++;
      if (i == n) {
        break;
      }
      if (s.charAt(i) != ':') {
        return false;
      }
      i++;
      if (i == n) {
        return false;
      }
      if (s.charAt(i) == ':') {
        if (compressed) {
          return false;
        }
        compressed = true;
        i++;
      }
    }
    return compressed ? groups <= 7 : groups == 8;
  }

  static boolean uuid(String s) {
    if (s.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = s.charAt(i);
      if (i == 8 || i == 13 || i == 18 || i == 23) {
        if (c != '-') {
          return false;
        }
      } else if (!isHex(c)) {
        return false;
      }
    }
    return true;
  }

  /** A full-date at {@code from} (10 characters). */
  static boolean date(String s, int from) {
    if (s.length() < from + 10 || s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-') {
      return false;
    }
    int year = digits(s, from, 4);
    int month = digits(s, from + 5, 2);
    int day = digits(s, from + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1) {
      return false;
    }
    return day <= daysIn(year, month);
  }

  private static int daysIn(int year, int month) {
    switch (month) {
      case 2:
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return leap ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  static boolean dateTime(String s) {
    int n = s.length();
    if (n < 20 || !date(s, 0)) {
      return false;
    }
    char t = s.charAt(10);
    if (t != 'T' && t != 't') {
      return false;
    }
    if (s.charAt(13) != ':' || s.charAt(16) != ':') {
      return false;
    }
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
      return false;
    }
    int i = 19;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == start || i == n) {
        return false;
      }
    }
    char z = s.charAt(i);
    int offsetMinutes;
    if (z == 'Z' || z == 'z') {
      if (i + 1 != n) {
        return false;
      }
      offsetMinutes = 0;
    } else if (z == '+' || z == '-') {
      if (i + 6 != n || s.charAt(i + 3) != ':') {
        return false;
      }
      int oh = digits(s, i + 1, 2);
      int om = digits(s, i + 4, 2);
      if (oh < 0 || oh > 23 || om < 0 || om > 59) {
        return false;
      }
      offsetMinutes = (z == '+' ? 1 : -1) * (oh * 60 + om);
    } else {
      return false;
    }
    if (second == 60) {
      int utc = Math.floorMod(hour * 60 + minute - offsetMinutes, 24 * 60);
      return utc == 23 * 60 + 59;
    }
    return true;
  }

  /**
   * An RFC 3986 URI: {@code scheme ":" hier-part ["?" query] ["#" fragment]}, where the hier-part
   * is {@code "//" authority path} or a path, the authority {@code [userinfo "@"] host [":" port]},
   * the host an IP literal in brackets, an IPv4 address or a reg-name.
   */
  static boolean uri(String s) {
    int n = s.length();
    if (n < 2 || !isAlpha(s.charAt(0))) {
      return false;
    }
    // One pass: scheme, then the authority (if "//" follows), then path, query and fragment.
    int i = 1;
    while (true) {
      if (i == n) {
        return false;
      }
      char c = s.charAt(i);
      if (c == ':') {
        break;
      }
      if (c >= 128 || (URI_CHAR[c] & SCHEME) == 0) {
        return false;
      }
      i++;
    }
    i++;
    if (i + 1 < n && s.charAt(i) == '/' && s.charAt(i + 1) == '/') {
      int from = i + 2;
      int to = from;
      while (to < n) {
        char c = s.charAt(to);
        if (c == '/' || c == '?' || c == '#') {
          break;
        }
        to++;
      }
      if (!authority(s, from, to)) {
        return false;
      }
      i = to;
    }
    while (i < n) {
      char c = s.charAt(i);
      if (c < 128 && (URI_CHAR[c] & PATH) != 0) {
        i++;
      } else if (c == '?' || c == '#') {
        return queryAndFragment(s, i, n);
      } else if (percentEncoded(s, i, n)) {
        i += 3;
      } else {
        return false;
      }
    }
    return true;
  }

  /** Whether a valid percent-encoding ({@code %} and two hex digits) starts at {@code i}. */
  private static boolean percentEncoded(String s, int i, int to) {
    return s.charAt(i) == '%' && i + 2 < to && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2));
  }

  /**
   * From a {@code ?} or {@code #} at {@code from}: query and fragment characters, the first {@code
   * #} (at or after {@code from}) separating them.
   */
  private static boolean queryAndFragment(String s, int from, int to) {
    boolean inFragment = s.charAt(from) == '#';
    for (int i = from + 1; i < to; i++) {
      char c = s.charAt(i);
      if (c < 128 && (URI_CHAR[c] & QUERY_EXTRAS) != 0) {
        continue;
      }
      if (c == '#' && !inFragment) {
        inFragment = true;
      } else if (percentEncoded(s, i, to)) {
        i += 2;
      } else {
        return false;
      }
    }
    return true;
  }

  /** The first index of a character in {@code [from, to)}, or -1. */
  private static int indexOf(String s, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static boolean authority(String s, int from, int to) {
    // Most authorities are a reg-name alone (no userinfo, IP literal or port): one scan.
    if (uriChars(s, from, to, "")) {
      return true;
    }
    int at = indexOf(s, '@', from, to);
    if (at >= 0) {
      if (!uriChars(s, from, at, ":")) {
        return false;
      }
      from = at + 1;
    }
    int hostEnd;
    if (from < to && s.charAt(from) == '[') {
      int close = indexOf(s, ']', from, to);
      if (close < 0 || !ipLiteral(s.substring(from + 1, close))) {
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
    return ipv6(s);
  }

  /** For each ASCII character: 1 if unreserved or a sub-delim, else its bit among the extras. */
  private static final byte[] URI_CHAR = uriCharTable();

  private static final String URI_EXTRAS = ":@/?";

  /** The {@link #URI_CHAR} bits of query and fragment characters: also {@code :@/?}. */
  private static final int QUERY_EXTRAS = 1 | 2 | 4 | 8 | 16;

  /** The {@link #URI_CHAR} bits of path characters: also {@code :@/}. */
  private static final int PATH = 1 | 2 | 4 | 8;

  /** The {@link #URI_CHAR} bit of the characters a scheme continues with: letters, digits, +-. */
  private static final int SCHEME = 32;

  private static byte[] uriCharTable() {
    byte[] t = new byte[128];
    for (char c = 0; c < 128; c++) {
      if (unreserved(c) || subDelim(c)) {
        t[c] = 1;
      } else if (URI_EXTRAS.indexOf(c) >= 0) {
        t[c] = (byte) (2 << URI_EXTRAS.indexOf(c));
      }
      if (isAlnum(c) || c == '+' || c == '-' || c == '.') {
        t[c] |= SCHEME;
      }
    }
    return t;
  }

  /** Unreserved characters, sub-delims, valid percent-encodings and the extra characters only. */
  private static boolean uriChars(String s, int from, int to, String extra) {
    int allowed = 1;
    for (int i = 0; i < extra.length(); i++) {
      allowed |= 2 << URI_EXTRAS.indexOf(extra.charAt(i));
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 128 && (URI_CHAR[c] & allowed) != 0) {
        continue;
      }
      if (!percentEncoded(s, i, to)) {
        return false;
      }
      i += 2;
    }
    return true;
  }

  private static boolean unreserved(char c) {
    return isAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
  }

  private static boolean subDelim(char c) {
    return "!$&'()*+,;=".indexOf(c) >= 0;
  }

  /** The value of {@code count} ASCII digits at {@code from}, or -1. */
  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
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
