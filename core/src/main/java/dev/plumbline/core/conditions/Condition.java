package dev.plumbline.core.conditions;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.plumbline.core.EventType;
import dev.plumbline.core.FieldPath;
import dev.plumbline.core.Literal;
import java.math.BigDecimal;

/**
 * A predicate over an event: a small tree with a JSON form in the manifest. Build with {@link
 * Conditions}:
 *
 * <pre>{@code
 * import static dev.plumbline.core.conditions.Conditions.*;
 *
 * and(eventIn("Order Completed", "Checkout Started"), greaterThan("properties.revenue", 0))
 * or(typeIn(EventType.IDENTIFY), exists("traits.email"))
 * not(matches("properties.email", ".*@example\\.com$"))
 * }</pre>
 */
public sealed interface Condition {

  /** Always true: every event. */
  record Always() implements Condition {}

  /** The event's name ({@code event} for track, {@code name} otherwise) is one of these. */
  record EventNameIn(ImmutableSet<String> names) implements Condition {
    public EventNameIn {
      names = ImmutableSet.copyOf(requireNonNull(names, "names"));
    }
  }

  /** The event's type is one of these. */
  record EventTypeIn(ImmutableSet<EventType> types) implements Condition {
    public EventTypeIn {
      types = ImmutableSet.copyOf(requireNonNull(types, "types"));
    }
  }

  /** The field is present (even if null). */
  record Exists(FieldPath field) implements Condition {
    public Exists {
      requireNonNull(field, "field");
    }
  }

  /** The field equals the literal (numbers compare by value). */
  record EqualTo(FieldPath field, Literal value) implements Condition {
    public EqualTo {
      requireNonNull(field, "field");
      requireNonNull(value, "value");
    }
  }

  /** The field equals one of the literals. */
  record In(FieldPath field, ImmutableList<Literal> values) implements Condition {
    public In {
      requireNonNull(field, "field");
      values = ImmutableList.copyOf(requireNonNull(values, "values"));
    }
  }

  /** The field is a number and compares to the bound as the operator says. */
  record Compare(FieldPath field, Operator operator, BigDecimal bound) implements Condition {
    public Compare {
      requireNonNull(field, "field");
      requireNonNull(operator, "operator");
      bound = dev.plumbline.core.Numbers.normalize(requireNonNull(bound, "bound"));
    }
  }

  /** The field is a string containing a match of the regular expression. */
  record Matches(FieldPath field, String regex) implements Condition {
    public Matches {
      requireNonNull(field, "field");
      requireNonNull(regex, "regex");
    }
  }

  /** Every operand holds. */
  record And(ImmutableList<Condition> operands) implements Condition {
    public And {
      operands = ImmutableList.copyOf(requireNonNull(operands, "operands"));
    }
  }

  /** At least one operand holds. */
  record Or(ImmutableList<Condition> operands) implements Condition {
    public Or {
      operands = ImmutableList.copyOf(requireNonNull(operands, "operands"));
    }
  }

  /** The operand does not hold. */
  record Not(Condition operand) implements Condition {
    public Not {
      requireNonNull(operand, "operand");
    }
  }

  /** A comparison operator. */
  enum Operator {
    LT("lt"),
    LTE("lte"),
    GT("gt"),
    GTE("gte");

    private final String wireName;

    Operator(String wireName) {
      this.wireName = wireName;
    }

    /** The manifest spelling: {@code lt}, {@code lte}, {@code gt}, {@code gte}. */
    public String wireName() {
      return wireName;
    }

    /**
     * Parses a manifest spelling.
     *
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static Operator fromWireName(String wire) {
      requireNonNull(wire, "wire");
      for (Operator o : values()) {
        if (o.wireName.equals(wire)) {
          return o;
        }
      }
      throw new IllegalArgumentException(
          "unknown operator '" + wire + "', expected one of lt, lte, gt, gte");
    }
  }
}
