package dev.plumbline.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class NameSuggestionTest {
  private static final NameSuggestion EVENTS =
      NameSuggestion.of(
          List.of("Product Added", "Product Viewed", "Order Completed", "Cart Viewed"));

  private static Optional<String> closest(String name, List<String> names) {
    return NameSuggestion.of(names).closest(name);
  }

  @Test
  void should_suggest_the_name_with_one_or_two_slips() {
    assertThat(EVENTS.closest("Prodcut Added")).contains("Product Added");
    assertThat(EVENTS.closest("Order Complete")).contains("Order Completed");
    assertThat(EVENTS.closest("Crt Vewed")).contains("Cart Viewed");
  }

  @Test
  void should_ignore_case_separators_and_an_iglu_vendor() {
    assertThat(EVENTS.closest("order_completed")).contains("Order Completed");
    assertThat(EVENTS.closest("PRODUCT-VIEWED")).contains("Product Viewed");
    assertThat(closest("add_to_basket", List.of("com.acme/add_to_basket")))
        .contains("com.acme/add_to_basket");
  }

  @Test
  void should_suggest_nothing_far_away_or_for_the_name_itself() {
    assertThat(EVENTS.closest("Refund Issued")).isEmpty();
    assertThat(closest("Cart Viewed", List.of("Cart Viewed"))).isEmpty();
    assertThat(EVENTS.closest("")).isEmpty();
    assertThat(EVENTS.closest("__")).isEmpty();
    // Short names allow one slip only.
    assertThat(closest("qty", List.of("sku"))).isEmpty();
    assertThat(closest("sk", List.of("sku"))).contains("sku");
  }

  @Test
  void should_only_consider_names_whose_value_is_absent() {
    NameSuggestion props = NameSuggestion.of(List.of("coupon", "currency", "country"));
    assertThat(props.closestIndex("cupon", null)).isZero();
    assertThat(props.closestIndex("cupon", new Object[] {"present", null, null})).isEqualTo(-1);
    assertThat(props.closestIndex("countr", new Object[] {null, null, null})).isEqualTo(2);
    assertThat(props.closestIndex("countr", new Object[] {null, null, "present"})).isEqualTo(-1);
  }

  @Test
  void should_prefer_the_closest_then_the_first_declared() {
    assertThat(EVENTS.closest("Product Viewe")).contains("Product Viewed");
    assertThat(closest("ab", List.of("ax", "ay"))).contains("ax");
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
  void signaturesNeverOverstateTheDistance(
      @ForAll @StringLength(max = 9) @CharRange(from = 'a', to = 'z') String a,
      @ForAll @StringLength(max = 9) @CharRange(from = '0', to = 'z') String b) {
    long sa = NameSuggestion.signature(a.toCharArray());
    long sb = NameSuggestion.signature(b.toCharArray());
    int bound = Math.max(Long.bitCount(sa & ~sb), Long.bitCount(sb & ~sa));
    assertThat(bound).isLessThanOrEqualTo(reference(a, b));
  }

  @Property(tries = 3000)
  void distanceIsTheAlignmentDistanceBelowTheCap(
      @ForAll @StringLength(max = 9) @CharRange(from = 'a', to = 'd') String a,
      @ForAll @StringLength(max = 9) @CharRange(from = 'a', to = 'd') String b,
      @ForAll @IntRange(min = 1, max = 10) int cap) {
    int expected = reference(a, b);
    int actual =
        NameSuggestion.distance(
            a.toCharArray(), b.toCharArray(), cap, new int[3 * (b.length() + 1)]);
    if (expected < cap) {
      assertThat(actual).isEqualTo(expected);
    } else {
      assertThat(actual).isGreaterThanOrEqualTo(cap);
    }
  }
}
