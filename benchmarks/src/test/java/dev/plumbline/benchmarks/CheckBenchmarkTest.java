package dev.plumbline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckBenchmarkTest {

  @Test
  void everyValueTheChecksAreTimedOnIsValid() throws Exception {
    CheckBenchmark benchmark = new CheckBenchmark();
    benchmark.setUp();
    for (int i = 0; i < 3; i++) {
      assertThat(benchmark.skuPattern()).isTrue();
      assertThat(benchmark.uriFormat()).isTrue();
      assertThat(benchmark.emailFormat()).isTrue();
      assertThat(benchmark.productObject()).isTrue();
    }
  }
}
