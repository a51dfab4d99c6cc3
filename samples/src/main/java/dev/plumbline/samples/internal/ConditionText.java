package dev.plumbline.samples.internal;

import dev.plumbline.core.EventType;
import dev.plumbline.core.Literal;
import dev.plumbline.core.conditions.Condition;
import java.util.List;
import java.util.stream.Collectors;

/** Renders a condition tree as text a reviewer reads at a glance. */
public final class ConditionText {
  private ConditionText() {}

  /**
   * The condition as text, such as {@code (type is track and event in ["A", "B"]) or type is
   * identify}.
   */
  public static String of(Condition c) {
    if (c instanceof Condition.Always) {
      return "every event";
    } else if (c instanceof Condition.EventNameIn e) {
      return e.names().size() == 1
          ? "event is " + quote(e.names().iterator().next())
          : "event in " + e.names().stream().map(ConditionText::quote).toList();
    } else if (c instanceof Condition.EventTypeIn t) {
      List<String> types = t.types().stream().map(EventType::wireName).toList();
      return types.size() == 1 ? "type is " + types.get(0) : "type in " + types;
    } else if (c instanceof Condition.Exists e) {
      return e.field() + " exists";
    } else if (c instanceof Condition.EqualTo e) {
      return e.field() + " == " + e.value();
    } else if (c instanceof Condition.In in) {
      return in.field() + " in " + in.values().stream().map(Literal::toString).toList();
    } else if (c instanceof Condition.Compare cmp) {
      return cmp.field() + " " + symbol(cmp.operator()) + " " + cmp.bound().toPlainString();
    } else if (c instanceof Condition.Matches m) {
      return m.field() + " matches /" + m.regex() + "/";
    } else if (c instanceof Condition.And a) {
      return join(a.operands(), " and ");
    } else if (c instanceof Condition.Or o) {
      return join(o.operands(), " or ");
    } else if (c instanceof Condition.Not n) {
      return "not " + operand(n.operand());
    }
    throw new IllegalStateException("unhandled condition " + c);
  }

  private static String join(List<Condition> operands, String separator) {
    return operands.stream().map(ConditionText::operand).collect(Collectors.joining(separator));
  }

  /** Compound operands get parentheses so that precedence is never in doubt. */
  private static String operand(Condition c) {
    boolean compound =
        c instanceof Condition.And || c instanceof Condition.Or || c instanceof Condition.Not;
    return compound ? "(" + of(c) + ")" : of(c);
  }

  private static String symbol(Condition.Operator op) {
    switch (op) {
      case LT:
        return "<";
      case LTE:
        return "<=";
      case GT:
        return ">";
      case GTE:
        return ">=";
      default:
        throw new IllegalStateException("unhandled operator " + op);
    }
  }

  private static String quote(String s) {
    return '"' + s + '"';
  }
}
