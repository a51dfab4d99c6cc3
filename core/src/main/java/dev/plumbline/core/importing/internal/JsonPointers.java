package dev.plumbline.core.importing.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** JSON pointers (RFC 6901) and their form as URI fragments. */
final class JsonPointers {
  private static final String FRAGMENT_SAFE =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*,;=:@/";

  private JsonPointers() {}

  /** The pointer to a member of the node at {@code pointer}. */
  static String child(String pointer, String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer to an item of the array at {@code pointer}. */
  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** The last segment of a non-empty pointer, unescaped. */
  static String lastSegment(String pointer) {
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    return last.replace("~1", "/").replace("~0", "~");
  }

  /** The pointer a URI fragment (without {@code #}) spells, percent-decoded; empty if malformed. */
  static Optional<String> decodeFragment(String fragment) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < fragment.length(); i++) {
      char c = fragment.charAt(i);
      if (c == '%') {
        if (i + 2 >= fragment.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(fragment.charAt(i + 1), 16);
        int lo = Character.digit(fragment.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < fragment.length()) {
          b = fragment.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.write(b, 0, b.length);
      }
    }
    return Optional.of(bytes.toString(StandardCharsets.UTF_8));
  }

  /** The {@code $ref} value ({@code #} and a percent-encoded fragment) for a pointer. */
  static String toRef(String pointer) {
    StringBuilder out = new StringBuilder("#");
    for (byte b : pointer.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && FRAGMENT_SAFE.indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
