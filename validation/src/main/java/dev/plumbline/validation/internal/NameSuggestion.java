package dev.plumbline.validation.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Declared names, prepared once, for suggesting the one a misspelt name most likely meant in the
 * messages of unplanned events and undeclared properties. Immutable and thread-safe; only ever
 * consulted on the invalid path.
 *
 * <pre>{@code
 * NameSuggestion events = NameSuggestion.of(List.of("Product Added", "Order Completed"));
 * events.closest("Prodcut Added");   // Optional["Product Added"]: one swap of neighbours
 * events.closest("order_completed"); // Optional["Order Completed"]: the same but for case and "_"
 * events.closest("Refund Issued");   // Optional.empty()
 * NameSuggestion.of(List.of("com.acme/add_to_basket")).closest("add_to_basket");
 *     // Optional["com.acme/add_to_basket"]: an imported Iglu name without its vendor
 * }</pre>
 *
 * <p>Names are compared ignoring case, spaces, underscores, hyphens and dots; a declared name whose
 * last {@code /} segment matches also counts. Otherwise the closest declared name within a small
 * edit distance (insertions, deletions, substitutions and swaps of neighbours: 1 for names up to 4
 * characters, 2 up to 12, 3 beyond) is suggested; among equally close names the first in name order
 * (not declaration order: a plan read back from its manifest lists its names by name and must
 * suggest the same).
 */
public final class NameSuggestion {
  private final String[] names;
  private final char[][] keys;
  private final char[][] lastSegmentKeys;

  /** For each name, the characters of its key as bits (see {@link #signature}). */
  private final long[] signatures;

  private final int longest;

  /** The indices of the names in name order: the order in which they are tried. */
  private final int[] order;

  private NameSuggestion(List<String> names) {
    this.names = names.toArray(new String[0]);
    this.keys = new char[this.names.length][];
    this.lastSegmentKeys = new char[this.names.length][];
    this.signatures = new long[this.names.length];
    int max = 0;
    for (int i = 0; i < this.names.length; i++) {
      String name = this.names[i];
      keys[i] = key(name);
      int slash = name.lastIndexOf('/');
      lastSegmentKeys[i] = slash < 0 ? keys[i] : key(name.substring(slash + 1));
      signatures[i] = signature(keys[i]);
      max = Math.max(max, keys[i].length);
    }
    this.longest = max;
    this.order =
        IntStream.range(0, this.names.length)
            .boxed()
            .sorted(Comparator.comparing(i -> this.names[i]))
            .mapToInt(Integer::intValue)
            .toArray();
  }

  /** The declared names; indices in {@link #closestIndex} refer to this list. */
  public static NameSuggestion of(List<String> names) {
    return new NameSuggestion(names);
  }

  /** The declared name closest to {@code name}, if one is close enough; never {@code name}. */
  public Optional<String> closest(String name) {
    int i = closestIndex(name, null);
    return i < 0 ? Optional.empty() : Optional.of(names[i]);
  }

  /**
   * The index of the declared name closest to {@code name} among those whose entry in {@code
   * present} is null (all of them when {@code present} is null), or -1.
   */
  public int closestIndex(String name, Object[] present) {
    char[] key = key(name);
    if (key.length == 0) {
      return -1;
    }
    int limit = key.length <= 4 ? 1 : key.length <= 12 ? 2 : 3;
    int best = -1;
    int bestDistance = limit + 1;
    long signature = signature(key);
    int[] rows = null;
    for (int i : order) {
      if ((present != null && present[i] != null) || names[i].equals(name)) {
        continue;
      }
      char[] other = keys[i];
      if (Arrays.equals(other, key) || Arrays.equals(lastSegmentKeys[i], key)) {
        return i;
      }
      if (Math.abs(other.length - key.length) >= bestDistance
          || Long.bitCount(signature & ~signatures[i]) >= bestDistance
          || Long.bitCount(signatures[i] & ~signature) >= bestDistance) {
        continue; // each edit adds or removes at most one character: too far to be the closest
      }
      if (rows == null) {
        rows = new int[3 * (longest + 1)];
      }
      int d = distance(key, other, bestDistance, rows);
      if (d < bestDistance) {
        best = i;
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * The set of a key's characters, each as bit {@code c % 64}. Characters that one key has and the
   * other lacks need an edit each, and sharing a bit only hides differences, so the bits set in one
   * signature and not the other are a lower bound of the distance.
   */
  static long signature(char[] key) {
    long bits = 0;
    for (char c : key) {
      bits |= 1L << c; // shifts use the low six bits: c % 64
    }
    return bits;
  }

  /** Lower case, without spaces, underscores, hyphens and dots. */
  static char[] key(String name) {
    char[] out = new char[name.length()];
    int n = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != ' ' && c != '_' && c != '-' && c != '.') {
        out[n++] = Character.toLowerCase(c);
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /**
   * The optimal string alignment distance (Damerau-Levenshtein without editing a substring twice),
   * or any value {@code >= cap} once it is certain to reach {@code cap}. {@code rows} holds at
   * least {@code 3 * (b.length + 1)} values; its contents do not matter.
   */
  static int distance(char[] a, char[] b, int cap, int[] rows) {
    int n = a.length;
    int m = b.length;
    if (Math.abs(n - m) >= cap) {
      return cap;
    }
    int width = m + 1;
    int before = 0; // row i - 2
    int previous = width; // row i - 1
    int current = 2 * width; // row i
    for (int j = 0; j <= m; j++) {
      rows[previous + j] = j;
    }
    for (int i = 1; i <= n; i++) {
      rows[current] = i;
      int rowMin = i;
      char ai = a[i - 1];
      for (int j = 1; j <= m; j++) {
        int cost = ai == b[j - 1] ? 0 : 1;
        int d =
            Math.min(
                Math.min(rows[previous + j] + 1, rows[current + j - 1] + 1),
                rows[previous + j - 1] + cost);
        if (i > 1 && j > 1 && ai == b[j - 2] && a[i - 2] == b[j - 1]) {
          d = Math.min(d, rows[before + j - 2] + 1);
        }
        rows[current + j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin >= cap) {
        return cap;
      }
      int t = before;
      before = previous;
      previous = current;
      current = t;
    }
    return rows[previous + m];
  }
}
