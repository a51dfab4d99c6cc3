package dev.plumbline.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BitParallelPatternTest {

  /** Each construct of the subset, with a text; the answer must be RE2/J's and the stated one. */
  @ParameterizedTest(name = "/{0}/ on \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        // literals and unanchored search
        "abc|xxabcxx|true",
        "abc|abxc|false",
        "é|café|true",
        "😀|a😀b|true",
        // anchors
        "^abc|abcd|true",
        "^abc|xabc|false",
        "abc$|xabc|true",
        "abc$|abcx|false",
        "^abc$|abc|true",
        "^abc$|abcabc|false",
        // $ is the end of the text only, not before a final newline
        "abc$|'abc\n'|false",
        "^$|''|true",
        "^$|a|false",
        // quantifiers
        "^a?b$|b|true",
        "^a?b$|ab|true",
        "^a?b$|aab|false",
        "^a*b$|aaaab|true",
        "^a*b$|b|true",
        "^a+b$|b|false",
        "^a+b$|aaab|true",
        "^a{3}$|aaa|true",
        "^a{3}$|aa|false",
        "^a{3}$|aaaa|false",
        "^a{2,}$|a|false",
        "^a{2,}$|aaaaaaa|true",
        "^a{2,3}$|aaa|true",
        "^a{2,3}$|aaaa|false",
        "^a{0}b$|b|true",
        "^a{0,2}b$|aab|true",
        "a*|zzz|true",
        // escapes
        "^\\d+$|0123456789|true",
        "^\\d$|٣|false",
        "^\\D$|a|true",
        "^\\w+$|a_Z9|true",
        "^\\w$|é|false",
        "^\\W$|é|true",
        "^\\s$|' '|true",
        "^\\s$|'\u000B'|false",
        "^\\s$|'\u00A0'|false",
        "^\\S$|a|true",
        "^\\.$|.|true",
        "^\\.$|a|false",
        "^\\-\\+\\$$|-+$|true",
        "^\\t$|'\t'|true",
        // hex escapes, as EcmaRegexSyntax writes them
        "^\\x41$|A|true",
        "^\\x{9}$|'\t'|true",
        "^[\\x{1F600}-\\x{1F602}]$|😁|true",
        "^[\\x{1F600}-\\x{1F602}]$|😃|false",
        // dot: any code point but \n
        "^.$|'\n'|false",
        "^.$|'\r'|true",
        "^.$|'\u2028'|true",
        "^.$|😀|true",
        "^..$|😀|false",
        // classes
        "^[A-Z]{2,4}-[0-9]{3,6}$|AB-1234|true",
        "^[A-Z]{2,4}-[0-9]{3,6}$|ABCDE-123|false",
        "^[A-Z]{2,4}-[0-9]{3,6}$|ab-123|false",
        "^[A-Z0-9_-]+$|A-_9|true",
        "^[-a]$|-|true",
        "^[a-]$|-|true",
        "^[^a]$|b|true",
        "^[^a]$|a|false",
        "^[^a]$|'\n'|true",
        "^[^a]$|😀|true",
        "^[\\d.]+$|1.5|true",
        "^[^\\d]$|5|false",
        "^[😀-😂]$|😁|true",
        // a lone surrogate is one code point
        "^.$|'\uD83D'|true",
        // alternation of sequences
        "'^ord_[0-9]{6,}$|^[A-Z]{2}$'|US|true",
        "'^ord_[0-9]{6,}$|^[A-Z]{2}$'|ord_123456|true",
        "'^ord_[0-9]{6,}$|^[A-Z]{2}$'|USA|false",
        "'a||b'|x|true",
        // storefront
        "^\\+[1-9][0-9]{7,14}$|+4915112345678|true",
        "^\\+[1-9][0-9]{7,14}$|+0915112345678|false",
        "^[1-9][0-9]?%$|15%|true",
        "^[1-9][0-9]?%$|150%|false",
        "^/|/cart|true",
      })
  void matchesLikeRe2j(String pattern, String text, boolean expected) {
    BitParallelPattern fast = BitParallelPattern.parse(pattern);
    assertThat(fast).as("in the subset").isNotNull();
    assertThat(com.google.re2j.Pattern.compile(pattern).matcher(text).find())
        .as("RE2/J")
        .isEqualTo(expected);
    assertThat(fast.find(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(ab)+",
        "a|(b)",
        "\\bword",
        "a*?",
        "a{2}+",
        "[[:alpha:]]",
        "[]a]",
        "[a-c-e]",
        "\\p{L}",
        "a{,3}",
        "(?i)abc",
        "a$b",
        "a^b",
        "[a-\\d]",
        "[a-z]{65}",
      })
  void leavesOtherExpressionsToTheGeneralEngines(String pattern) {
    assertThat(BitParallelPattern.parse(pattern)).isNull();
  }

  @Test
  void regexUsesTheMatcherOnlyWhereRe2AcceptsTheExpression() {
    assertThat(new Regex("^[A-Z]{2,4}-[0-9]{3,6}$").usesBitParallel()).isTrue();
    Regex general = new Regex("^(ab)+$");
    assertThat(general.usesBitParallel()).isFalse();
    assertThat(general.usesRe2()).isTrue();
    assertThat(general.find("abab")).isTrue();
    assertThat(general.find("aba")).isFalse();
    Regex backReference = new Regex("^(a)\\1$");
    assertThat(backReference.usesBitParallel()).isFalse();
    assertThat(backReference.usesRe2()).isFalse();
    assertThat(backReference.find("aa")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "^[A-Z]{2,4}-[0-9]{3,6}$",
        "^ord_[0-9]{6,}$",
        "^[A-Z]{2}$",
        "^[A-Z0-9]{4,16}$",
        "^[1-9][0-9]?%$",
        "^\\+[1-9][0-9]{7,14}$",
        "^/",
        "@example\\.com$",
      })
  void storefrontPatternsRunAsATable(String pattern) {
    assertThat(BitParallelPattern.parse(pattern).determinised()).isTrue();
  }

  @ParameterizedTest(name = "/{0}/ on \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the table reads ASCII; text that leaves it is answered by the simulation
        "^[A-Z]{2}-.+$|AB-é|true",
        "^[A-Z]{2}-[0-9]+$|AB-1é|false",
        "[0-9]{3}|é123|true",
        "^a.c$|a😀c|true",
        // absorbing outcomes: a match found early, a dead start
        "[0-9]{3}|ab123cd|true",
        "^[0-9]{3}|x123|false",
      })
  void textOutsideAsciiFallsBackToTheSimulation(String pattern, String text, boolean expected) {
    BitParallelPattern p = BitParallelPattern.parse(pattern);
    assertThat(p.determinised()).isTrue();
    assertThat(com.google.re2j.Pattern.compile(pattern).matcher(text).find()).isEqualTo(expected);
    assertThat(p.find(text)).isEqualTo(expected);
  }

  @Test
  void tooManyStatesKeepOnlyTheSimulation() {
    // (a|b)*a(a|b){k} needs 2^(k+1) states as a table
    BitParallelPattern p = BitParallelPattern.parse("[ab]*a[ab][ab][ab][ab][ab][ab][ab]$");
    assertThat(p.determinised()).isFalse();
    assertThat(p.find("bbbabbbbbbb")).isTrue();
    assertThat(p.find("bbbbbbbbbbb")).isFalse();
  }

  @Test
  void tablesStaySmall() {
    // 62 distinct characters: 63 character classes x 63 states would be 3,969 entries
    String many = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    assertThat(BitParallelPattern.parse("^" + many + "$").determinised()).isTrue();
    // 64 distinct characters: 65 x 65 is over the 4,096-entry cap
    BitParallelPattern big = BitParallelPattern.parse("^" + many + "_~$");
    assertThat(big.determinised()).isFalse();
    assertThat(big.find(many + "_~")).isTrue();
    assertThat(big.find(many + "_")).isFalse();
  }

  @Test
  void sixtyFourPositionsFit() {
    BitParallelPattern p = BitParallelPattern.parse("^[a-z]{60}x{4}$");
    assertThat(p).isNotNull();
    assertThat(p.find("a".repeat(60) + "xxxx")).isTrue();
    assertThat(p.find("a".repeat(60) + "xxx")).isFalse();
    assertThat(p.find("a".repeat(59) + "xxxxx")).isTrue();
  }
}
