package dev.plumbline.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

/**
 * The bit-parallel matcher (its table over ASCII text and its simulation) gives RE2/J's {@code
 * find()} answer for random patterns of its subset and random texts, most of them built from the
 * pattern (so many match) and then mutated.
 */
class BitParallelPatternProperties {

  /** An atom as written in a pattern and some characters it accepts or nearly accepts. */
  private record Atom(String source, String[] samples) {}

  private static final Atom[] ATOMS = {
    new Atom("a", new String[] {"a", "b", "A"}),
    new Atom("Z", new String[] {"Z", "z"}),
    new Atom("0", new String[] {"0", "1"}),
    new Atom("-", new String[] {"-", "_"}),
    new Atom("_", new String[] {"_"}),
    new Atom("é", new String[] {"é", "e"}),
    new Atom("😀", new String[] {"😀", "😁", "\uD83D"}),
    new Atom("%", new String[] {"%"}),
    new Atom("/", new String[] {"/"}),
    new Atom("@", new String[] {"@", "."}),
    new Atom("\\.", new String[] {".", "a"}),
    new Atom("\\-", new String[] {"-"}),
    new Atom("\\+", new String[] {"+"}),
    new Atom("\\$", new String[] {"$"}),
    new Atom("\\d", new String[] {"0", "7", "a", "٣"}),
    new Atom("\\D", new String[] {"a", "0", "\n"}),
    new Atom("\\w", new String[] {"a", "Z", "_", "9", "-", "é"}),
    new Atom("\\W", new String[] {"-", "a", " ", "é", "😀"}),
    new Atom("\\s", new String[] {" ", "\t", "\n", "\r", "\f", "\u000B", "\u00A0", "a"}),
    new Atom("\\S", new String[] {"a", " ", "\n", "😀"}),
    new Atom("\\n", new String[] {"\n", "n"}),
    new Atom("\\t", new String[] {"\t"}),
    new Atom(".", new String[] {"a", "\n", "\r", "\u2028", "\u0085", "😀", "\uDE00", "é"}),
    new Atom("[A-Z]", new String[] {"A", "M", "Z", "a", "@", "["}),
    new Atom("[0-9]", new String[] {"0", "9", "/", ":"}),
    new Atom("[A-Z0-9_-]", new String[] {"B", "4", "_", "-", "a", " "}),
    new Atom("[a-c]", new String[] {"a", "c", "d"}),
    new Atom("[^a]", new String[] {"b", "a", "\n", "😀", "\uD800"}),
    new Atom("[^\\d]", new String[] {"x", "5", "\n"}),
    new Atom("[\\s.]", new String[] {" ", ".", "\n", "a"}),
    new Atom("[\\w.+-]", new String[] {"a", ".", "+", "-", "@"}),
    new Atom("[^@\\s]", new String[] {"a", "@", " ", "\n", "é"}),
    new Atom("[-a]", new String[] {"-", "a", "b"}),
    new Atom("[a-]", new String[] {"-", "a", "b"}),
    new Atom("[é-ü]", new String[] {"é", "ü", "ñ", "e", "ÿ"}),
    new Atom("[😀-😂]", new String[] {"😀", "😁", "😃", "\uD83D"}),
    new Atom("[^😀]", new String[] {"😀", "😁", "a", "\uD83D"}),
    new Atom("[\\D]", new String[] {"0", "a"}),
    new Atom("[\\W\\d]", new String[] {"0", "a", "-"}),
  };

  private static final String[] NOISE = {
    "a", "Z", "0", "9", "-", " ", "\n", "\r", ".", "é", "😀", "\uD83D", "\uDE00", "\u2028", "x"
  };

  /** A pattern with texts to search. */
  @Provide
  Arbitrary<Tuple2<String, List<String>>> cases() {
    return Arbitraries.randomValue(BitParallelPatternProperties::generate);
  }

  private static Tuple2<String, List<String>> generate(Random r) {
    int branches = r.nextInt(5) == 0 ? 2 + r.nextInt(2) : 1;
    StringBuilder pattern = new StringBuilder();
    List<List<String>> pieces = new ArrayList<>();
    for (int b = 0; b < branches; b++) {
      if (b > 0) {
        pattern.append('|');
      }
      boolean start = r.nextBoolean();
      boolean end = r.nextBoolean();
      if (start) {
        pattern.append('^');
      }
      int items = r.nextInt(6);
      List<String> samples = new ArrayList<>();
      StringBuilder matching = new StringBuilder();
      for (int i = 0; i < items; i++) {
        Atom atom = ATOMS[r.nextInt(ATOMS.length)];
        pattern.append(atom.source());
        int min;
        int max;
        switch (r.nextInt(9)) {
          case 0:
            pattern.append('?');
            min = 0;
            max = 1;
            break;
          case 1:
            pattern.append('*');
            min = 0;
            max = 4;
            break;
          case 2:
            pattern.append('+');
            min = 1;
            max = 4;
            break;
          case 3:
            min = r.nextInt(4);
            max = min;
            pattern.append('{').append(min).append('}');
            break;
          case 4:
            min = r.nextInt(4);
            max = min + 3;
            pattern.append('{').append(min).append(",}");
            break;
          case 5:
            min = r.nextInt(3);
            max = min + r.nextInt(4);
            pattern.append('{').append(min).append(',').append(max).append('}');
            break;
          default:
            min = 1;
            max = 1;
        }
        int count = min + r.nextInt(max - min + 1);
        for (int j = 0; j < count; j++) {
          matching.append(atom.samples()[r.nextInt(atom.samples().length)]);
        }
      }
      if (end) {
        pattern.append('$');
      }
      samples.add(matching.toString());
      pieces.add(samples);
    }
    List<String> texts = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      List<String> samples = pieces.get(r.nextInt(pieces.size()));
      String base = samples.get(r.nextInt(samples.size()));
      texts.add(mutate(base, r));
    }
    return Tuple.of(pattern.toString(), texts);
  }

  private static String mutate(String s, Random r) {
    StringBuilder b = new StringBuilder(s);
    int edits = r.nextInt(4);
    for (int i = 0; i < edits; i++) {
      String noise = NOISE[r.nextInt(NOISE.length)];
      int at = r.nextInt(b.length() + 1);
      switch (r.nextInt(4)) {
        case 0:
          b.insert(0, noise);
          break;
        case 1:
          b.append(noise);
          break;
        case 2:
          b.insert(at, noise);
          break;
        default:
          if (b.length() > 0) {
            b.deleteCharAt(Math.min(at, b.length() - 1));
          }
      }
    }
    return b.toString();
  }

  /**
   * The JDK engine (which runs what RE2 rejects) reads {@code .} and {@code $} as RE2/J does, and
   * both get ECMA's {@code \s} (EcmaRegexSyntax), so on the same subset it gives RE2/J's answer.
   */
  @Property(tries = 1000)
  void theJdkEngineFindsWhatRe2jFinds(@ForAll("cases") Tuple2<String, List<String>> c) {
    String pattern = c.get1();
    com.google.re2j.Pattern re2 =
        com.google.re2j.Pattern.compile(EcmaRegexSyntax.translate(pattern));
    Regex jdk = Regex.onJdkEngine(pattern);
    assertThat(jdk.usesRe2()).isFalse();
    for (String text : c.get2()) {
      assertThat(jdk.find(text))
          .as("JDK /%s/ on \"%s\"", escape(pattern), escape(text))
          .isEqualTo(re2.matcher(text).find());
    }
  }

  @Property(tries = 3000)
  void findsWhatRe2jFinds(@ForAll("cases") Tuple2<String, List<String>> c) {
    // Regex reads the pattern as ECMA-262 (\s is ECMA's white space): so do both here.
    String pattern = EcmaRegexSyntax.translate(c.get1());
    BitParallelPattern fast = BitParallelPattern.parse(pattern);
    assertThat(fast).as("in the subset: %s", pattern).isNotNull();
    Statistics.label("determinised").collect(fast.determinised());
    com.google.re2j.Pattern re2 = com.google.re2j.Pattern.compile(pattern);
    // Regex answers from the sole table when it can and simulates when the text is not ASCII.
    Regex regex = new Regex(c.get1());
    for (String text : c.get2()) {
      boolean expected = re2.matcher(text).find();
      assertThat(fast.find(text))
          .as("/%s/ on \"%s\"", escape(pattern), escape(text))
          .isEqualTo(expected);
      assertThat(regex.find(text))
          .as("Regex /%s/ on \"%s\"", escape(pattern), escape(text))
          .isEqualTo(expected);
    }
    // Most patterns run as a table; the rest exercise the simulation.
    Statistics.label("determinised").coverage(cov -> cov.check(true).percentage(p -> p > 50));
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      b.append(ch < ' ' || ch > '~' ? String.format("\\u%04X", (int) ch) : String.valueOf(ch));
    }
    return b.toString();
  }
}
