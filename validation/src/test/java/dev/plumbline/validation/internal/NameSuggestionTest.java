package dev.plumbline.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class NameSuggestionTest {
  private static final List<String> EVENTS =
      List.of("Product Added", "Product Viewed", "Order Completed", "Cart Viewed");

  @Test
  void should_suggest_the_name_with_one_or_two_slips() {
    assertThat(NameSuggestion.closest("Prodcut Added", EVENTS)).contains("Product Added");
    assertThat(NameSuggestion.closest("Order Complete", EVENTS)).contains("Order Completed");
    assertThat(NameSuggestion.closest("Crt Vewed", EVENTS)).contains("Cart Viewed");
  }

  @Test
  void should_ignore_case_separators_and_an_iglu_vendor() {
    assertThat(NameSuggestion.closest("order_completed", EVENTS)).contains("Order Completed");
    assertThat(NameSuggestion.closest("PRODUCT-VIEWED", EVENTS)).contains("Product Viewed");
    assertThat(NameSuggestion.closest("add_to_basket", List.of("com.acme/add_to_basket")))
        .contains("com.acme/add_to_basket");
  }

  @Test
  void should_suggest_nothing_far_away_or_for_the_name_itself() {
    assertThat(NameSuggestion.closest("Refund Issued", EVENTS)).isEmpty();
    assertThat(NameSuggestion.closest("Cart Viewed", List.of("Cart Viewed"))).isEmpty();
    assertThat(NameSuggestion.closest("", EVENTS)).isEmpty();
    assertThat(NameSuggestion.closest("__", EVENTS)).isEmpty();
    // Short names allow one slip only.
    assertThat(NameSuggestion.closest("qty", List.of("sku"))).isEmpty();
    assertThat(NameSuggestion.closest("sk", List.of("sku"))).contains("sku");
  }

  @Test
  void should_prefer_the_closest_then_the_first_declared() {
    assertThat(NameSuggestion.closest("Product Viewe", EVENTS)).contains("Product Viewed");
    assertThat(NameSuggestion.closest("ab", List.of("ax", "ay"))).contains("ax");
  }

  /** The full optimal string alignment matrix, without the early exits. */
  private static int reference(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  @Property(tries = 3000)
  void distanceIsTheAlignmentDistanceBelowTheCap(
      @ForAll @StringLength(max = 9) @CharRange(from = 'a', to = 'd') String a,
      @ForAll @StringLength(max = 9) @CharRange(from = 'a', to = 'd') String b,
      @ForAll @IntRange(min = 1, max = 10) int cap) {
    int expected = reference(a, b);
    int actual = NameSuggestion.distance(a, b, cap);
    if (expected < cap) {
      assertThat(actual).isEqualTo(expected);
    } else {
      assertThat(actual).isGreaterThanOrEqualTo(cap);
    }
  }
}
