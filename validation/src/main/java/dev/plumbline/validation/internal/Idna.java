package dev.plumbline.validation.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * IDNA2008 checks of an A-label ({@code xn--...}) in a hostname: the Punycode (RFC 3492) must
 * decode to a U-label that RFC 5891 and RFC 5892 accept: NFC, no hyphens in the third and fourth
 * position or at either end, no leading combining mark, every code point PVALID or allowed by its
 * CONTEXTJ/CONTEXTO rule. The derived properties are computed from the JDK's Unicode data; two
 * approximations: case folding is lower-casing, and joining types (for the ZERO WIDTH NON-JOINER
 * rule) are known for Arabic, Syriac, NKo and Mongolian letters. The Bidi rule (RFC 5893) is not
 * checked.
 */
final class Idna {
  private static final int BASE = 36;
  private static final int T_MIN = 1;
  private static final int T_MAX = 26;

  private Idna() {}

  /**
   * Whether a label starting with {@code xn--} (any case) is a valid A-label. Host names are
   * case-insensitive, so the label is lower-cased before decoding ({@code XN--BCHER-KVA} is {@code
   * xn--bcher-kva}); the letters before the last hyphen would otherwise decode as upper case, which
   * IDNA2008 does not allow.
   */
  static boolean validALabel(String label) {
    int[] u = decode(label.substring(4).toLowerCase(Locale.ROOT));
    if (u == null || u.length == 0) {
      return false;
    }
    boolean ascii = true;
    for (int cp : u) {
      ascii &= cp < 0x80;
    }
    return !ascii && validULabel(u);
  }

  private static boolean validULabel(int[] u) {
    String s = new String(u, 0, u.length);
    if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
      return false;
    }
    int n = u.length;
    if ((n >= 4 && u[2] == '-' && u[3] == '-') || u[0] == '-' || u[n - 1] == '-') {
      return false;
    }
    int first = Character.getType(u[0]);
    if (first == Character.NON_SPACING_MARK
        || first == Character.COMBINING_SPACING_MARK
        || first == Character.ENCLOSING_MARK) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      switch (property(u[i])) {
        case PVALID:
          break;
        case CONTEXTJ:
          if (!contextJ(u, i)) {
            return false;
          }
          break;
        case CONTEXTO:
          if (!contextO(u, i)) {
            return false;
          }
          break;
        default:
          return false;
      }
    }
    return true;
  }

  private enum Property {
    PVALID,
    CONTEXTJ,
    CONTEXTO,
    DISALLOWED
  }

  /** RFC 5892 section 3 derived property. */
  private static Property property(int cp) {
    switch (cp) {
      case 0x00DF:
      case 0x03C2:
      case 0x06FD:
      case 0x06FE:
      case 0x0F0B:
      case 0x3007:
        return Property.PVALID;
      case 0x00B7:
      case 0x0375:
      case 0x05F3:
      case 0x05F4:
      case 0x30FB:
        return Property.CONTEXTO;
      case 0x0640:
      case 0x07FA:
      case 0x302E:
      case 0x302F:
      case 0x303B:
        return Property.DISALLOWED;
      default:
        break;
    }
    if ((cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06F0 && cp <= 0x06F9)) {
      return Property.CONTEXTO;
    }
    if (cp >= 0x3031 && cp <= 0x3035) {
      return Property.DISALLOWED;
    }
    int type = Character.getType(cp);
    if (type == Character.UNASSIGNED) {
      return Property.DISALLOWED;
    }
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '-') {
      return Property.PVALID;
    }
    if (cp == 0x200C || cp == 0x200D) {
      return Property.CONTEXTJ;
    }
    if (unstable(cp) || ignorable(cp) || ignorableBlock(cp) || oldHangulJamo(cp)) {
      return Property.DISALLOWED;
    }
    switch (type) {
      case Character.LOWERCASE_LETTER:
      case Character.UPPERCASE_LETTER:
      case Character.OTHER_LETTER:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.MODIFIER_LETTER:
      case Character.NON_SPACING_MARK:
      case Character.COMBINING_SPACING_MARK:
        return Property.PVALID;
      default:
        return Property.DISALLOWED;
    }
  }

  /** NFKC(casefold(NFKC(cp))) differs from cp; case folding approximated by lower-casing. */
  private static boolean unstable(int cp) {
    String s = new String(Character.toChars(cp));
    String k = Normalizer.normalize(s, Normalizer.Form.NFKC);
    String folded = Normalizer.normalize(k.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
    return !folded.equals(s);
  }

  /** Default_Ignorable_Code_Point, White_Space or Noncharacter_Code_Point. */
  private static boolean ignorable(int cp) {
    return cp == 0x00AD
        || cp == 0x034F
        || cp == 0x061C
        || (cp >= 0x115F && cp <= 0x1160)
        || (cp >= 0x17B4 && cp <= 0x17B5)
        || (cp >= 0x180B && cp <= 0x180F)
        || (cp >= 0x200B && cp <= 0x200F)
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2060 && cp <= 0x206F)
        || cp == 0x3164
        || (cp >= 0xFE00 && cp <= 0xFE0F)
        || cp == 0xFEFF
        || cp == 0xFFA0
        || (cp >= 0xFFF0 && cp <= 0xFFF8)
        || (cp >= 0x1BCA0 && cp <= 0x1BCA3)
        || (cp >= 0x1D173 && cp <= 0x1D17A)
        || (cp >= 0xE0000 && cp <= 0xE0FFF)
        || Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || cp == 0x85
        || (cp >= 0xFDD0 && cp <= 0xFDEF)
        || (cp & 0xFFFE) == 0xFFFE;
  }

  private static boolean ignorableBlock(int cp) {
    Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
    return b == Character.UnicodeBlock.COMBINING_MARKS_FOR_SYMBOLS
        || b == Character.UnicodeBlock.MUSICAL_SYMBOLS
        || b == Character.UnicodeBlock.ANCIENT_GREEK_MUSICAL_NOTATION;
  }

  /** Hangul_Syllable_Type L, V or T. */
  private static boolean oldHangulJamo(int cp) {
    return (cp >= 0x1100 && cp <= 0x11FF)
        || (cp >= 0xA960 && cp <= 0xA97C)
        || (cp >= 0xD7B0 && cp <= 0xD7C6)
        || (cp >= 0xD7CB && cp <= 0xD7FB);
  }

  /** RFC 5892 appendix A.1 and A.2. */
  private static boolean contextJ(int[] u, int i) {
    if (i > 0 && virama(u[i - 1])) {
      return true;
    }
    if (u[i] == 0x200D) {
      return false;
    }
    int left = i - 1;
    while (left >= 0 && joiningType(u[left]) == 'T') {
      left--;
    }
    if (left < 0 || (joiningType(u[left]) != 'L' && joiningType(u[left]) != 'D')) {
      return false;
    }
    int right = i + 1;
    while (right < u.length && joiningType(u[right]) == 'T') {
      right++;
    }
    return right < u.length && (joiningType(u[right]) == 'R' || joiningType(u[right]) == 'D');
  }

  /** RFC 5892 appendix A.3 to A.9. */
  private static boolean contextO(int[] u, int i) {
    int cp = u[i];
    if (cp == 0x00B7) {
      return i > 0 && i < u.length - 1 && u[i - 1] == 'l' && u[i + 1] == 'l';
    }
    if (cp == 0x0375) {
      return i < u.length - 1
          && Character.UnicodeScript.of(u[i + 1]) == Character.UnicodeScript.GREEK;
    }
    if (cp == 0x05F3 || cp == 0x05F4) {
      return i > 0 && Character.UnicodeScript.of(u[i - 1]) == Character.UnicodeScript.HEBREW;
    }
    if (cp == 0x30FB) {
      for (int c : u) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        if (s == Character.UnicodeScript.HIRAGANA
            || s == Character.UnicodeScript.KATAKANA
            || s == Character.UnicodeScript.HAN) {
          return true;
        }
      }
      return false;
    }
    boolean arabicIndic = cp >= 0x0660 && cp <= 0x0669;
    for (int c : u) {
      if (arabicIndic ? (c >= 0x06F0 && c <= 0x06F9) : (c >= 0x0660 && c <= 0x0669)) {
        return false;
      }
    }
    return true;
  }

  /** Canonical_Combining_Class Virama (9). */
  private static boolean virama(int cp) {
    switch (cp) {
      case 0x094D:
      case 0x09CD:
      case 0x0A4D:
      case 0x0ACD:
      case 0x0B4D:
      case 0x0BCD:
      case 0x0C4D:
      case 0x0CCD:
      case 0x0D3B:
      case 0x0D3C:
      case 0x0D4D:
      case 0x0DCA:
      case 0x0E3A:
      case 0x0EBA:
      case 0x0F84:
      case 0x1039:
      case 0x103A:
      case 0x1714:
      case 0x1734:
      case 0x17D2:
      case 0x1A60:
      case 0x1B44:
      case 0x1BAA:
      case 0x1BAB:
      case 0x1BF2:
      case 0x1BF3:
      case 0x2D7F:
      case 0xA806:
      case 0xA8C4:
      case 0xA953:
      case 0xA9C0:
      case 0xAAF6:
      case 0xABED:
      case 0x10A3F:
      case 0x11046:
      case 0x1107F:
      case 0x110B9:
      case 0x11133:
      case 0x11134:
      case 0x111C0:
      case 0x11235:
      case 0x112EA:
      case 0x1134D:
      case 0x11442:
      case 0x114C2:
      case 0x115BF:
      case 0x1163F:
      case 0x116B6:
      case 0x1172B:
      case 0x11839:
      case 0x119E0:
      case 0x11A34:
      case 0x11A47:
      case 0x11A99:
      case 0x11C3F:
      case 0x11D44:
      case 0x11D45:
      case 0x11D97:
        return true;
      default:
        return false;
    }
  }

  /** Joining_Type: 'D', 'R', 'L', 'T' or 'U' (see the class comment for its coverage). */
  private static char joiningType(int cp) {
    int type = Character.getType(cp);
    if (cp != 0x200C
        && cp != 0x200D
        && (type == Character.NON_SPACING_MARK
            || type == Character.ENCLOSING_MARK
            || type == Character.FORMAT)) {
      return 'T';
    }
    if ((cp >= 0x0622 && cp <= 0x0625)
        || cp == 0x0627
        || cp == 0x0629
        || (cp >= 0x062F && cp <= 0x0632)
        || cp == 0x0648
        || (cp >= 0x0671 && cp <= 0x0673)
        || (cp >= 0x0675 && cp <= 0x0677)
        || (cp >= 0x0688 && cp <= 0x0699)
        || cp == 0x06C0
        || (cp >= 0x06C3 && cp <= 0x06CB)
        || cp == 0x06CD
        || cp == 0x06CF
        || (cp >= 0x06D2 && cp <= 0x06D3)
        || cp == 0x06D5
        || (cp >= 0x06EE && cp <= 0x06EF)
        || cp == 0x0710
        || (cp >= 0x0715 && cp <= 0x0719)
        || cp == 0x071E
        || cp == 0x0728
        || cp == 0x072A
        || cp == 0x072C
        || cp == 0x072F) {
      return 'R';
    }
    if (cp == 0x0620
        || cp == 0x0626
        || cp == 0x0628
        || (cp >= 0x062A && cp <= 0x062E)
        || (cp >= 0x0633 && cp <= 0x063F)
        || (cp >= 0x0641 && cp <= 0x0647)
        || (cp >= 0x0649 && cp <= 0x064A)
        || (cp >= 0x066E && cp <= 0x066F)
        || (cp >= 0x0678 && cp <= 0x0687)
        || (cp >= 0x069A && cp <= 0x06BF)
        || (cp >= 0x06C1 && cp <= 0x06C2)
        || cp == 0x06CC
        || cp == 0x06CE
        || (cp >= 0x06D0 && cp <= 0x06D1)
        || (cp >= 0x06FA && cp <= 0x06FC)
        || cp == 0x06FF
        || (cp >= 0x0712 && cp <= 0x072E)
        || (cp >= 0x0750 && cp <= 0x077F)
        || (cp >= 0x07CA && cp <= 0x07EA)
        || (cp >= 0x1820 && cp <= 0x1878)) {
      return 'D';
    }
    return 'U';
  }

  /** RFC 3492 decoding; null when the input is not valid Punycode. */
  static int[] decode(String input) {
    int n = 128;
    int i = 0;
    int bias = 72;
    int b = input.lastIndexOf('-');
    int[] out = new int[input.length()];
    int size = 0;
    for (int j = 0; j < Math.max(b, 0); j++) {
      char c = input.charAt(j);
      if (c >= 0x80) {
        return null;
      }
      out[size++] = c;
    }
    int in = b > 0 ? b + 1 : 0;
    while (in < input.length()) {
      int oldi = i;
      int w = 1;
      for (int k = BASE; ; k += BASE) {
        if (in >= input.length()) {
          return null;
        }
        int digit = digit(input.charAt(in++));
        if (digit < 0 || digit > (Integer.MAX_VALUE - i) / w) {
          return null;
        }
        i += digit * w;
        int t = k <= bias ? T_MIN : (k >= bias + T_MAX ? T_MAX : k - bias);
        if (digit < t) {
          break;
        }
        if (w > Integer.MAX_VALUE / (BASE - t)) {
          return null;
        }
        w *= BASE - t;
      }
      int length = size + 1;
      bias = adapt(i - oldi, length, oldi == 0);
      if (i / length > Integer.MAX_VALUE - n) {
        return null;
      }
      n += i / length;
      i %= length;
      if (n > Character.MAX_CODE_POINT || (n >= 0xD800 && n <= 0xDFFF)) {
        return null;
      }
      System.arraycopy(out, i, out, i + 1, size - i);
      out[i++] = n;
      size++;
    }
    int[] result = new int[size];
    System.arraycopy(out, 0, result, 0, size);
    return result;
  }

  private static int adapt(int delta, int points, boolean first) {
    delta = first ? delta / 700 : delta / 2;
    delta += delta / points;
    int k = 0;
    while (delta > ((BASE - T_MIN) * T_MAX) / 2) {
      delta /= BASE - T_MIN;
      k += BASE;
    }
    return k + (BASE - T_MIN + 1) * delta / (delta + 38);
  }

  private static int digit(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 26;
    }
    return -1;
  }
}
