package dev.plumbline.core.internal;

import dev.plumbline.core.FieldPath;
import dev.plumbline.core.Literal;
import dev.plumbline.core.Problem;
import dev.plumbline.core.conditions.Condition;
import dev.plumbline.core.env.DestinationOverlay;
import dev.plumbline.core.env.Environment;
import dev.plumbline.core.routing.Destination;
import dev.plumbline.core.routing.Route;
import dev.plumbline.core.routing.SecretRef;
import dev.plumbline.core.routing.SettingValue;
import dev.plumbline.core.steps.TransformStep;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks everything of a pipeline outside its plan, and reports every problem with its path. */
public final class PipelineChecks {
  /** The envelope fields a step or condition may address. */
  public static final Set<String> ENVELOPE_FIELDS =
      Set.of(
          "type",
          "event",
          "name",
          "userId",
          "anonymousId",
          "messageId",
          "timestamp",
          "sentAt",
          "receivedAt",
          "originalTimestamp",
          "groupId",
          "previousId",
          "properties",
          "traits",
          "context",
          "integrations");

  private PipelineChecks() {}

  public static List<Problem> check(
      String name,
      List<TransformStep> steps,
      Map<String, Destination> destinations,
      List<Route> routes,
      Map<String, Environment> environments) {
    List<Problem> problems = new ArrayList<>();
    Consumer<Problem> out = problems::add;
    if (name.isBlank()) {
      out.accept(new Problem("name", "the pipeline name must not be blank"));
    }
    for (int i = 0; i < steps.size(); i++) {
      checkStep(steps.get(i), "steps/" + i, out);
    }
    for (Destination d : destinations.values()) {
      String path = "destinations/" + d.name();
      PlanChecks.checkEncodable(d.name(), "a destination name", path, out);
      d.settings()
          .keySet()
          .forEach(
              k -> PlanChecks.checkEncodable(k, "a setting name", path + "/settings/" + k, out));
      if (d.name().isBlank()) {
        out.accept(new Problem(path, "a destination name must not be blank"));
      }
      if (d.kind().isBlank()) {
        out.accept(new Problem(path + "/kind", "a destination kind must not be blank"));
      }
      d.settings().forEach((k, v) -> checkSetting(v, path + "/settings/" + k, out));
      d.contract()
          .requiredFields()
          .forEach(f -> checkField(f, path + "/contract/requiredFields", out));
    }
    Set<String> routeNames = new HashSet<>();
    for (Route r : routes) {
      String path = "routes/" + r.name();
      if (!routeNames.add(r.name())) {
        out.accept(new Problem(path, "route '" + r.name() + "' is declared more than once"));
      }
      if (!destinations.containsKey(r.destination())) {
        out.accept(
            new Problem(
                path + "/destination",
                "route to unknown destination '"
                    + r.destination()
                    + "'; declared: "
                    + destinations.keySet()));
      }
      checkCondition(r.condition(), path + "/when", out);
      for (int i = 0; i < r.steps().size(); i++) {
        checkStep(r.steps().get(i), path + "/steps/" + i, out);
      }
    }
    for (Environment e : environments.values()) {
      String path = "environments/" + e.name();
      PlanChecks.checkEncodable(e.name(), "an environment name", path, out);
      if (e.name().isBlank()) {
        out.accept(new Problem(path, "an environment name must not be blank"));
      }
      for (Map.Entry<String, DestinationOverlay> o : e.overlays().entrySet()) {
        String overlayPath = path + "/destinations/" + o.getKey();
        Destination base = destinations.get(o.getKey());
        if (base == null) {
          out.accept(
              new Problem(
                  overlayPath,
                  "overlay of unknown destination '"
                      + o.getKey()
                      + "'; declared: "
                      + destinations.keySet()));
          continue;
        }
        o.getValue()
            .sampling()
            .filter(s -> !(s > 0.0 && s <= 1.0))
            .ifPresent(
                s ->
                    out.accept(
                        new Problem(
                            overlayPath + "/sampling", "sampling must be in (0, 1], got " + s)));
        for (Map.Entry<String, SettingValue> s : o.getValue().settings().entrySet()) {
          if (!base.settings().containsKey(s.getKey())) {
            out.accept(
                new Problem(
                    overlayPath + "/settings/" + s.getKey(),
                    "an overlay may only change settings the destination declares; '"
                        + o.getKey()
                        + "' declares "
                        + base.settings().keySet()));
          }
          checkSetting(s.getValue(), overlayPath + "/settings/" + s.getKey(), out);
        }
      }
    }
    return problems;
  }

  private static void checkSetting(SettingValue v, String path, Consumer<Problem> out) {
    if (v instanceof SettingValue.Plain p
        && p.value() instanceof Literal.Text t
        && SecretRef.looksLikeReference(t.value())) {
      out.accept(
          new Problem(
              path,
              "'"
                  + t.value()
                  + "' looks like a secret reference; declare it with SecretRef.env(...) instead"));
    }
  }

  private static void checkField(FieldPath f, String path, Consumer<Problem> out) {
    if (!ENVELOPE_FIELDS.contains(f.root())) {
      out.accept(
          new Problem(
              path,
              "field '"
                  + f
                  + "' does not start with an envelope field; expected one of "
                  + new java.util.TreeSet<>(ENVELOPE_FIELDS)));
    }
  }

  /** Checks one step. */
  public static void checkStep(TransformStep step, String path, Consumer<Problem> out) {
    if (step instanceof TransformStep.Rename r) {
      checkField(r.from(), path + "/from", out);
      checkField(r.to(), path + "/to", out);
      if (r.from().equals(r.to())) {
        out.accept(new Problem(path, "rename from and to are the same field '" + r.from() + "'"));
      }
    } else if (step instanceof TransformStep.Copy c) {
      checkField(c.from(), path + "/from", out);
      checkField(c.to(), path + "/to", out);
      if (c.from().equals(c.to())) {
        out.accept(new Problem(path, "copy from and to are the same field '" + c.from() + "'"));
      }
    } else if (step instanceof TransformStep.Drop d) {
      checkField(d.field(), path + "/field", out);
    } else if (step instanceof TransformStep.Set s) {
      checkField(s.field(), path + "/field", out);
    } else if (step instanceof TransformStep.SetDefault s) {
      checkField(s.field(), path + "/field", out);
    } else if (step instanceof TransformStep.Hash h) {
      checkField(h.field(), path + "/field", out);
    } else if (step instanceof TransformStep.Redact r) {
      checkField(r.field(), path + "/field", out);
    } else if (step instanceof TransformStep.Normalize n) {
      checkField(n.field(), path + "/field", out);
      if (n.operations().isEmpty()) {
        out.accept(new Problem(path + "/operations", "normalize needs at least one operation"));
      }
    } else if (step instanceof TransformStep.MapValues m) {
      checkField(m.field(), path + "/field", out);
      if (m.mapping().isEmpty()) {
        out.accept(new Problem(path + "/mapping", "mapValues needs at least one mapping"));
      }
    } else if (step instanceof TransformStep.Cast c) {
      checkField(c.field(), path + "/field", out);
    } else if (step instanceof TransformStep.Filter f) {
      checkCondition(f.dropWhen(), path + "/when", out);
    } else if (step instanceof TransformStep.Custom c) {
      if (c.name().isBlank()) {
        out.accept(new Problem(path + "/name", "a custom step needs a name"));
      }
    }
  }

  /** Checks one condition tree. */
  public static void checkCondition(Condition c, String path, Consumer<Problem> out) {
    if (c instanceof Condition.EventNameIn e) {
      if (e.names().isEmpty()) {
        out.accept(new Problem(path, "eventIn needs at least one event name"));
      }
    } else if (c instanceof Condition.EventTypeIn t) {
      if (t.types().isEmpty()) {
        out.accept(new Problem(path, "typeIn needs at least one event type"));
      }
    } else if (c instanceof Condition.Exists e) {
      checkField(e.field(), path + "/field", out);
    } else if (c instanceof Condition.EqualTo e) {
      checkField(e.field(), path + "/field", out);
    } else if (c instanceof Condition.In in) {
      checkField(in.field(), path + "/field", out);
      if (in.values().isEmpty()) {
        out.accept(new Problem(path + "/values", "in needs at least one value"));
      }
    } else if (c instanceof Condition.Compare cmp) {
      checkField(cmp.field(), path + "/field", out);
    } else if (c instanceof Condition.Matches m) {
      checkField(m.field(), path + "/field", out);
      try {
        Pattern.compile(m.regex());
      } catch (PatternSyntaxException e) {
        out.accept(
            new Problem(
                path + "/regex",
                "'" + m.regex() + "' is not a valid regular expression: " + e.getDescription()));
      }
    } else if (c instanceof Condition.And a) {
      checkOperands(a.operands(), "and", path, out);
    } else if (c instanceof Condition.Or o) {
      checkOperands(o.operands(), "or", path, out);
    } else if (c instanceof Condition.Not n) {
      checkCondition(n.operand(), path + "/not", out);
    }
  }

  private static void checkOperands(
      List<Condition> operands, String kind, String path, Consumer<Problem> out) {
    if (operands.isEmpty()) {
      out.accept(new Problem(path + "/" + kind, kind + " needs at least one operand"));
    }
    for (int i = 0; i < operands.size(); i++) {
      checkCondition(operands.get(i), path + "/" + kind + "/" + i, out);
    }
  }
}
