package dev.plumbline.core.manifest.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ValueNode;
import dev.plumbline.core.EventType;
import dev.plumbline.core.Literal;
import dev.plumbline.core.Numbers;
import dev.plumbline.core.Pipeline;
import dev.plumbline.core.conditions.Condition;
import dev.plumbline.core.env.DestinationOverlay;
import dev.plumbline.core.env.Environment;
import dev.plumbline.core.plan.Category;
import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.plan.EnforcementPolicy;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.routing.Contract;
import dev.plumbline.core.routing.Destination;
import dev.plumbline.core.routing.Route;
import dev.plumbline.core.routing.SecretRef;
import dev.plumbline.core.routing.SettingValue;
import dev.plumbline.core.steps.TransformStep;
import dev.plumbline.core.types.AdditionalProperties;
import dev.plumbline.core.types.ArrayType;
import dev.plumbline.core.types.BooleanType;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.EnumType;
import dev.plumbline.core.types.IntegerType;
import dev.plumbline.core.types.JsonSchemaType;
import dev.plumbline.core.types.NullableType;
import dev.plumbline.core.types.NumberType;
import dev.plumbline.core.types.NumericBounds;
import dev.plumbline.core.types.ObjectType;
import dev.plumbline.core.types.Property;
import dev.plumbline.core.types.StringType;
import dev.plumbline.core.types.TypeRef;
import dev.plumbline.core.types.UnionType;
import dev.plumbline.core.types.VariantCase;
import dev.plumbline.core.types.Variants;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a pipeline as the {@code spec} tree of a manifest: fixed field order for structural
 * objects, maps keyed by user names sorted by code point, sets sorted, lists in declaration order,
 * absent optionals and false flags omitted.
 */
public final class ManifestEncoder {
  /** Builds trees whose decimals keep their exact value. */
  public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private ManifestEncoder() {}

  /** The {@code spec} object, environments included. */
  public static ObjectNode spec(Pipeline p) {
    ObjectNode spec = NODES.objectNode();
    spec.set("plan", plan(p.plan()));
    spec.set("policies", sortedMap(byWireName(p.plan().policies()), ManifestEncoder::policy));
    spec.set("steps", steps(p.steps()));
    spec.set("destinations", sortedMap(p.destinations(), ManifestEncoder::destination));
    ArrayNode routes = NODES.arrayNode();
    p.routes().forEach(r -> routes.add(route(r)));
    spec.set("routes", routes);
    spec.set("environments", sortedMap(p.environments(), ManifestEncoder::environment));
    return spec;
  }

  private static Map<String, EnforcementPolicy> byWireName(Map<EventType, EnforcementPolicy> m) {
    Map<String, EnforcementPolicy> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k.wireName(), v));
    return out;
  }

  private static ObjectNode plan(TrackingPlan plan) {
    ObjectNode n = NODES.objectNode();
    n.put("name", plan.name());
    n.put("version", plan.version());
    n.set("categories", sortedMap(plan.categories(), ManifestEncoder::category));
    n.set("customTypes", sortedMap(plan.customTypes(), ManifestEncoder::customType));
    n.set("events", sortedMap(plan.events(), ManifestEncoder::event));
    return n;
  }

  private static ObjectNode category(Category c) {
    ObjectNode n = NODES.objectNode();
    c.description().ifPresent(d -> n.put("description", d));
    return n;
  }

  private static ObjectNode customType(CustomType t) {
    ObjectNode n = NODES.objectNode();
    t.description().ifPresent(d -> n.put("description", d));
    n.set("type", type(t.type()));
    return n;
  }

  private static ObjectNode event(EventSpec e) {
    ObjectNode n = NODES.objectNode();
    n.put("eventType", e.type().wireName());
    e.description().ifPresent(d -> n.put("description", d));
    e.category().ifPresent(c -> n.put("category", c));
    ArrayNode owners = n.putArray("owners");
    e.owners().forEach(owners::add);
    objectBody(n, e.payload());
    return n;
  }

  private static ObjectNode policy(EnforcementPolicy p) {
    ObjectNode n = NODES.objectNode();
    n.put("unplannedEvent", wire(p.unplannedEvent()));
    n.put("unplannedProperty", wire(p.unplannedProperty()));
    n.put("otherViolation", wire(p.otherViolation()));
    n.put("propagateViolations", p.propagateViolations());
    return n;
  }

  /** The manifest spelling of an action: its constant name in lower case. */
  public static String wire(Enum<?> action) {
    return action.name().toLowerCase(Locale.ROOT);
  }

  // ---- types

  /** A type as a manifest object with a {@code type} discriminator. */
  public static ObjectNode type(DataType t) {
    ObjectNode n = NODES.objectNode();
    if (t instanceof StringType s) {
      n.put("type", "string");
      s.minLength().ifPresent(v -> n.put("minLength", v));
      s.maxLength().ifPresent(v -> n.put("maxLength", v));
      s.pattern().ifPresent(v -> n.put("pattern", v));
      s.format().ifPresent(v -> n.put("format", v.wireName()));
    } else if (t instanceof IntegerType i) {
      n.put("type", "integer");
      bounds(n, i.bounds());
    } else if (t instanceof NumberType num) {
      n.put("type", "number");
      bounds(n, num.bounds());
    } else if (t instanceof BooleanType) {
      n.put("type", "boolean");
    } else if (t instanceof EnumType e) {
      n.put("type", "enum");
      ArrayNode values = n.putArray("values");
      e.values().forEach(values::add);
    } else if (t instanceof ArrayType a) {
      n.put("type", "array");
      n.set("items", type(a.items()));
      a.minItems().ifPresent(v -> n.put("minItems", v));
      a.maxItems().ifPresent(v -> n.put("maxItems", v));
      if (a.unique()) {
        n.put("uniqueItems", true);
      }
    } else if (t instanceof ObjectType o) {
      n.put("type", "object");
      objectBody(n, o);
    } else if (t instanceof NullableType nt) {
      n.put("type", "nullable");
      n.set("of", type(nt.inner()));
    } else if (t instanceof UnionType u) {
      n.put("type", u.mode() == UnionType.Mode.ANY_OF ? "anyOf" : "oneOf");
      ArrayNode options = n.putArray("options");
      u.options().forEach(o -> options.add(type(o)));
    } else if (t instanceof TypeRef r) {
      n.put("type", "ref");
      n.put("name", r.name());
    } else if (t instanceof JsonSchemaType j) {
      n.put("type", "jsonSchema");
      n.set("schema", j.schema());
    } else {
      throw new IllegalStateException("unhandled type " + t);
    }
    return n;
  }

  private static void bounds(ObjectNode n, NumericBounds b) {
    b.minimum().ifPresent(v -> n.put("minimum", v));
    b.maximum().ifPresent(v -> n.put("maximum", v));
    b.exclusiveMinimum().ifPresent(v -> n.put("exclusiveMinimum", v));
    b.exclusiveMaximum().ifPresent(v -> n.put("exclusiveMaximum", v));
    b.multipleOf().ifPresent(v -> n.put("multipleOf", v));
  }

  private static void objectBody(ObjectNode n, ObjectType o) {
    n.set("properties", properties(o.properties()));
    if (o.additionalProperties() == AdditionalProperties.OPEN) {
      n.put("additionalProperties", true);
    }
    o.variants().ifPresent(v -> n.set("variants", variants(v)));
    o.constraints().ifPresent(c -> n.set("constraints", c.schema()));
  }

  private static ObjectNode properties(Map<String, Property> properties) {
    return sortedMap(properties, ManifestEncoder::property);
  }

  private static ObjectNode property(Property p) {
    ObjectNode n = NODES.objectNode();
    n.put("required", p.required());
    p.pii().ifPresent(c -> n.put("pii", c.wireName()));
    p.description().ifPresent(d -> n.put("description", d));
    n.set("type", type(p.type()));
    return n;
  }

  private static ObjectNode variants(Variants v) {
    ObjectNode n = NODES.objectNode();
    n.put("discriminator", v.discriminator());
    ArrayNode cases = n.putArray("cases");
    for (VariantCase c : v.cases()) {
      ObjectNode cn = cases.addObject();
      cn.put("name", c.name());
      ArrayNode match = cn.putArray("match");
      c.match().forEach(match::add);
      cn.set("properties", properties(c.properties()));
    }
    n.set("default", properties(v.defaultProperties()));
    return n;
  }

  // ---- steps and conditions

  private static ArrayNode steps(List<TransformStep> steps) {
    ArrayNode out = NODES.arrayNode();
    steps.forEach(s -> out.add(step(s)));
    return out;
  }

  private static ObjectNode step(TransformStep s) {
    ObjectNode n = NODES.objectNode();
    n.put("kind", s.kind());
    if (s instanceof TransformStep.Rename r) {
      n.put("from", r.from().toString());
      n.put("to", r.to().toString());
    } else if (s instanceof TransformStep.Copy c) {
      n.put("from", c.from().toString());
      n.put("to", c.to().toString());
    } else if (s instanceof TransformStep.Drop d) {
      n.put("field", d.field().toString());
    } else if (s instanceof TransformStep.Set set) {
      n.put("field", set.field().toString());
      n.set("value", literal(set.value()));
    } else if (s instanceof TransformStep.SetDefault sd) {
      n.put("field", sd.field().toString());
      n.set("value", literal(sd.value()));
    } else if (s instanceof TransformStep.Hash h) {
      n.put("field", h.field().toString());
      n.put("algorithm", h.algorithm().wireName());
      h.salt().ifPresent(salt -> n.put("salt", salt.toString()));
    } else if (s instanceof TransformStep.Redact r) {
      n.put("field", r.field().toString());
      n.put("replacement", r.replacement());
    } else if (s instanceof TransformStep.Normalize nz) {
      n.put("field", nz.field().toString());
      ArrayNode ops = n.putArray("operations");
      nz.operations().stream().sorted().forEach(o -> ops.add(o.wireName()));
    } else if (s instanceof TransformStep.MapValues m) {
      n.put("field", m.field().toString());
      n.set("mapping", sortedMap(m.mapping(), ManifestEncoder::literal));
    } else if (s instanceof TransformStep.Cast c) {
      n.put("field", c.field().toString());
      n.put("target", c.target().wireName());
    } else if (s instanceof TransformStep.Filter f) {
      n.set("when", condition(f.dropWhen()));
    } else if (s instanceof TransformStep.Custom c) {
      n.put("name", c.name());
      n.set("parameters", sortedMap(c.parameters(), NODES::textNode));
    } else {
      throw new IllegalStateException("unhandled step " + s);
    }
    return n;
  }

  /** A condition as a manifest object with an {@code op} discriminator. */
  public static ObjectNode condition(Condition c) {
    ObjectNode n = NODES.objectNode();
    if (c instanceof Condition.Always) {
      n.put("op", "always");
    } else if (c instanceof Condition.EventNameIn e) {
      n.put("op", "eventIn");
      n.set("names", sortedStrings(e.names()));
    } else if (c instanceof Condition.EventTypeIn t) {
      n.put("op", "typeIn");
      ArrayNode types = n.putArray("types");
      t.types().stream().sorted().forEach(x -> types.add(x.wireName()));
    } else if (c instanceof Condition.Exists e) {
      n.put("op", "exists");
      n.put("field", e.field().toString());
    } else if (c instanceof Condition.EqualTo e) {
      n.put("op", "equals");
      n.put("field", e.field().toString());
      n.set("value", literal(e.value()));
    } else if (c instanceof Condition.In in) {
      n.put("op", "in");
      n.put("field", in.field().toString());
      ArrayNode values = n.putArray("values");
      in.values().forEach(v -> values.add(literal(v)));
    } else if (c instanceof Condition.Compare cmp) {
      n.put("op", cmp.operator().wireName());
      n.put("field", cmp.field().toString());
      n.put("value", cmp.bound());
    } else if (c instanceof Condition.Matches m) {
      n.put("op", "matches");
      n.put("field", m.field().toString());
      n.put("regex", m.regex());
    } else if (c instanceof Condition.And a) {
      n.put("op", "and");
      ArrayNode ops = n.putArray("operands");
      a.operands().forEach(o -> ops.add(condition(o)));
    } else if (c instanceof Condition.Or o) {
      n.put("op", "or");
      ArrayNode ops = n.putArray("operands");
      o.operands().forEach(x -> ops.add(condition(x)));
    } else if (c instanceof Condition.Not not) {
      n.put("op", "not");
      n.set("operand", condition(not.operand()));
    } else {
      throw new IllegalStateException("unhandled condition " + c);
    }
    return n;
  }

  /** A literal as a JSON scalar. */
  public static ValueNode literal(Literal l) {
    if (l instanceof Literal.Text t) {
      return NODES.textNode(t.value());
    } else if (l instanceof Literal.Number num) {
      return NODES.numberNode(num.value());
    } else if (l instanceof Literal.Bool b) {
      return NODES.booleanNode(b.value());
    } else {
      return NODES.nullNode();
    }
  }

  // ---- destinations, routes, environments

  private static ObjectNode destination(Destination d) {
    ObjectNode n = NODES.objectNode();
    n.put("kind", d.kind());
    n.set("settings", sortedMap(d.settings(), ManifestEncoder::setting));
    n.set("contract", contract(d.contract()));
    return n;
  }

  private static ValueNode setting(SettingValue v) {
    if (v instanceof SecretRef s) {
      return NODES.textNode(s.toString());
    }
    return literal(((SettingValue.Plain) v).value());
  }

  private static ObjectNode contract(Contract c) {
    ObjectNode n = NODES.objectNode();
    n.set(
        "requiredFields",
        sortedStrings(c.requiredFields().stream().map(Object::toString).toList()));
    ArrayNode pii = n.putArray("acceptedPii");
    c.acceptedPii().stream().sorted().forEach(x -> pii.add(x.wireName()));
    c.acceptedEvents().ifPresent(e -> n.set("acceptedEvents", sortedStrings(e)));
    return n;
  }

  private static ObjectNode route(Route r) {
    ObjectNode n = NODES.objectNode();
    n.put("name", r.name());
    n.put("destination", r.destination());
    n.set("when", condition(r.condition()));
    n.set("steps", steps(r.steps()));
    return n;
  }

  private static ObjectNode environment(Environment e) {
    ObjectNode n = NODES.objectNode();
    n.set("destinations", sortedMap(e.overlays(), ManifestEncoder::overlay));
    return n;
  }

  private static ObjectNode overlay(DestinationOverlay o) {
    ObjectNode n = NODES.objectNode();
    o.enabled().ifPresent(v -> n.put("enabled", v));
    o.sampling().ifPresent(v -> n.put("sampling", samplingDecimal(v)));
    n.set("settings", sortedMap(o.settings(), ManifestEncoder::setting));
    return n;
  }

  /** The shortest decimal that reads back as the same double. */
  static BigDecimal samplingDecimal(double v) {
    return Numbers.normalize(new BigDecimal(Double.toString(v)));
  }

  // ---- helpers

  private static <V> ObjectNode sortedMap(
      Map<String, V> map, Function<V, ? extends com.fasterxml.jackson.databind.JsonNode> value) {
    ObjectNode n = NODES.objectNode();
    map.keySet().stream()
        .sorted(CanonicalJson.CODE_POINT_ORDER)
        .forEach(k -> n.set(k, value.apply(map.get(k))));
    return n;
  }

  private static ArrayNode sortedStrings(Collection<String> values) {
    ArrayNode n = NODES.arrayNode();
    values.stream().sorted(CanonicalJson.CODE_POINT_ORDER).forEach(n::add);
    return n;
  }
}
