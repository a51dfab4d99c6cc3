package dev.plumbline.benchmarks;

import dev.plumbline.core.Pipeline;
import dev.plumbline.core.manifest.Manifest;
import dev.plumbline.core.manifest.Manifests;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compiling a large plan: 2,000 events x 30 properties. Goal: under 1 s for declare + check +
 * compile to the canonical manifest.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CompileBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
public class CompileBenchmark {

  @Param({"2000"})
  int events;

  @Param({"30"})
  int properties;

  private Pipeline pipeline;

  @Setup
  public void setUp() {
    pipeline = LargePlans.pipeline(events, properties);
  }

  /** DSL declaration and the model's checks (what {@code build()} costs). */
  @Benchmark
  public Pipeline declare() {
    return LargePlans.pipeline(events, properties);
  }

  /** Compile a built pipeline to canonical JSON with both digests. */
  @Benchmark
  public Manifest compile() {
    return Manifests.compile(pipeline);
  }

  /** Everything a `plumbline compile` does: declare, check, compile. */
  @Benchmark
  public Manifest declareAndCompile() {
    return Manifests.compile(LargePlans.pipeline(events, properties));
  }

  /** Load a compiled manifest back into the model (parse, build, check, verify digests). */
  @Benchmark
  public Manifest load(LoadState state) {
    return Manifests.load(state.bytes);
  }

  /** A compiled manifest's bytes. */
  @State(Scope.Benchmark)
  public static class LoadState {
    byte[] bytes;

    @Setup
    public void setUp(CompileBenchmark outer) {
      bytes = Manifests.compile(LargePlans.pipeline(outer.events, outer.properties)).bytes();
    }
  }
}
