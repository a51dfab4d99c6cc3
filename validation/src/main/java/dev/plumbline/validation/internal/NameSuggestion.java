package dev.plumbline.validation.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The declared name a misspelt one most likely meant, for the messages of unplanned events and
 * properties. Only ever runs on the invalid path.
 *
 * <pre>{@code
 * NameSuggestion.closest("Prodcut Added", List.of("Product Added", "Product Viewed"))
 *     // Optional["Product Added"]: one transposition
 * NameSuggestion.closest("order completed", List.of("Order Completed"))
 *     // Optional["Order Completed"]: the same but for case
 * NameSuggestion.closest("add_to_basket", List.of("com.acme/add_to_basket"))
 *     // Optional["com.acme/add_to_basket"]: an imported Iglu name without its vendor
 * NameSuggestion.closest("refund", List.of("Order Completed"))  // Optional.empty()
 * }</pre>
 *
 * <p>Names are compared ignoring case, spaces, underscores, hyphens and dots; a declared name whose
 * last {@code /} segment matches also counts. Otherwise the closest declared name within a small
 * edit distance (insertions, deletions, substitutions and swaps of neighbours: 1 for names up to 4
 * characters, 2 up to 12, 3 beyond) is suggested; among equally close names the first declared.
 */
public final class NameSuggestion {
  private NameSuggestion() {}

  /** The declared name closest to {@code name}, if one is close enough; never {@code name}. */
  public static Optional<String> closest(String name, Iterable<String> declared) {
    String key = normalised(name);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    int limit = key.length() <= 4 ? 1 : key.length() <= 12 ? 2 : 3;
    String best = null;
    int bestDistance = limit + 1;
    for (String candidate : declared) {
      if (candidate.equals(name)) {
        continue;
      }
      String other = normalised(candidate);
      if (other.equals(key) || normalised(lastSegment(candidate)).equals(key)) {
        return Optional.of(candidate);
      }
      int d = distance(key, other, bestDistance);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String lastSegment(String name) {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /** Lower case, without spaces, underscores, hyphens and dots. */
  static String normalised(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != ' ' && c != '_' && c != '-' && c != '.') {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The optimal string alignment distance (Damerau-Levenshtein without editing a substring twice),
   * or any value {@code >= cap} once it is certain to reach {@code cap}.
   */
  static int distance(String a, String b, int cap) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) >= cap) {
      return cap;
    }
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = i;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin >= cap) {
        return cap;
      }
      int[] t = before;
      before = previous;
      previous = current;
      current = t;
    }
    return previous[m];
  }
}
