package dev.plumbline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairedRatiosTest {

  @Test
  void ratiosArePairedWithinEachRound() {
    List<Map<String, Double>> rounds =
        List.of(
            Map.of("plumbline", 300.0, "everit", 3300.0),
            Map.of("plumbline", 400.0, "everit", 3600.0),
            Map.of("plumbline", 250.0, "everit", 3000.0));
    assertThat(PairedRatios.ratios(rounds, "everit", "plumbline")).containsExactly(11.0, 9.0, 12.0);
  }

  @Test
  void summaryGivesMedianLowestAndHighest() {
    assertThat(PairedRatios.summary("everit", new double[] {11.0, 9.0, 12.0}))
        .isEqualTo("everit median 11.0x over 3 rounds (lowest 9.0x, highest 12.0x)");
    assertThat(PairedRatios.summary("networknt", new double[] {8.0, 10.0, 9.0, 12.0}))
        .isEqualTo("networknt median 9.5x over 4 rounds (lowest 8.0x, highest 12.0x)");
  }

  @Test
  void medianOfNothingIsAnError() {
    assertThatThrownBy(() -> PairedRatios.median(new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no values");
  }
}
