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

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void should_give_up_when_the_jdk_engine_runs_out_of_stack() {
    Regex deep = new Regex("^(a|b)*(?!x)$");
    String text = "a".repeat(100_000);

    assertThat(deep.find(text)).isFalse();
    assertThat(deep.mismatch(text)).contains("the search gave up");
    assertThat(deep.find("abab")).isTrue();
  }

  @Test
  void should_read_dot_and_end_anchor_on_the_jdk_engine_as_re2_does() {
    Regex end = new Regex("^(?=a)a$");
    assertThat(end.usesRe2()).isFalse();
    assertThat(end.find("a")).isTrue();
    assertThat(end.find("a\n")).isFalse(); // the JDK's own $ also matches before a final \n
    assertThat(new Regex("^a$").find("a\n")).isFalse(); // RE2/J, the same answer

    Regex dot = new Regex("(?=a)a.b");
    assertThat(dot.find("a\rb")).isTrue();
    assertThat(dot.find("a\u2028b")).isTrue();
    assertThat(dot.find("a\u0085b")).isTrue();
    assertThat(dot.find("a\nb")).isFalse();
    assertThat(new Regex("a.b").find("a\rb")).isTrue();

    // A '$' that is not an anchor stays a literal; multiline mode keeps its line ends.
    assertThat(new Regex("(?=x)x[$]").find("x$")).isTrue();
    assertThat(new Regex("(?=x)x\\$").find("x$")).isTrue();
    assertThat(new Regex("(?=x)x\\Q$\\E").find("x$")).isTrue();
    assertThat(new Regex("(?m)(?=a)a$").find("a\nb")).isTrue();
  }

  @Test
  void should_rewrite_only_the_end_anchors() {
    assertThat(Regex.endAnchorsAtTheEnd("a$")).isEqualTo("a\\z");
    assertThat(Regex.endAnchorsAtTheEnd("(a$|b$)")).isEqualTo("(a\\z|b\\z)");
    assertThat(Regex.endAnchorsAtTheEnd("[$]$")).isEqualTo("[$]\\z");
    assertThat(Regex.endAnchorsAtTheEnd("[]$]$")).isEqualTo("[]$]\\z");
    assertThat(Regex.endAnchorsAtTheEnd("[^]$]$")).isEqualTo("[^]$]\\z");
    assertThat(Regex.endAnchorsAtTheEnd("[a[$]]$")).isEqualTo("[a[$]]\\z");
    assertThat(Regex.endAnchorsAtTheEnd("[\\]$]$")).isEqualTo("[\\]$]\\z");
    assertThat(Regex.endAnchorsAtTheEnd("\\$$")).isEqualTo("\\$\\z");
    assertThat(Regex.endAnchorsAtTheEnd("\\Q$[\\E$")).isEqualTo("\\Q$[\\E\\z");
    assertThat(Regex.endAnchorsAtTheEnd("(?m)a$")).isEqualTo("(?m)a$");
    assertThat(Regex.endAnchorsAtTheEnd("(?x)a$ # $")).isEqualTo("(?x)a$ # $");
    assertThat(Regex.endAnchorsAtTheEnd("(?i)a$")).isEqualTo("(?i)a\\z");
  }
}
