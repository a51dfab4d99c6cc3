package dev.plumbline.validation.internal;

/**
 * A compiled {@code pattern}: RE2/J (linear time) when RE2 accepts the expression, otherwise {@link
 * java.util.regex.Pattern} (for back-references and look-arounds). Searches are unanchored, as in
 * JSON Schema. Matchers are reused per thread, so a search does not allocate a matcher. An
 * expression RE2 accepts that lies in the subset of {@link BitParallelPattern} (sequences of
 * characters, classes and quantifiers, such as {@code ^[A-Z]{2,4}-[0-9]{3,6}$}) runs there instead
 * (as a table lookup per character on ASCII text): same result, no allocation.
 */
public final class Regex {
  /** The expression as written. */
  public final String source;

  private final BitParallelPattern fast;
  private final BitParallelPattern.Dfa table;
  private final ThreadLocal<com.google.re2j.Matcher> re2;
  private final ThreadLocal<java.util.regex.Matcher> jdk;

  /**
   * Compiles an expression.
   *
   * @throws java.util.regex.PatternSyntaxException if neither engine accepts it
   */
  public Regex(String source) {
    this.source = source;
    com.google.re2j.Pattern p;
    try {
      p = com.google.re2j.Pattern.compile(source);
    } catch (RuntimeException e) {
      p = null;
    }
    this.fast = p == null ? null : BitParallelPattern.parse(source);
    this.table = fast == null ? null : fast.soleTable();
    if (p != null) {
      com.google.re2j.Pattern compiled = p;
      this.re2 = ThreadLocal.withInitial(() -> compiled.matcher(""));
      this.jdk = null;
    } else {
      java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(source);
      this.re2 = null;
      this.jdk = ThreadLocal.withInitial(() -> compiled.matcher(""));
    }
  }

  /** Whether the text contains a match; false when the JDK engine exhausts its stack. */
  public boolean find(String text) {
    if (table != null) {
      int r = table.run(text);
      return r == BitParallelPattern.Dfa.NOT_ASCII
          ? fast.findSimulated(text)
          : r == BitParallelPattern.Dfa.MATCH;
    }
    if (fast != null) {
      return fast.find(text);
    }
    if (re2 != null) {
      com.google.re2j.Matcher m = re2.get();
      try {
        return m.reset(text).find();
      } finally {
        m.reset("");
      }
    }
    java.util.regex.Matcher m = jdk.get();
    try {
      return m.reset(text).find();
    } catch (StackOverflowError e) {
      return false;
    } finally {
      m.reset("");
    }
  }

  boolean usesRe2() {
    return re2 != null;
  }

  boolean usesBitParallel() {
    return fast != null;
  }
}
