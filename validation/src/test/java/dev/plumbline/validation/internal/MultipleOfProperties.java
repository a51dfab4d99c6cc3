package dev.plumbline.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The allocation-free paths of {@code multipleOf} give the exact path's answer. */
class MultipleOfProperties {

  @Provide
  Arbitrary<BigDecimal> steps() {
    return Arbitraries.oneOf(
        Arbitraries.of("0.01", "0.05", "0.25", "0.1", "0.001", "2.5", "0.3", "0.07", "1.5e-10")
            .map(BigDecimal::new),
        Arbitraries.integers()
            .between(1, 999)
            .flatMap(
                u -> Arbitraries.integers().between(1, 16).map(s -> BigDecimal.valueOf(u, s))));
  }

  @Provide
  Arbitrary<JsonNode> numbers() {
    Arbitrary<JsonNode> decimals =
        Arbitraries.longs()
            .between(-100_000_000_000_000_000L, 100_000_000_000_000_000L)
            .flatMap(
                n ->
                    Arbitraries.integers()
                        .between(0, 18)
                        .map(k -> (JsonNode) DoubleNode.valueOf(n / Math.pow(10, k))));
    Arbitrary<JsonNode> smallDecimals =
        Arbitraries.integers()
            .between(-1_000_000, 1_000_000)
            .flatMap(
                n ->
                    Arbitraries.integers()
                        .between(0, 4)
                        .map(k -> (JsonNode) DoubleNode.valueOf(n / Math.pow(10, k))));
    return Arbitraries.oneOf(
        decimals,
        smallDecimals,
        Arbitraries.doubles().map(d -> (JsonNode) DoubleNode.valueOf(d)),
        Arbitraries.floats().map(f -> (JsonNode) FloatNode.valueOf(f)),
        Arbitraries.longs().map(l -> (JsonNode) LongNode.valueOf(l)),
        Arbitraries.longs()
            .between(-1_000_000, 1_000_000)
            .map(l -> (JsonNode) LongNode.valueOf(l)));
  }

  @Property(tries = 5000)
  void fastPathsAreExact(@ForAll("steps") BigDecimal step, @ForAll("numbers") JsonNode number) {
    MultipleOf m = new MultipleOf(step);
    boolean exact =
        !JsonValues.isInfinite(number) && MultipleOf.isMultiple(JsonValues.exact(number), step);
    assertThat(m.test(number)).as("%s multiple of %s", number, step).isEqualTo(exact);
  }

  @Test
  void exhaustiveCentsAreExact() {
    MultipleOf cents = new MultipleOf(new BigDecimal("0.01"));
    MultipleOf nickels = new MultipleOf(new BigDecimal("0.05"));
    for (int n = -200_000; n <= 200_000; n++) {
      for (double divisor : new double[] {1, 10, 100, 1000}) {
        JsonNode v = DoubleNode.valueOf(n / divisor);
        BigDecimal x = JsonValues.exact(v);
        assertThat(cents.test(v)).as("%s", v).isEqualTo(MultipleOf.isMultiple(x, cents.step));
        assertThat(nickels.test(v)).as("%s", v).isEqualTo(MultipleOf.isMultiple(x, nickels.step));
      }
    }
  }

  /** The exact test answers as BigDecimal's own remainder does, on values of any scale. */
  @Property(tries = 3000)
  void isMultipleAgreesWithTheRemainder(
      @ForAll("unscaled") java.math.BigInteger u,
      @ForAll @net.jqwik.api.constraints.IntRange(min = -30, max = 30) int scale,
      @ForAll("steps") BigDecimal step) {
    BigDecimal x = new BigDecimal(u, scale);
    assertThat(MultipleOf.isMultiple(x, step))
        .as("%s multiple of %s", x, step)
        .isEqualTo(x.remainder(step).signum() == 0);
    BigDecimal withZeros = x.setScale(scale + 5);
    assertThat(MultipleOf.isMultiple(withZeros, step)).isEqualTo(x.remainder(step).signum() == 0);
    assertThat(JsonValues.isIntegral(com.fasterxml.jackson.databind.node.DecimalNode.valueOf(x)))
        .as("%s integral", x)
        .isEqualTo(x.remainder(BigDecimal.ONE).signum() == 0);
  }

  @Provide
  Arbitrary<java.math.BigInteger> unscaled() {
    return Arbitraries.oneOf(
        Arbitraries.bigIntegers()
            .between(
                java.math.BigInteger.valueOf(-1_000_000), java.math.BigInteger.valueOf(1_000_000)),
        Arbitraries.integers()
            .between(0, 40)
            .flatMap(
                zeros ->
                    Arbitraries.integers()
                        .between(-999, 999)
                        .map(
                            n ->
                                java.math.BigInteger.valueOf(n)
                                    .multiply(java.math.BigInteger.TEN.pow(zeros)))));
  }

  /** A hang guard, not a speed check: stripping the zeros of 10^100000 took seconds. */
  @Test
  @org.junit.jupiter.api.Timeout(
      value = 60,
      threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
  void hugeIntegersBuiltInCodeAreJudgedWithoutExpandingThem() {
    java.math.BigInteger huge = java.math.BigInteger.TEN.pow(100_000);
    for (int i = 0; i < 20; i++) {
      assertThat(
              new MultipleOf(new BigDecimal("0.01"))
                  .test(com.fasterxml.jackson.databind.node.BigIntegerNode.valueOf(huge)))
          .isTrue();
      assertThat(
              new MultipleOf(new BigDecimal("7"))
                  .test(com.fasterxml.jackson.databind.node.BigIntegerNode.valueOf(huge)))
          .isFalse();
      assertThat(
              JsonValues.isIntegral(
                  com.fasterxml.jackson.databind.node.DecimalNode.valueOf(
                      new BigDecimal(huge, 50_000))))
          .isTrue();
    }
  }
}
