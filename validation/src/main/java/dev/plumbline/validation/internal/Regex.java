package dev.plumbline.validation.internal;

import dev.plumbline.core.internal.RoomToRecurse;

/**
 * A compiled {@code pattern}: RE2/J (linear time) when RE2 accepts the expression, otherwise {@link
 * java.util.regex.Pattern} (for back-references and look-arounds). ECMA-262 constructs the two read
 * otherwise ({@code \s}, {@code \cX}, {@code \p{Letter}}, {@code []}, {@code [^]}, {@code [\b]})
 * are rewritten first ({@link EcmaRegexSyntax}). Searches are unanchored, as in JSON Schema.
 * Matchers are reused per thread, so a search does not allocate a matcher. An expression RE2
 * accepts that lies in the subset of {@link BitParallelPattern} (sequences of characters, classes
 * and quantifiers, such as {@code ^[A-Z]{2,4}-[0-9]{3,6}$}) runs there instead (as a table lookup
 * per character on ASCII text): same result, no allocation.
 *
 * <p>{@code java.util.regex} backtracks, so a pattern RE2 rejects can take exponential time on some
 * texts ({@code ^(a|a)*(?=b)\1$} on forty {@code a}s). There, {@code .} (where a flag set inline
 * keeps it from being rewritten as ECMA's), {@code $}, {@code \b}, {@code \B} and {@code (?i)} mean
 * what they mean on RE2/J: {@code .} is any character but {@code \n}, {@code $} matches only at the
 * end of the text (not also before a final line break, as the JDK's {@code $} does), word
 * boundaries are between ASCII word characters, case folding goes beyond ASCII. Its search reads at
 * most {@link #MIN_STEPS} characters plus {@link #STEPS_PER_CHARACTER} per character of the text,
 * and gives up beyond that or when it exhausts the stack: the text then counts as not matching, and
 * {@link #mismatch} says that the search gave up. A text over {@link #CALLERS_STACK_TEXT}
 * characters is searched there on a thread with a 512 MB stack (a thread per search, 0.1–1 ms), so
 * that whether a search exhausts the stack does not depend on the caller's thread.
 */
public final class Regex {
  /** The expression as written. */
  public final String source;

  private final BitParallelPattern fast;
  private final BitParallelPattern.Dfa table;
  private final ThreadLocal<com.google.re2j.Matcher> re2;
  private final ThreadLocal<JdkSearch> jdk;

  /** Characters the JDK engine may read for any text, before it gives up. */
  static final long MIN_STEPS = 1_000_000;

  /** Characters the JDK engine may read per character of the text, on top of {@link #MIN_STEPS}. */
  static final long STEPS_PER_CHARACTER = 1_000;

  private static final int FOUND = 1;
  private static final int NOT_FOUND = 0;
  private static final int GAVE_UP = -1;

  /** A thread's matcher and the budgeted view of the text it searches. */
  private static final class JdkSearch {
    final java.util.regex.Matcher matcher;
    final BudgetedText text = new BudgetedText();

    JdkSearch(java.util.regex.Pattern pattern) {
      this.matcher = pattern.matcher("");
    }
  }

  /** A text whose characters may be read a bounded number of times in all. */
  private static final class BudgetedText implements CharSequence {
    private String text = "";
    private long remaining;

    void reset(String text, long budget) {
      this.text = text;
      this.remaining = budget;
    }

    @Override
    public char charAt(int index) {
      if (--remaining < 0) {
        throw OutOfSteps.INSTANCE;
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** Thrown through the JDK engine when a search has read its budget; no stack trace. */
  private static final class OutOfSteps extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final OutOfSteps INSTANCE = new OutOfSteps();

    private OutOfSteps() {
      super("out of steps", null, false, false);
    }
  }

  /**
   * Compiles an expression.
   *
   * @throws java.util.regex.PatternSyntaxException if neither engine accepts it
   */
  public Regex(String source) {
    this(source, true);
  }

  /** For tests: with {@code re2Allowed} false, the expression runs on the JDK engine. */
  static Regex onJdkEngine(String source) {
    return new Regex(source, false);
  }

  private Regex(String source, boolean re2Allowed) {
    this.source = source;
    String syntax = EcmaRegexSyntax.translate(source);
    com.google.re2j.Pattern p;
    try {
      p = re2Allowed ? com.google.re2j.Pattern.compile(syntax) : null;
    } catch (RuntimeException e) {
      p = null;
    }
    this.fast = p == null ? null : BitParallelPattern.parse(syntax);
    this.table = fast == null ? null : fast.soleTable();
    if (p != null) {
      com.google.re2j.Pattern compiled = p;
      this.re2 = ThreadLocal.withInitial(() -> compiled.matcher(""));
      this.jdk = null;
    } else {
      java.util.regex.Pattern compiled = onJdk(syntax);
      this.re2 = null;
      this.jdk = ThreadLocal.withInitial(() -> new JdkSearch(compiled));
    }
  }

  /** Whether the text contains a match; false when the JDK engine gives up (see above). */
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
    return jdkFind(text) == FOUND;
  }

  /**
   * Texts up to this long are searched on the JDK engine in the caller's thread; longer ones on a
   * thread with room to recurse. The JDK engine recurses per repetition of a group ({@code (a|b)*}
   * takes some 600 bytes of stack per character), so a long text would overflow an ordinary stack,
   * and where it overflowed would depend on the caller's stack and on how much of the code is
   * compiled yet: the same text would be found on one call and given up on the next.
   */
  static final int CALLERS_STACK_TEXT = 100;

  static {
    // The JDK's Unicode tables per plane (CharacterData00, 01, 02, 0E, ...) load on first use. A
    // search that overflows the stack while one loads would leave it unusable for the whole JVM
    // (NoClassDefFoundError in any later character query): load them all now, on a shallow stack.
    for (int plane = 0; plane <= Character.MAX_CODE_POINT >>> 16; plane++) {
      int cp = (plane << 16) | 0x41;
      Character.getType(cp);
      Character.toUpperCase(cp);
    }
    Character.getType('A');
  }

  private int jdkFind(String text) {
    if (text.length() <= CALLERS_STACK_TEXT || RoomToRecurse.onRoomyThread()) {
      return jdkFindHere(text);
    }
    return RoomToRecurse.call(Integer.MAX_VALUE, () -> jdkFindHere(text));
  }

  private int jdkFindHere(String text) {
    JdkSearch search = jdk.get();
    search.text.reset(text, MIN_STEPS + STEPS_PER_CHARACTER * text.length());
    try {
      return search.matcher.reset(search.text).find() ? FOUND : NOT_FOUND;
    } catch (OutOfSteps | StackOverflowError e) {
      return GAVE_UP;
    } finally {
      search.matcher.reset("");
      search.text.reset("", 0);
    }
  }

  /**
   * For collecting violations, one search: null when the text contains a match, else the message
   * {@code expected string matching /^[A-Z]{2}$/, found "usa"}, saying so when the JDK engine gave
   * up rather than finding none.
   */
  public String mismatch(String text) {
    int outcome = jdk != null ? jdkFind(text) : find(text) ? FOUND : NOT_FOUND;
    if (outcome == FOUND) {
      return null;
    }
    String message =
        "expected string matching /"
            + JsonValues.truncate(source)
            + "/, found "
            + JsonValues.quote(text);
    return outcome == GAVE_UP
        ? message
            + " (the search gave up: the pattern backtracks too much on this text; counted as no"
            + " match)"
        : message;
  }

  /**
   * Compiles for the JDK engine with RE2/J's meaning of {@code .} (any character but {@code \n};
   * the JDK's also excludes {@code \r}, {@code \u0085}, {@code \u2028} and {@code \u2029}), of
   * {@code $} and of {@code \b}/{@code \B} (see {@link #rewrittenForJdk}), and of {@code (?i)}
   * (case folding beyond ASCII, as in RE2/J and ECMA-262).
   */
  private static java.util.regex.Pattern onJdk(String source) {
    int flags = java.util.regex.Pattern.UNIX_LINES | java.util.regex.Pattern.UNICODE_CASE;
    String rewritten = rewrittenForJdk(source);
    if (!rewritten.equals(source)) {
      try {
        return java.util.regex.Pattern.compile(rewritten, flags);
      } catch (java.util.regex.PatternSyntaxException e) {
        // Should the rewritten expression not compile where the original does, keep the original.
      }
    }
    return java.util.regex.Pattern.compile(source, flags);
  }

  /** A word character of RE2/J and ECMA-262 (ASCII only), as a class for look-arounds. */
  private static final String WORD = "(?-i:[0-9A-Za-z_])"; // (?i) must not add ſ or the Kelvin sign

  /** {@code \b} with ASCII word characters; the JDK 17 engine's own counts letters such as é. */
  private static final String WORD_BOUNDARY =
      "(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?=" + WORD + "))";

  private static final String NOT_WORD_BOUNDARY =
      "(?:(?<=" + WORD + ")(?=" + WORD + ")|(?<!" + WORD + ")(?!" + WORD + "))";

  /**
   * The expression with each {@code $} (outside classes, escapes and {@code \Q...\E}) written as
   * {@code \z}, so that on the JDK engine it matches only at the end of the text, as on RE2/J, not
   * also before a final line break; and {@code \b}, {@code \B} written as look-arounds over ASCII
   * word characters, as RE2/J and ECMA-262 read them. {@code $} is left as written when the
   * expression sets the multiline ({@code m}) or comments ({@code x}) flag inline, where {@code $}
   * means more or where {@code #} starts a comment.
   */
  static String rewrittenForJdk(String source) {
    boolean anchors =
        source.indexOf('$') >= 0 && !EcmaRegexSyntax.inlineFlags(source).matches(".*[mx].*");
    if (!anchors && !source.contains("\\b") && !source.contains("\\B")) {
      return source;
    }
    StringBuilder sb = new StringBuilder(source.length() + 4);
    int classDepth = 0;
    boolean quoted = false;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      boolean hasNext = i + 1 < source.length();
      if (quoted) {
        if (c == '\\' && hasNext && source.charAt(i + 1) == 'E') {
          quoted = false;
          sb.append(c);
          c = source.charAt(++i);
        }
      } else if (c == '\\' && hasNext) {
        char d = source.charAt(i + 1);
        if ((d == 'b' || d == 'B') && classDepth == 0) {
          sb.append(d == 'b' ? WORD_BOUNDARY : NOT_WORD_BOUNDARY);
          i++;
          continue;
        }
        quoted = d == 'Q';
        sb.append(c);
        c = source.charAt(++i);
      } else if (c == '[') {
        classDepth++;
        // A ']' right after '[' or '[^' is a literal, not the end of the class.
        int next = i + 1;
        if (next < source.length() && source.charAt(next) == '^') {
          next++;
        }
        if (next < source.length() && source.charAt(next) == ']') {
          sb.append(source, i, next);
          i = next;
          c = ']';
        }
      } else if (c == ']' && classDepth > 0) {
        classDepth--;
      } else if (c == '$' && classDepth == 0 && anchors) {
        sb.append("\\z");
        continue;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  boolean usesRe2() {
    return re2 != null;
  }

  boolean usesBitParallel() {
    return fast != null;
  }
}
