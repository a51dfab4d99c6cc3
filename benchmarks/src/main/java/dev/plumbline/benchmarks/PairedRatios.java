package dev.plumbline.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Ratios of {@link ValidationBenchmark} measured in interleaved rounds, for machines whose speed
 * drifts. A plain JMH run measures all forks of one validator, then all of the next, so a slow
 * spell of the machine lands on one of them and moves the ratio. Here every round runs one short
 * fork of each validator back to back (in a rotating order) and computes the round's ratios; the
 * result is the median ratio over the rounds, with the lowest and highest.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.plumbline.benchmarks.PairedRatios 10
 * </pre>
 *
 * <p>Arguments: the number of rounds (default 10), then the datasets (default {@code valid
 * mixed10}). Each fork warms up like the plain run (4 x 2 s) and measures 4 x 2 s; ten rounds of
 * both datasets take about 20 minutes.
 */
public final class PairedRatios {
  static final List<String> VALIDATORS = List.of("plumbline", "everit", "networknt");

  private PairedRatios() {}

  public static void main(String[] args) throws RunnerException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    List<String> datasets =
        args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of("valid", "mixed10");
    for (String dataset : datasets) {
      List<Map<String, Double>> results = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        Map<String, Double> round = new LinkedHashMap<>();
        for (int k = 0; k < VALIDATORS.size(); k++) {
          String validator = VALIDATORS.get((r + k) % VALIDATORS.size());
          round.put(validator, measure(validator, dataset));
        }
        results.add(round);
        System.out.printf(
            Locale.ROOT,
            "%s round %d: plumbline %.0f ns, everit %.0f ns, networknt %.0f ns%n",
            dataset,
            r + 1,
            round.get("plumbline"),
            round.get("everit"),
            round.get("networknt"));
      }
      for (String other : VALIDATORS.subList(1, VALIDATORS.size())) {
        System.out.println(dataset + ": " + summary(other, ratios(results, other, "plumbline")));
      }
    }
  }

  private static double measure(String validator, String dataset) throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(ValidationBenchmark.class.getName() + "." + validator + "$")
            .param("dataset", dataset)
            .forks(1)
            .warmupIterations(4)
            .warmupTime(TimeValue.seconds(2))
            .measurementIterations(4)
            .measurementTime(TimeValue.seconds(2))
            .verbosity(VerboseMode.SILENT)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    return results.iterator().next().getPrimaryResult().getScore();
  }

  /** Per round, how many times slower {@code slower} was than {@code faster}. */
  static double[] ratios(List<Map<String, Double>> rounds, String slower, String faster) {
    return rounds.stream().mapToDouble(r -> r.get(slower) / r.get(faster)).toArray();
  }

  /** {@code everit: median 10.4x over 10 rounds (lowest 8.9x, highest 12.1x)}. */
  static String summary(String name, double[] ratios) {
    double[] sorted = ratios.clone();
    Arrays.sort(sorted);
    return String.format(
        Locale.ROOT,
        "%s median %.1fx over %d rounds (lowest %.1fx, highest %.1fx)",
        name,
        median(sorted),
        sorted.length,
        sorted[0],
        sorted[sorted.length - 1]);
  }

  /** The median of sorted values (the mean of the middle two for an even count). */
  static double median(double[] sorted) {
    int n = sorted.length;
    if (n == 0) {
      throw new IllegalArgumentException("no values");
    }
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
