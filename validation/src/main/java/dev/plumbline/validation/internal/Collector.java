package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import dev.plumbline.validation.Violation;
import dev.plumbline.validation.ViolationCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

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
   * The pointers of the present properties that the plan classifies as PII, or null before the
   * first; shared with {@link #trial} collectors.
   */
  private List<String> piiAt;

  /** Whether the value at the root was found of a kind not accepted, see {@link #noteWrongKind}. */
  private boolean wrongKindAtRoot;

  /** What a message says instead of a PII value. */
  static final String PII_NOT_SHOWN = "a value not shown (PII)";

  /**
   * The length of {@link #pointer} at a value that stands where PII is declared inside it (see
   * {@link #hidingValueHere}), or -1: violations of that value itself do not show it.
   */
  private int hiddenAtLength = -1;

  /**
   * @param pointerRoot the pointer of the checked value, e.g. {@code /properties} or empty
   * @param planRoot the plan location of its type, e.g. {@code events/Signed Up/properties} or
   *     empty
   */
  public Collector(String pointerRoot, String planRoot) {
    this.pointer = new StringBuilder(pointerRoot.length() + 24).append(pointerRoot);
    this.plan = new StringBuilder(planRoot.length() + 32).append(planRoot);
  }

  /**
   * Runs a collecting check of the current value for a checker that declares PII inside it (an
   * object or array holding a PII property, a union with such an option, a JSON Schema part with an
   * {@code x-pii} annotation): the violations of the value itself do not show it either, since an
   * enum mismatch would render the whole object and a string sent in its place may be the email
   * itself.
   */
  public boolean hidingValueHere(BooleanSupplier check) {
    int saved = hiddenAtLength;
    hiddenAtLength = pointer.length();
    try {
      return check.getAsBoolean();
    } finally {
      hiddenAtLength = saved;
    }
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

  /**
   * Adds a violation at the current location. At or under a property classified as PII (see {@link
   * #notePii}) the message's {@code found ...} part is replaced by {@link #PII_NOT_SHOWN}, so that
   * the value does not travel in messages and in propagated {@code context.violationErrors}.
   */
  public void add(ViolationCode code, String message) {
    String at = pointer.toString();
    boolean hide = pointer.length() == hiddenAtLength || underPii(at);
    out.add(new Violation(code, at, plan.toString(), hide ? withoutValue(message) : message));
  }

  /**
   * Notes that the property {@code name} of the current object is present and classified as PII.
   */
  public void notePii(String name) {
    int mark = pointer.length();
    pointer.append('/');
    appendEscaped(pointer, name);
    String at = pointer.toString();
    pointer.setLength(mark);
    if (piiAt == null) {
      piiAt = new ArrayList<>(2);
    }
    if (!piiAt.contains(at)) {
      piiAt.add(at);
    }
  }

  private boolean underPii(String at) {
    if (piiAt == null) {
      return false;
    }
    for (String pii : piiAt) {
      if (at.startsWith(pii) && (at.length() == pii.length() || at.charAt(pii.length()) == '/')) {
        return true;
      }
    }
    return false;
  }

  /** The message up to its first {@code , found }, then {@link #PII_NOT_SHOWN}. */
  static String withoutValue(String message) {
    int found = message.indexOf(", found ");
    if (found < 0 || message.endsWith(", found none")) {
      return message;
    }
    return message.substring(0, found) + ", found " + PII_NOT_SHOWN;
  }

  /**
   * A collector for trying an option of a union at the current location: its violations stay apart
   * until {@link #addAll} takes them.
   */
  public Collector trial() {
    Collector t = new Collector(pointer.toString(), plan.toString());
    t.hiddenAtLength = hiddenAtLength; // the trial starts at this pointer: the same length
    t.nullAcceptedAt = nullAcceptedAt == pointer.length() ? t.pointer.length() : -1;
    if (piiAt == null) {
      piiAt = new ArrayList<>(2);
    }
    t.piiAt = piiAt;
    return t;
  }

  /**
   * Whether a {@link #trial}, once its option has been checked, reported a violation of the value
   * itself (at the trial's root, not below it) with this code, or with any code when {@code code}
   * is null.
   */
  public boolean foundAtRoot(ViolationCode code) {
    String root = pointer.toString();
    for (Violation v : out.build()) {
      if ((code == null || v.code() == code) && v.instancePointer().equals(root)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Notes that the current value is of a kind the checker does not accept, without a TYPE_MISMATCH
   * of its own (a union none of whose options accepts the kind reports its own code).
   */
  public void noteWrongKind() {
    if (level == 0) {
      wrongKindAtRoot = true; // only asked of a trial's root (foundWrongKind)
    }
  }

  /**
   * Whether a {@link #trial}, once its option has been checked, found the value itself of a kind
   * the option does not accept.
   */
  public boolean foundWrongKind() {
    return wrongKindAtRoot || foundAtRoot(ViolationCode.TYPE_MISMATCH);
  }

  /** Takes the violations of a {@link #trial}. */
  public void addAll(Collector trial) {
    for (Violation v : trial.violations()) {
      if (v.code() != ViolationCode.UNPLANNED_PROPERTY
          || unplannedAt == null
          || !unplannedAt.contains(v.instancePointer())) {
        out.add(v);
      }
    }
    if (trial.unplannedAt != null) {
      if (unplannedAt == null) {
        unplannedAt = new HashSet<>();
      }
      unplannedAt.addAll(trial.unplannedAt);
    }
  }

  /** Adds a violation located at a child of the current location. */
  public void addAt(Object pointerSegment, String planSegment, ViolationCode code, String message) {
    push(pointerSegment, planSegment);
    add(code, message);
    pop();
  }

  /**
   * Adds a violation for a size outside its bounds: {@code expected array of at least 1 item, found
   * 0}, or {@code ... of at most ...} when {@code found} is not below {@code min}.
   *
   * @param kind what is measured: {@code string}, {@code array}, {@code object}
   * @param unit what is counted: {@code characters}, {@code items}, {@code properties}
   */
  public void addSize(ViolationCode code, String kind, String unit, int min, int max, int found) {
    int bound = found < min ? min : max;
    add(
        code,
        "expected "
            + kind
            + (found < min ? " of at least " : " of at most ")
            + bound
            + " "
            + (bound == 1 ? singular(unit) : unit)
            + ", found "
            + found);
  }

  /** {@code item} for {@code items}, {@code property} for {@code properties}, .... */
  private static String singular(String unit) {
    return unit.endsWith("ies")
        ? unit.substring(0, unit.length() - 3) + "y"
        : unit.substring(0, unit.length() - 1);
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
