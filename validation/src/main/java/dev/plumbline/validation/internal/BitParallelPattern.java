package dev.plumbline.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A linear-time, allocation-free matcher for the common subset of {@code pattern}s: sequences of
 * literal characters, escapes ({@code \.}, {@code \d}, {@code \w}, {@code \s}, their negations,
 * {@code \t \n \r \f \v}), character classes ({@code [A-Z0-9_-]}, {@code [^@]}) and {@code .}, each
 * with an optional greedy quantifier ({@code ? * + {n} {n,} {n,m}}), with optional {@code ^} and
 * {@code $} anchors, and top-level alternation of such sequences. For example {@code
 * ^[A-Z]{2,4}-[0-9]{3,6}$} becomes 11 positions of a Glushkov automaton.
 *
 * <p>The search is simulated bit-parallel (one bit per position, at most 64 positions): a step is a
 * shift, a table lookup and a few word operations per code point, so a search costs O(length) with
 * no backtracking and no allocation. Semantics are RE2/J's (without flags) for the subset: the text
 * is read by code points (a lone surrogate is a code point), {@code .} is any code point but {@code
 * \n}, {@code $} only matches at the end of the text, {@code \d \w \s} are ASCII ({@code \s} is
 * {@code [\t\n\f\r ]}), negated classes match {@code \n}. {@link #parse} returns null for anything
 * outside the subset. On ASCII text each branch runs as a table instead ({@link Dfa}), built from
 * the same automaton when the pattern is compiled.
 */
final class BitParallelPattern {
  private static final int MAX_POSITIONS = 64;
  private static final int MAX_CODE_POINT = Character.MAX_CODE_POINT;

  private final Branch[] branches;

  private BitParallelPattern(Branch[] branches) {
    this.branches = branches;
  }

  /** Whether some substring of the text matches (an unanchored search, as JSON Schema's). */
  boolean find(String text) {
    for (Branch b : branches) {
      if (b.find(text, true)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #find} without the tables: for text that {@link #soleTable} already gave up on (it is
   * not ASCII), so that its ASCII prefix is not read by the table a second time.
   */
  boolean findSimulated(String text) {
    for (Branch b : branches) {
      if (b.find(text, false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The table of a pattern with one branch that does not match the empty string, which then is the
   * whole answer for ASCII text; null otherwise.
   */
  Dfa soleTable() {
    return branches.length == 1 && !branches[0].nullable ? branches[0].dfa : null;
  }

  /** Whether every branch runs on ASCII text as a table ({@link Dfa}). */
  boolean determinised() {
    for (Branch b : branches) {
      if (b.dfa == null) {
        return false;
      }
    }
    return true;
  }

  /** The compiled pattern, or null when the expression is outside the subset. */
  static BitParallelPattern parse(String source) {
    List<Branch> branches = new ArrayList<>();
    Parser p = new Parser(source);
    while (true) {
      Branch b = p.branch();
      if (b == null) {
        return null;
      }
      branches.add(b);
      if (p.pos == source.length()) {
        break;
      }
      if (source.charAt(p.pos) != '|') {
        return null;
      }
      p.pos++;
    }
    return new BitParallelPattern(branches.toArray(new Branch[0]));
  }

  /** One sequence of quantified atoms, compiled to bit masks. */
  private static final class Branch {
    final boolean anchoredStart;
    final boolean anchoredEnd;

    /** For each ASCII character, the positions that accept it. */
    final long[] ascii = new long[128];

    /** Positions that accept some non-ASCII code point, and their sets. */
    final long[] wideBits;

    final int[][] wideSets;

    /** Positions that may repeat (after {@code *}, {@code +}, {@code {n,}}). */
    final long loop;

    /** Positions that may be skipped. */
    final long optional;

    /** First and last position of each maximal run of optional positions. */
    final long runStart;

    final long runEnd;

    /** Positions after which the rest may be skipped: reaching one is a match. */
    final long last;

    /** Positions ready to read the first character of a match. */
    final long startReady;

    /** Whether the empty string matches. */
    final boolean nullable;

    /** The same automaton as a table over ASCII, or null when it would have too many states. */
    final Dfa dfa;

    Branch(
        boolean anchoredStart,
        boolean anchoredEnd,
        List<int[]> sets,
        List<Boolean> opt,
        List<Boolean> rep) {
      this.anchoredStart = anchoredStart;
      this.anchoredEnd = anchoredEnd;
      int k = sets.size();
      long o = 0;
      long l = 0;
      List<Long> wb = new ArrayList<>();
      List<int[]> ws = new ArrayList<>();
      for (int i = 0; i < k; i++) {
        long bit = 1L << i;
        int[] set = sets.get(i);
        for (int c = 0; c < 128; c++) {
          if (CodePointSet.contains(set, c)) {
            ascii[c] |= bit;
          }
        }
        if (set.length > 0 && set[set.length - 1] >= 128) {
          wb.add(bit);
          ws.add(set);
        }
        if (opt.get(i)) {
          o |= bit;
        }
        if (rep.get(i)) {
          l |= bit;
        }
      }
      this.wideBits = new long[wb.size()];
      for (int i = 0; i < wideBits.length; i++) {
        wideBits[i] = wb.get(i);
      }
      this.wideSets = ws.toArray(new int[0][]);
      this.loop = l;
      this.optional = o;
      long rs = 0;
      long re = 0;
      for (int i = 0; i < k; i++) {
        boolean here = (o >>> i & 1) != 0;
        boolean before = i > 0 && (o >>> (i - 1) & 1) != 0;
        boolean after = i + 1 < k && (o >>> (i + 1) & 1) != 0;
        if (here && !before) {
          rs |= 1L << i;
        }
        if (here && !after) {
          re |= 1L << i;
        }
      }
      this.runStart = rs;
      this.runEnd = re;
      long la = 0;
      boolean restOptional = true;
      for (int i = k - 1; i >= 0; i--) {
        if (restOptional) {
          la |= 1L << i;
        }
        restOptional &= (o >>> i & 1) != 0;
      }
      this.last = la;
      this.nullable = restOptional;
      this.startReady = k == 0 ? 0 : closure(1L);
      this.dfa = Dfa.of(this);
    }

    /** One step of the automaton: the positions active after reading a character. */
    long step(long d, long accept, long start) {
      return (closure(d << 1) | (d & loop) | start) & accept;
    }

    /** Adds the positions reachable by skipping optional positions from the given ones. */
    private long closure(long ready) {
      if (optional == 0) {
        return ready;
      }
      long df = ready | runEnd;
      long y = ready | (optional & ~((df - runStart) ^ df));
      return y | ((y & runEnd) << 1);
    }

    private long wideMask(int cp) {
      long m = 0;
      for (int i = 0; i < wideBits.length; i++) {
        if (CodePointSet.contains(wideSets[i], cp)) {
          m |= wideBits[i];
        }
      }
      return m;
    }

    /**
     * @param tryTable whether to run the branch's table first (it answers for ASCII text)
     */
    boolean find(String s, boolean tryTable) {
      int n = s.length();
      if (nullable && !(anchoredStart && anchoredEnd)) {
        return true;
      }
      if (nullable && n == 0) {
        return true;
      }
      if (tryTable && dfa != null) {
        int r = dfa.run(s);
        if (r != Dfa.NOT_ASCII) {
          return r == Dfa.MATCH;
        }
      }
      long d = 0;
      long start = startReady;
      long lastMask = anchoredEnd ? 0 : last;
      long loops = loop;
      for (int i = 0; i < n; ) {
        char c = s.charAt(i);
        long accept;
        if (c < 128) {
          accept = ascii[c];
          i++;
        } else {
          int cp = s.codePointAt(i);
          i += Character.charCount(cp);
          accept = wideMask(cp);
        }
        d = (closure(d << 1) | (d & loops) | start) & accept;
        if ((d & lastMask) != 0) {
          return true;
        }
        if (anchoredStart) {
          start = 0;
          if (d == 0) {
            return false;
          }
        }
      }
      return anchoredEnd && (d & last) != 0;
    }
  }

  /**
   * A branch's automaton determinised over ASCII text: each state is one set of active positions of
   * the bit-parallel simulation, each ASCII character belongs to a class of characters that every
   * position treats alike, and a step is one table lookup. Built at compile time by exploring the
   * sets reachable from the start (at most {@link #MAX_STATES} states and {@link #MAX_CELLS}
   * entries); outcomes the simulation would return at once (a match when the end is not anchored,
   * no live position when the start is) are absorbing. Text with a character outside ASCII is left
   * to the simulation.
   */
  static final class Dfa {
    static final int MAX_STATES = 128;

    /** The most table entries (states x character classes): 16 KB per branch at most. */
    static final int MAX_CELLS = 4096;

    /** {@link #run} outcomes. */
    static final int NO_MATCH = 0;

    static final int MATCH = 1;
    static final int NOT_ASCII = 2;

    /** Absorbing pseudo-states in the table. */
    private static final int FOUND = -1;

    private static final int DEAD = -2;

    private final byte[] classOf;
    private final int classes;

    /**
     * {@code next[row + class]}: the row of the next state ({@code state * classes}, so a step is
     * one addition and one load), {@link #FOUND} or {@link #DEAD}.
     */
    private final int[] next;

    /** Whether a state accepts at the end of the text. */
    private final boolean[] acceptsAtEnd;

    private Dfa(byte[] classOf, int classes, int[] next, boolean[] acceptsAtEnd) {
      this.classOf = classOf;
      this.classes = classes;
      this.next = next;
      this.acceptsAtEnd = acceptsAtEnd;
    }

    static Dfa of(Branch b) {
      // Character classes: ASCII characters with the same positions.
      byte[] classOf = new byte[128];
      List<Long> classMasks = new ArrayList<>();
      for (int c = 0; c < 128; c++) {
        int k = classMasks.indexOf(b.ascii[c]);
        if (k < 0) {
          k = classMasks.size();
          classMasks.add(b.ascii[c]);
        }
        classOf[c] = (byte) k;
      }
      int classes = classMasks.size();
      long lastMask = b.anchoredEnd ? 0 : b.last;
      long later = b.anchoredStart ? 0 : b.startReady;
      // State 0 is the start (nothing read yet); the others are keyed by their active positions.
      Map<Long, Integer> ids = new HashMap<>();
      List<Long> sets = new ArrayList<>();
      sets.add(0L);
      List<int[]> rows = new ArrayList<>();
      for (int st = 0; st < sets.size(); st++) {
        long d = sets.get(st);
        long start = st == 0 ? b.startReady : later;
        int[] row = new int[classes];
        for (int k = 0; k < classes; k++) {
          long e = b.step(d, classMasks.get(k), start);
          if ((e & lastMask) != 0) {
            row[k] = FOUND;
          } else if (b.anchoredStart && e == 0) {
            row[k] = DEAD;
          } else {
            Integer id = ids.get(e);
            if (id == null) {
              if (sets.size() == MAX_STATES || (sets.size() + 1) * classes > MAX_CELLS) {
                return null;
              }
              id = sets.size();
              ids.put(e, id);
              sets.add(e);
            }
            row[k] = id;
          }
        }
        rows.add(row);
      }
      int[] next = new int[rows.size() * classes];
      boolean[] acceptsAtEnd = new boolean[rows.size()];
      for (int st = 0; st < rows.size(); st++) {
        int[] row = rows.get(st);
        for (int k = 0; k < classes; k++) {
          next[st * classes + k] = row[k] < 0 ? row[k] : row[k] * classes;
        }
        acceptsAtEnd[st] = b.anchoredEnd && (sets.get(st) & b.last) != 0;
      }
      return new Dfa(classOf, classes, next, acceptsAtEnd);
    }

    /** {@link #MATCH}, {@link #NO_MATCH}, or {@link #NOT_ASCII} when the text leaves ASCII. */
    int run(String s) {
      int n = s.length();
      int row = 0;
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c >= 128) {
          return NOT_ASCII;
        }
        row = next[row + classOf[c]];
        if (row < 0) {
          return row == FOUND ? MATCH : NO_MATCH;
        }
      }
      return acceptsAtEnd[row / classes] ? MATCH : NO_MATCH;
    }
  }

  /** A recursive-descent parser of the subset; every method returns null outside it. */
  private static final class Parser {
    final String src;
    int pos;

    Parser(String src) {
      this.src = src;
    }

    private boolean more() {
      return pos < src.length();
    }

    private int peek() {
      return src.codePointAt(pos);
    }

    Branch branch() {
      boolean start = false;
      boolean end = false;
      if (more() && src.charAt(pos) == '^') {
        start = true;
        pos++;
      }
      List<int[]> sets = new ArrayList<>();
      List<Boolean> opt = new ArrayList<>();
      List<Boolean> rep = new ArrayList<>();
      while (more()) {
        char c = src.charAt(pos);
        if (c == '|') {
          break;
        }
        if (c == '$') {
          pos++;
          if (more() && src.charAt(pos) != '|') {
            return null;
          }
          end = true;
          break;
        }
        int[] set = atom();
        if (set == null) {
          return null;
        }
        int min = 1;
        int max = 1;
        if (more()) {
          char q = src.charAt(pos);
          if (q == '?') {
            min = 0;
            pos++;
          } else if (q == '*') {
            min = 0;
            max = -1;
            pos++;
          } else if (q == '+') {
            max = -1;
            pos++;
          } else if (q == '{') {
            int[] mm = counts();
            if (mm == null) {
              return null;
            }
            min = mm[0];
            max = mm[1];
          }
          boolean quantified = q == '?' || q == '*' || q == '+' || q == '{';
          if (quantified && more()) {
            char after = src.charAt(pos);
            if (after == '?' || after == '*' || after == '+' || after == '{') {
              return null;
            }
          }
        }
        if (!add(set, min, max, sets, opt, rep)) {
          return null;
        }
      }
      return new Branch(start, end, sets, opt, rep);
    }

    private static boolean add(
        int[] set, int min, int max, List<int[]> sets, List<Boolean> opt, List<Boolean> rep) {
      int count = max < 0 ? Math.max(min, 1) : max;
      if (sets.size() + count > MAX_POSITIONS) {
        return false;
      }
      if (max < 0) {
        for (int i = 0; i < min - 1; i++) {
          sets.add(set);
          opt.add(false);
          rep.add(false);
        }
        sets.add(set);
        opt.add(min == 0);
        rep.add(true);
        return true;
      }
      for (int i = 0; i < max; i++) {
        sets.add(set);
        opt.add(i >= min);
        rep.add(false);
      }
      return true;
    }

    /** {@code {n}}, {@code {n,}} or {@code {n,m}} as {min, max} with max -1 for unbounded. */
    private int[] counts() {
      int close = src.indexOf('}', pos);
      if (close < 0) {
        return null;
      }
      String body = src.substring(pos + 1, close);
      int comma = body.indexOf(',');
      String lo = comma < 0 ? body : body.substring(0, comma);
      String hi = comma < 0 ? body : body.substring(comma + 1);
      if (!digits(lo) || (!hi.isEmpty() && !digits(hi)) || (comma < 0 && hi.isEmpty())) {
        return null;
      }
      int min = Integer.parseInt(lo);
      int max = hi.isEmpty() ? -1 : Integer.parseInt(hi);
      if (max >= 0 && max < min) {
        return null;
      }
      pos = close + 1;
      return new int[] {min, max};
    }

    private static boolean digits(String s) {
      if (s.isEmpty() || s.length() > 4) {
        return false;
      }
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) < '0' || s.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    private int[] atom() {
      int c = peek();
      if (c == '.') {
        pos++;
        return CodePointSet.complement(new int[] {'\n', '\n'});
      }
      if (c == '[') {
        return charClass();
      }
      if (c == '\\') {
        return escape();
      }
      if ("()[]{}*+?^$|".indexOf(c) >= 0) {
        return null;
      }
      pos += Character.charCount(c);
      return new int[] {c, c};
    }

    /** An escape outside or inside a class, or null when not in the subset. */
    private int[] escape() {
      pos++;
      if (!more()) {
        return null;
      }
      int c = peek();
      pos += Character.charCount(c);
      switch (c) {
        case 'd':
          return CodePointSet.DIGIT;
        case 'D':
          return CodePointSet.complement(CodePointSet.DIGIT);
        case 'w':
          return CodePointSet.WORD;
        case 'W':
          return CodePointSet.complement(CodePointSet.WORD);
        case 's':
          return CodePointSet.SPACE;
        case 'S':
          return CodePointSet.complement(CodePointSet.SPACE);
        case 'x':
          int x = hexEscape();
          return x < 0 ? null : new int[] {x, x};
        default:
          int single = singleEscape(c);
          return single < 0 ? null : new int[] {single, single};
      }
    }

    /**
     * After {@code \x}: the code point of {@code {H...}} (1 to 6 hex digits, at most U+10FFFF) or
     * of two hex digits, as RE2/J reads them; -1 otherwise.
     */
    private int hexEscape() {
      int end;
      int from;
      if (more() && src.charAt(pos) == '{') {
        from = pos + 1;
        end = src.indexOf('}', from);
        if (end < 0 || end == from || end - from > 6) {
          return -1;
        }
      } else {
        from = pos;
        end = pos + 2;
        if (end > src.length()) {
          return -1;
        }
      }
      int value = 0;
      for (int i = from; i < end; i++) {
        int digit = Character.digit(src.charAt(i), 16);
        if (digit < 0) {
          return -1;
        }
        value = value * 16 + digit;
      }
      if (value > MAX_CODE_POINT) {
        return -1;
      }
      pos = src.charAt(pos) == '{' ? end + 1 : end;
      return value;
    }

    /** The character a non-class escape stands for, or -1. */
    private static int singleEscape(int c) {
      switch (c) {
        case 't':
          return '\t';
        case 'n':
          return '\n';
        case 'r':
          return '\r';
        case 'f':
          return '\f';
        case 'v':
          return 0x0B;
        default:
          boolean punctuation = c < 128 && !Character.isLetterOrDigit(c) && c > ' ' && c < 127;
          return punctuation ? c : -1;
      }
    }

    private int[] charClass() {
      pos++;
      boolean negated = false;
      if (more() && src.charAt(pos) == '^') {
        negated = true;
        pos++;
      }
      if (!more() || src.charAt(pos) == ']') {
        return null;
      }
      int[] set = new int[0];
      boolean first = true;
      while (true) {
        if (!more()) {
          return null;
        }
        int c = peek();
        if (c == ']') {
          pos++;
          break;
        }
        if (c == '[') {
          return null;
        }
        if (c == '-' && !first && !(pos + 1 < src.length() && src.charAt(pos + 1) == ']')) {
          return null;
        }
        first = false;
        int lo;
        if (c == '\\') {
          int[] e = escape();
          if (e == null) {
            return null;
          }
          if (!(e.length == 2 && e[0] == e[1])) {
            // \d \w \s and negations: a whole set, which cannot start a range
            if (more() && src.charAt(pos) == '-' && !closesAfterDash()) {
              return null;
            }
            set = CodePointSet.union(set, e);
            continue;
          }
          lo = e[0];
        } else {
          pos += Character.charCount(c);
          lo = c;
        }
        int hi = lo;
        if (more() && src.charAt(pos) == '-' && !closesAfterDash()) {
          pos++;
          int h = peek();
          if (h == '\\') {
            int[] e = escape();
            if (e == null || e.length != 2 || e[0] != e[1]) {
              return null;
            }
            h = e[0];
          } else if (h == '[' || h == ']') {
            return null;
          } else {
            pos += Character.charCount(h);
          }
          if (h < lo) {
            return null;
          }
          hi = h;
        }
        set = CodePointSet.union(set, new int[] {lo, hi});
      }
      return negated ? CodePointSet.complement(set) : set;
    }

    /** At a {@code -}: whether it is the last character of the class (a literal). */
    private boolean closesAfterDash() {
      return pos + 1 < src.length() && src.charAt(pos + 1) == ']';
    }
  }

  /** Sets of code points as sorted, disjoint, non-adjacent inclusive ranges {lo, hi, lo, hi...}. */
  static final class CodePointSet {
    static final int[] DIGIT = {'0', '9'};
    static final int[] WORD = {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'};
    static final int[] SPACE = {'\t', '\n', '\f', '\r', ' ', ' '};

    private CodePointSet() {}

    static boolean contains(int[] set, int c) {
      int lo = 0;
      int hi = set.length / 2 - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (c < set[2 * mid]) {
          hi = mid - 1;
        } else if (c > set[2 * mid + 1]) {
          lo = mid + 1;
        } else {
          return true;
        }
      }
      return false;
    }

    static int[] union(int[] a, int[] b) {
      int[] all = Arrays.copyOf(a, a.length + b.length);
      System.arraycopy(b, 0, all, a.length, b.length);
      int n = all.length / 2;
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (x, y) -> Integer.compare(all[2 * x], all[2 * y]));
      int[] out = new int[all.length];
      int k = 0;
      for (int idx : order) {
        int lo = all[2 * idx];
        int hi = all[2 * idx + 1];
        if (k > 0 && lo <= out[k - 1] + 1) {
          out[k - 1] = Math.max(out[k - 1], hi);
        } else {
          out[k++] = lo;
          out[k++] = hi;
        }
      }
      return Arrays.copyOf(out, k);
    }

    static int[] complement(int[] set) {
      int[] out = new int[set.length + 2];
      int k = 0;
      int next = 0;
      for (int i = 0; i < set.length; i += 2) {
        if (set[i] > next) {
          out[k++] = next;
          out[k++] = set[i] - 1;
        }
        next = set[i + 1] + 1;
      }
      if (next <= MAX_CODE_POINT) {
        out[k++] = next;
        out[k++] = MAX_CODE_POINT;
      }
      return Arrays.copyOf(out, k);
    }
  }
}
