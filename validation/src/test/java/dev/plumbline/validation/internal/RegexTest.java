package dev.plumbline.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RegexTest {

  @Test
  void should_use_the_jdk_engine_only_for_what_re2_rejects_and_agree_on_ordinary_texts() {
    Regex lookahead = new Regex("^(?=.*\\d).{8,}$");
    assertThat(lookahead.usesRe2()).isFalse();
    assertThat(lookahead.find("password1")).isTrue();
    assertThat(lookahead.mismatch("password1")).isNull();
    assertThat(lookahead.find("password")).isFalse();
    assertThat(lookahead.mismatch("password"))
        .isEqualTo("expected string matching /^(?=.*\\d).{8,}$/, found \"password\"");

    Regex sku = new Regex("^[A-Z]{2}$");
    assertThat(sku.usesRe2()).isTrue();
    assertThat(sku.mismatch("US")).isNull();
    assertThat(sku.mismatch("usa"))
        .isEqualTo("expected string matching /^[A-Z]{2}$/, found \"usa\"");
  }

  /** A hang guard, not a speed check: without the step budget this search runs for hours. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void should_give_up_on_catastrophic_backtracking_and_say_so() {
    Regex backtracking = new Regex("^(a|a)*(?=b)\\1$");
    String text = "a".repeat(41) + "c";

    assertThat(backtracking.find(text)).isFalse();
    assertThat(backtracking.mismatch(text))
        .endsWith(
            "(the search gave up: the pattern backtracks"
                + " too much on this text; counted as no match)");
    // The budget is per search: the next text gets a fresh one.
    assertThat(backtracking.find("aab")).isFalse();
    assertThat(new Regex("^(a)(?=a)\\1").find("aab")).isTrue();
  }

  /**
   * The JDK engine recurses per repetition of a group: a long text is searched on a thread with
   * room, so the answer does not depend on the caller's stack (here 256 KB, where 2,000 characters
   * overflowed and counted as "gave up", and only until the code was compiled) nor on warm-up.
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void should_search_long_texts_alike_whatever_the_callers_stack() throws Exception {
    Regex deep = new Regex("^(a|b)*(?!x)\\p{L}$");
    java.util.List<String> answers = new java.util.concurrent.CopyOnWriteArrayList<>();
    Thread small =
        new Thread(
            null,
            () -> {
              for (int length : new int[] {2_000, 20_000, 100_000, 2_000}) {
                String text = "a".repeat(length) + "\uD835\uDC00"; // U+1D400, a letter
                answers.add(length + " " + deep.find(text) + " " + deep.mismatch(text));
              }
            },
            "small-stack",
            256 * 1024);
    small.start();
    small.join();

    assertThat(answers)
        .containsExactly("2000 true null", "20000 true null", "100000 true null", "2000 true null");
    assertThat(deep.find("ab1")).isFalse();
    assertThat(deep.find("ab\u00e9")).isTrue();
  }

  @Test
  void should_read_dot_and_end_anchor_on_the_jdk_engine_as_re2_does() {
    Regex end = new Regex("^(?=a)a$");
    assertThat(end.usesRe2()).isFalse();
    assertThat(end.find("a")).isTrue();
    assertThat(end.find("a\n")).isFalse(); // the JDK's own $ also matches before a final \n
    assertThat(new Regex("^a$").find("a\n")).isFalse(); // RE2/J, the same answer

    // '.' is ECMA's on both engines: U+0085 (which the JDK's own refuses) is no line terminator
    Regex dot = new Regex("(?=a)a.b");
    assertThat(dot.usesRe2()).isFalse();
    assertThat(dot.find("a\u0085b")).isTrue();
    assertThat(dot.find("a\rb")).isFalse();
    assertThat(new Regex("a.b").find("a\u0085b")).isTrue();
    // with flags set inline '.' is kept, and the JDK engine reads it as RE2/J does
    Regex flagged = new Regex("(?i)(?=a)a.b");
    assertThat(flagged.usesRe2()).isFalse();
    assertThat(flagged.find("a\rb")).isTrue();
    assertThat(flagged.find("a\u2028b")).isTrue();
    assertThat(flagged.find("a\u0085b")).isTrue();
    assertThat(flagged.find("a\nb")).isFalse();
    assertThat(new Regex("(?i)a.b").find("a\rb")).isTrue();

    // A '$' that is not an anchor stays a literal; multiline mode keeps its line ends.
    assertThat(new Regex("(?=x)x[$]").find("x$")).isTrue();
    assertThat(new Regex("(?=x)x\\$").find("x$")).isTrue();
    assertThat(new Regex("(?=x)x\\Q$\\E").find("x$")).isTrue();
    assertThat(new Regex("(?m)(?=a)a$").find("a\nb")).isTrue();
  }

  @Test
  void should_read_word_boundaries_and_case_folding_on_the_jdk_engine_as_re2_does() {
    String[][] cases = {
      {"\\bcaf\\b", "café"},
      {"\\bcaf\\b", "caf é"},
      {"a\\b", "aé"},
      {"a\\B", "aé"},
      {"a\\B", "ab"},
      {"\\Bb", "ab"},
      {"^\\b$", ""},
      {"^\\B$", ""},
      {"x\\b", "x_"},
      {"(?i)^é$", "É"},
      {"(?i)^straße$", "STRASSE"},
      {"(?i)^k$", "\u212a"},
      {"(?i)a\\b", "aſ"},
      {"(?i)a\\b", "a\u212a"}
    };
    for (String[] c : cases) {
      Regex jdk = new Regex("(?=[^]|$)" + c[0]);
      assertThat(jdk.usesRe2()).isFalse();
      assertThat(jdk.find(c[1])).as("/%s/ on %s", c[0], c[1]).isEqualTo(new Regex(c[0]).find(c[1]));
    }
    assertThat(new Regex("(?=c)\\bcaf\\b(?!x)").find("café")).isTrue();
    assertThat(Regex.rewrittenForJdk("[\\b]\\\\b")).isEqualTo("[\\b]\\\\b");
  }

  @Test
  void should_rewrite_only_the_end_anchors() {
    assertThat(Regex.rewrittenForJdk("a$")).isEqualTo("a\\z");
    assertThat(Regex.rewrittenForJdk("(a$|b$)")).isEqualTo("(a\\z|b\\z)");
    assertThat(Regex.rewrittenForJdk("[$]$")).isEqualTo("[$]\\z");
    assertThat(Regex.rewrittenForJdk("[]$]$")).isEqualTo("[]$]\\z");
    assertThat(Regex.rewrittenForJdk("[^]$]$")).isEqualTo("[^]$]\\z");
    assertThat(Regex.rewrittenForJdk("[a[$]]$")).isEqualTo("[a[$]]\\z");
    assertThat(Regex.rewrittenForJdk("[\\]$]$")).isEqualTo("[\\]$]\\z");
    assertThat(Regex.rewrittenForJdk("\\$$")).isEqualTo("\\$\\z");
    assertThat(Regex.rewrittenForJdk("\\Q$[\\E$")).isEqualTo("\\Q$[\\E\\z");
    assertThat(Regex.rewrittenForJdk("(?m)a$")).isEqualTo("(?m)a$");
    assertThat(Regex.rewrittenForJdk("(?x)a$ # $")).isEqualTo("(?x)a$ # $");
    assertThat(Regex.rewrittenForJdk("(?i)a$")).isEqualTo("(?i)a\\z");
  }

  @Test
  void should_read_ecma_constructs_as_ecma_does() {
    // \s is ECMA's white space, not only ASCII's
    assertThat(new Regex("^\\S+$").find("a\u00a0b")).isFalse();
    assertThat(new Regex("^\\s$").find("\u000b")).isTrue();
    assertThat(new Regex("^[\\s,]+$").find(" ,\u2003")).isTrue();
    assertThat(new Regex("^[^\\s]$").find("\ufeff")).isFalse();
    // control escapes in either case, long category names
    assertThat(new Regex("^\\cc$").find("\u0003")).isTrue();
    assertThat(new Regex("^\\cC$").find("\u0003")).isTrue();
    assertThat(new Regex("^\\p{Letter}+$").find("école")).isTrue();
    assertThat(new Regex("^\\p{digit}+$").find("৪২")).isTrue();
    assertThat(new Regex("^\\P{General_Category=Lu}$").find("A")).isFalse();
    // ECMA classes: [] matches nothing, [^] anything, [\b] a backspace, [ and & are literals
    assertThat(new Regex("^a[]?$").find("a")).isTrue();
    assertThat(new Regex("^a[]$").find("a]")).isFalse();
    assertThat(new Regex("^a[^]b$").find("a\nb")).isTrue();
    assertThat(new Regex("^[\\b]$").find("\b")).isTrue();
    assertThat(new Regex("^[[]$").find("[")).isTrue();
    assertThat(new Regex("^[a&&b]$").find("&")).isTrue();
    // a '-' next to \s in a class is a literal, not a range
    assertThat(new Regex("^[\\s-x]+$").find("- x\u00a0")).isTrue();
    assertThat(new Regex("^[\\s-x]$").find("w")).isFalse();
    assertThat(new Regex("^[a-\\s]+$").find("a-\t")).isTrue();
    assertThat(new Regex("^[a-\\s]$").find("b")).isFalse();
    // the same on the JDK engine (a look-ahead keeps RE2 out)
    assertThat(new Regex("^(?=.)\\s$").find("\u3000")).isTrue();
    assertThat(new Regex("^(?=.)[[]$").find("[")).isTrue();
  }

  @Test
  void should_read_dot_as_any_character_but_an_ecma_line_terminator() {
    for (String p : new String[] {"^a.b$", "^a.b$|^x$", "^(a.b)$", "^(?=a)a.b$"}) {
      Regex dot = new Regex(p);
      for (String terminator : new String[] {"\n", "\r", "\u2028", "\u2029"}) {
        assertThat(dot.find("a" + terminator + "b")).as("%s on %s", p, terminator).isFalse();
      }
      for (String other : new String[] {"x", "\u0085", "\t", "\u000b", " ", "é"}) {
        assertThat(dot.find("a" + other + "b")).as("%s on %s", p, other).isTrue();
      }
    }
    // escaped and in a class, a literal dot
    assertThat(new Regex("^a\\.b$").find("axb")).isFalse();
    assertThat(new Regex("^a[.]b$").find("a.b")).isTrue();
    assertThat(new Regex("^a[.]b$").find("axb")).isFalse();
    // inline flags (not ECMA, read as RE2/J reads them): dot-all still applies
    assertThat(new Regex("(?s)^a.b$").find("a\nb")).isTrue();
    assertThat(new Regex("(?i)^a.b$").find("A\nB")).isFalse();
  }

  @Test
  void should_find_inline_flags_only_where_they_are_flags() {
    assertThat(EcmaRegexSyntax.inlineFlags("(?i)a(?s:b)(?-m)")).isEqualTo("is-m");
    assertThat(EcmaRegexSyntax.inlineFlags("[(?i)]\\(?i)\\Q(?s)\\E[](?x)]")).isEmpty();
    assertThat(EcmaRegexSyntax.inlineFlags("(?:a)(?=b)(?<n>c)")).isEmpty();
    // a flag-like text in a class leaves '.' ECMA's, and '$' at the end
    assertThat(new Regex("^a.b$|[(?s)]").find("a\rb")).isFalse();
    assertThat(Regex.rewrittenForJdk("a$|[(?m)]")).isEqualTo("a\\z|[(?m)]");
  }

  @Test
  void should_leave_quoted_text_as_written() {
    assertThat(new Regex("^\\Qa.b\\E$").find("a.b")).isTrue();
    assertThat(new Regex("^\\Qa.b\\E$").find("axb")).isFalse();
    assertThat(new Regex("^\\Q\\s[]\\E.$").find("\\s[]x")).isTrue();
    assertThat(EcmaRegexSyntax.translate("\\Qa.b")).isEqualTo("\\Qa.b");
  }

  @Test
  void should_leave_patterns_without_ecma_constructs_as_written() {
    for (String p :
        new String[] {
          "^[A-Z]{2,4}-[0-9]{3,6}$", "^ord_[0-9]{6,}$", "^\\+[1-9][0-9]{7,14}$", "^/"
        }) {
      assertThat(EcmaRegexSyntax.translate(p)).isSameAs(p);
    }
    assertThat(EcmaRegexSyntax.translate("\\p{Script=Greek}")).isEqualTo("\\p{Script=Greek}");
  }

  /** {@code \s} is ECMA-262's WhiteSpace and LineTerminator, on every code point. */
  @net.jqwik.api.Property(tries = 3000)
  void whiteSpaceIsEcmas(
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 0x10FFFF)
          int codePoint) {
    String text = new String(Character.toChars(codePoint));
    boolean ecma =
        codePoint == 0x9
            || codePoint == 0xA
            || codePoint == 0xB
            || codePoint == 0xC
            || codePoint == 0xD
            || codePoint == 0xFEFF
            || codePoint == 0x2028
            || codePoint == 0x2029
            || Character.getType(codePoint) == Character.SPACE_SEPARATOR;
    assertThat(S.find(text)).as("U+%04X", codePoint).isEqualTo(ecma);
    assertThat(NOT_S.find(text)).as("U+%04X", codePoint).isEqualTo(!ecma);
    assertThat(S_IN_CLASS.find(text)).as("U+%04X", codePoint).isEqualTo(ecma || codePoint == 'x');
    assertThat(S_ON_JDK.find(text)).as("U+%04X", codePoint).isEqualTo(ecma);
  }

  /** {@code .} is any character but ECMA-262's LineTerminators, on every BMP code point. */
  @Test
  void dot_is_ecmas_on_the_whole_basic_multilingual_plane() {
    for (char c = 0; c < 0xFFFF; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      String text = String.valueOf(c);
      boolean ecma = c != '\n' && c != '\r' && c != '\u2028' && c != '\u2029';
      assertThat(DOT.find(text)).as("U+%04X", (int) c).isEqualTo(ecma);
      assertThat(DOT_ON_JDK.find(text)).as("U+%04X", (int) c).isEqualTo(ecma);
    }
  }

  private static final Regex DOT = new Regex("^.$");
  private static final Regex DOT_ON_JDK = new Regex("^(?=[^]).$");
  private static final Regex S = new Regex("^\\s$");
  private static final Regex NOT_S = new Regex("^\\S$");
  private static final Regex S_IN_CLASS = new Regex("^[x\\s]$");
  private static final Regex S_ON_JDK = new Regex("^(?=[^])\\s$");
}
