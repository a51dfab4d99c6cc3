package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import dev.plumbline.validation.Violation;
import dev.plumbline.validation.ViolationCode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Collects violations with their instance pointer and plan location while checkers descend. Only
 * used once a value is known to be invalid, so it may allocate. Not thread-safe; one per call.
 */
public final class Collector {
  /**
   * The deepest container the validator descends into (the event itself is level 0): as deep as the
   * draft-07 engine evaluates, so that importing a schema as typed declarations does not change its
   * verdicts.
   */
  public static final int MAX_DEPTH = 256;

  /** The current instance pointer, extended by {@link #push} and cut back by {@link #pop}. */
  private final StringBuilder pointer;

  /** The current plan location, likewise. */
  private final StringBuilder plan;

  /** For each entered level, the lengths of {@link #pointer} and {@link #plan} before it. */
  private int[] marks = new int[8];

  private int level;
  private final ImmutableList.Builder<Violation> out = ImmutableList.builder();

  /**
   * The length of {@link #pointer} at the value a nullable wrapper is checking (it also accepts
   * null there), or -1.
   */
  private int nullAcceptedAt = -1;

  /** The pointers of the undeclared properties reported so far, or null before the first. */
  private Set<String> unplannedAt;

  /**
   * @param pointerRoot the pointer of the checked value, e.g. {@code /properties} or empty
   * @param planRoot the plan location of its type, e.g. {@code events/Signed Up/properties} or
   *     empty
   */
  public Collector(String pointerRoot, String planRoot) {
    this.pointer = new StringBuilder(pointerRoot.length() + 24).append(pointerRoot);
    this.plan = new StringBuilder(planRoot.length() + 32).append(planRoot);
  }

  /** Enters a child: a property name or an array index (either may be null), and a plan segment. */
  public void push(Object pointerSegment, String planSegment) {
    if (pointerSegment instanceof Integer index) {
      push((int) index, planSegment);
      return;
    }
    mark();
    if (pointerSegment != null) {
      pointer.append('/');
      appendEscaped(pointer, pointerSegment.toString());
    }
    appendPlan(planSegment);
  }

  /** Enters an array item and a plan segment (which may be null). */
  public void push(int index, String planSegment) {
    mark();
    pointer.append('/').append(index);
    appendPlan(planSegment);
  }

  private void mark() {
    if (2 * level + 2 > marks.length) {
      marks = Arrays.copyOf(marks, marks.length * 2);
    }
    marks[2 * level] = pointer.length();
    marks[2 * level + 1] = plan.length();
    level++;
  }

  private void appendPlan(String planSegment) {
    if (planSegment != null) {
      if (plan.length() > 0) {
        plan.append('/');
      }
      plan.append(planSegment);
    }
  }

  public void pop() {
    popTo(level - 1);
  }

  /** How many segments the current location has; see {@link #popTo}. */
  public int level() {
    return level;
  }

  /** Leaves every segment entered after {@link #level} returned {@code level}. */
  public void popTo(int level) {
    if (this.level > level) {
      this.level = level;
      pointer.setLength(marks[2 * level]);
      plan.setLength(marks[2 * level + 1]);
    }
  }

  /**
   * Notes that a nullable wrapper is about to check the current (non-null) value with its inner
   * checker, so that a kind mismatch there says {@code or null}; returns what {@link
   * #restoreNullAccepted} needs afterwards.
   */
  public int acceptNullHere() {
    int saved = nullAcceptedAt;
    nullAcceptedAt = pointer.length();
    return saved;
  }

  /** Ends what {@link #acceptNullHere} began. */
  public void restoreNullAccepted(int saved) {
    nullAcceptedAt = saved;
  }

  /**
   * What the current value may be, for a kind mismatch: {@code expected}, followed by {@code or
   * null} when a nullable wrapper of this value also accepts null ({@code object or null} for a
   * nullable reference to an object type).
   */
  public String expectedHere(String expected) {
    return nullAcceptedAt == pointer.length() && !expected.endsWith(" or null")
        ? expected + " or null"
        : expected;
  }

  /** Adds a violation at the current location. */
  public void add(ViolationCode code, String message) {
    out.add(new Violation(code, pointer.toString(), plan.toString(), message));
  }

  /** Adds a violation located at a child of the current location. */
  public void addAt(Object pointerSegment, String planSegment, ViolationCode code, String message) {
    push(pointerSegment, planSegment);
    add(code, message);
    pop();
  }

  /**
   * Adds a violation for a size outside its bounds: {@code expected array of at least 1 items,
   * found 0}, or {@code ... of at most ...} when {@code found} is not below {@code min}.
   *
   * @param kind what is measured: {@code string}, {@code array}, {@code object}
   * @param unit what is counted: {@code characters}, {@code items}, {@code properties}
   */
  public void addSize(ViolationCode code, String kind, String unit, int min, int max, int found) {
    add(
        code,
        "expected "
            + kind
            + (found < min ? " of at least " + min : " of at most " + max)
            + " "
            + unit
            + ", found "
            + found);
  }

  /**
   * Adds a {@link ViolationCode#REQUIRED_MISSING} at a property of the current object.
   *
   * @param planSegment where the property is declared, relative to the current plan location, or
   *     null when it has no plan location of its own
   */
  public void addMissing(String name, String planSegment) {
    addAt(
        name,
        planSegment,
        ViolationCode.REQUIRED_MISSING,
        "expected required property '" + JsonValues.truncate(name) + "', found none");
  }

  /**
   * Adds an {@link ViolationCode#UNPLANNED_PROPERTY} at a property of the current object, unless
   * one was already added there.
   *
   * @param why why the property is not allowed, e.g. {@code not declared}
   */
  public void addUnplanned(String name, String why, JsonNode value) {
    push(name, null);
    String at = pointer.toString();
    if (unplannedAt == null) {
      unplannedAt = new HashSet<>();
    }
    // Once per property: a closed object whose JSON Schema constraints also close it would
    // otherwise report the property twice.
    if (unplannedAt.add(at)) {
      out.add(
          new Violation(
              ViolationCode.UNPLANNED_PROPERTY,
              at,
              plan.toString(),
              "expected no property '"
                  + JsonValues.truncate(name)
                  + "' ("
                  + why
                  + "), found "
                  + JsonValues.kind(value)));
    }
    pop();
  }

  public ImmutableList<Violation> violations() {
    return out.build();
  }

  /**
   * Appends an RFC 6901 reference token: {@code ~} becomes {@code ~0}, {@code /} becomes {@code
   * ~1}.
   */
  static void appendEscaped(StringBuilder sb, String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      sb.append(token);
      return;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '~') {
        sb.append("~0");
      } else if (c == '/') {
        sb.append("~1");
      } else {
        sb.append(c);
      }
    }
  }

  /** An RFC 6901 pointer token for a name. */
  public static String escape(String token) {
    StringBuilder sb = new StringBuilder(token.length() + 2);
    appendEscaped(sb, token);
    return sb.toString();
  }
}
