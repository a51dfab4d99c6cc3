package dev.plumbline.testing;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.plumbline.core.Literal;
import dev.plumbline.core.Pipeline;
import dev.plumbline.core.conditions.Condition;
import dev.plumbline.core.plan.EnforcementPolicy;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.routing.SecretRef;
import dev.plumbline.core.routing.SettingValue;
import dev.plumbline.core.steps.TransformStep;
import dev.plumbline.core.types.ArrayType;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.NullableType;
import dev.plumbline.core.types.ObjectType;
import dev.plumbline.core.types.UnionType;
import dev.plumbline.core.types.VariantCase;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class PipelineArbitrariesProperties {

  /** Every feature the generator must reach, each in a fair share of pipelines. */
  private static final List<String> FEATURES =
      List.of(
          "type:string",
          "type:integer",
          "type:number",
          "type:boolean",
          "type:enum",
          "type:array",
          "type:object",
          "type:nullable",
          "type:anyOf",
          "type:oneOf",
          "type:jsonSchema",
          "type:ref",
          "variants",
          "object constraints",
          "open object",
          "pii",
          "step:rename",
          "step:copy",
          "step:drop",
          "step:set",
          "step:setDefault",
          "step:hash",
          "step:redact",
          "step:normalize",
          "step:mapValues",
          "step:cast",
          "step:filter",
          "step:custom",
          "op:Always",
          "op:EventNameIn",
          "op:EventTypeIn",
          "op:Exists",
          "op:EqualTo",
          "op:In",
          "op:Compare",
          "op:Matches",
          "op:And",
          "op:Or",
          "op:Not",
          "policy",
          "policy:drop",
          "policy:quarantine",
          "secret setting",
          "plain setting",
          "accepted events",
          "overlay setting",
          "sampling",
          "disabled",
          "unicode name",
          "decimal",
          "large number");

  @net.jqwik.api.Property(tries = 400)
  void generatedPipelinesAreValidAndUseEveryFeature(@ForAll("pipelines") Pipeline p) {
    assertThatCode(
            () -> {
              TrackingPlan t = p.plan();
              new TrackingPlan(
                  t.name(), t.version(), t.events(), t.customTypes(), t.categories(), t.policies());
              new Pipeline(p.name(), t, p.steps(), p.destinations(), p.routes(), p.environments());
            })
        .doesNotThrowAnyException();
    Set<String> seen = features(p);
    for (String f : FEATURES) {
      Statistics.label(f).collect(seen.contains(f));
      Statistics.label(f).coverage(c -> c.check(true).percentage(share -> share >= 2.0));
    }
  }

  @Provide
  Arbitrary<Pipeline> pipelines() {
    return PipelineArbitraries.pipelines();
  }

  static Set<String> features(Pipeline p) {
    Set<String> out = new TreeSet<>();
    TrackingPlan plan = p.plan();
    name(plan.name(), out);
    plan.customTypes().values().forEach(c -> type(c.type(), out));
    plan.events()
        .values()
        .forEach(
            e -> {
              name(e.name(), out);
              type(e.payload(), out);
            });
    for (EnforcementPolicy policy : plan.policies().values()) {
      out.add("policy");
      out.add("policy:" + policy.unplannedEvent().name().toLowerCase(java.util.Locale.ROOT));
      out.add("policy:" + policy.otherViolation().name().toLowerCase(java.util.Locale.ROOT));
    }
    p.steps().forEach(s -> step(s, out));
    p.destinations()
        .values()
        .forEach(
            d -> {
              name(d.name(), out);
              settings(d.settings().values(), out);
              d.contract().acceptedEvents().ifPresent(e -> out.add("accepted events"));
            });
    p.routes()
        .forEach(
            r -> {
              condition(r.condition(), out);
              r.steps().forEach(s -> step(s, out));
            });
    p.environments()
        .values()
        .forEach(
            e ->
                e.overlays()
                    .values()
                    .forEach(
                        o -> {
                          if (!o.settings().isEmpty()) {
                            out.add("overlay setting");
                          }
                          o.sampling().ifPresent(s -> out.add("sampling"));
                          o.enabled().filter(on -> !on).ifPresent(on -> out.add("disabled"));
                        }));
    return out;
  }

  private static void name(String n, Set<String> out) {
    if (n.chars().anyMatch(c -> c > 127)) {
      out.add("unicode name");
    }
  }

  private static void settings(Collection<SettingValue> values, Set<String> out) {
    for (SettingValue v : values) {
      out.add(v instanceof SecretRef ? "secret setting" : "plain setting");
      if (v instanceof SettingValue.Plain plain) {
        literal(plain.value(), out);
      }
    }
  }

  private static void literal(Literal l, Set<String> out) {
    if (l instanceof Literal.Number n) {
      number(n.value(), out);
    }
  }

  private static void number(BigDecimal n, Set<String> out) {
    if (n.scale() > 0) {
      out.add("decimal");
    }
    if (n.abs().compareTo(new BigDecimal("1E+18")) >= 0) {
      out.add("large number");
    }
  }

  private static void type(DataType t, Set<String> out) {
    out.add("type:" + (t.kind().startsWith("ref ") ? "ref" : t.kind().split(" ")[0]));
    if (t instanceof dev.plumbline.core.types.IntegerType i) {
      i.bounds().minimum().ifPresent(v -> number(v, out));
      i.bounds().maximum().ifPresent(v -> number(v, out));
    } else if (t instanceof dev.plumbline.core.types.NumberType n) {
      n.bounds().minimum().ifPresent(v -> number(v, out));
      n.bounds().multipleOf().ifPresent(v -> number(v, out));
    } else if (t instanceof ArrayType a) {
      type(a.items(), out);
    } else if (t instanceof NullableType n) {
      type(n.inner(), out);
    } else if (t instanceof UnionType u) {
      u.options().forEach(o -> type(o, out));
    } else if (t instanceof ObjectType o) {
      if (o.additionalProperties() == dev.plumbline.core.types.AdditionalProperties.OPEN) {
        out.add("open object");
      }
      properties(o.properties().values(), out);
      o.constraints().ifPresent(c -> out.add("object constraints"));
      o.variants()
          .ifPresent(
              v -> {
                out.add("variants");
                properties(v.defaultProperties().values(), out);
                for (VariantCase c : v.cases()) {
                  properties(c.properties().values(), out);
                }
              });
    }
  }

  private static void properties(
      Collection<dev.plumbline.core.types.Property> ps, Set<String> out) {
    for (dev.plumbline.core.types.Property p : ps) {
      p.pii().ifPresent(x -> out.add("pii"));
      type(p.type(), out);
    }
  }

  private static void step(TransformStep s, Set<String> out) {
    out.add("step:" + s.kind());
    if (s instanceof TransformStep.Filter f) {
      condition(f.dropWhen(), out);
    }
  }

  private static void condition(Condition c, Set<String> out) {
    out.add("op:" + c.getClass().getSimpleName());
    if (c instanceof Condition.And a) {
      a.operands().forEach(o -> condition(o, out));
    } else if (c instanceof Condition.Or o) {
      o.operands().forEach(x -> condition(x, out));
    } else if (c instanceof Condition.Not n) {
      condition(n.operand(), out);
    } else if (c instanceof Condition.Compare cmp) {
      number(cmp.bound(), out);
    }
  }
}
