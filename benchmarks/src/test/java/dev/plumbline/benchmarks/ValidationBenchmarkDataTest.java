package dev.plumbline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The benchmark compares equal work: its data and the agreement check of its setup. */
class ValidationBenchmarkDataTest {
  private final StorefrontDataset data = StorefrontDataset.load();

  @Test
  void validDataIsEveryAcceptedPlannedLineButEveritsIntegerDeviations() {
    assertThat(data.valid()).hasSize(262).allMatch(StorefrontDataset.Event::plumblineValid);
    // quantity 2.0 / 1.0 from the iOS app: an integer for draft-07, not for everit
    assertThat(data.excluded()).extracting(StorefrontDataset.Event::line).containsExactly(104, 196);
    assertThat(data.invalid())
        .hasSize(20)
        .noneMatch(StorefrontDataset.Event::plumblineValid)
        .extracting(StorefrontDataset.Event::line)
        .contains(16, 41, 43, 61, 64, 103, 203, 284, 292)
        .doesNotContain(8, 164, 207); // not an object, unplanned, not JSON
  }

  @Test
  void mixedDataHasEveryTenthEventInvalid() {
    ImmutableList<StorefrontDataset.Event> mixed = data.mixed(10);
    List<Boolean> verdicts =
        mixed.stream().map(StorefrontDataset.Event::plumblineValid).collect(Collectors.toList());
    for (int i = 0; i < verdicts.size(); i++) {
      assertThat(verdicts.get(i)).as("event %d", i).isEqualTo(i % 10 != 9);
    }
    assertThat(mixed).hasSize(262 + 262 / 9);
  }

  @Test
  void setUpFindsThatAllThreeValidatorsAgreeOnEveryDataset() {
    for (String dataset : List.of("valid", "mixed10", "invalid")) {
      ValidationBenchmark benchmark = new ValidationBenchmark();
      benchmark.dataset = dataset;
      assertThatCode(benchmark::setUp).as(dataset).doesNotThrowAnyException();
    }
  }

  @Test
  void anUnknownDatasetIsRefused() {
    ValidationBenchmark benchmark = new ValidationBenchmark();
    benchmark.dataset = "mixed5";
    assertThatThrownBy(benchmark::setUp)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown dataset mixed5");
  }
}
