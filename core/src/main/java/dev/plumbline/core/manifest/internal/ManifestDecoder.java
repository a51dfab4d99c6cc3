package dev.plumbline.core.manifest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.plumbline.core.DeclarationException;
import dev.plumbline.core.EventType;
import dev.plumbline.core.FieldPath;
import dev.plumbline.core.Literal;
import dev.plumbline.core.PiiCategory;
import dev.plumbline.core.Pipeline;
import dev.plumbline.core.Problem;
import dev.plumbline.core.conditions.Condition;
import dev.plumbline.core.env.DestinationOverlay;
import dev.plumbline.core.env.Environment;
import dev.plumbline.core.plan.Category;
import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.plan.EnforcementPolicy;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.plan.UnplannedEventAction;
import dev.plumbline.core.plan.UnplannedPropertyAction;
import dev.plumbline.core.plan.ViolationAction;
import dev.plumbline.core.routing.Contract;
import dev.plumbline.core.routing.Destination;
import dev.plumbline.core.routing.Route;
import dev.plumbline.core.routing.SecretRef;
import dev.plumbline.core.routing.SettingValue;
import dev.plumbline.core.steps.CastTarget;
import dev.plumbline.core.steps.HashAlgorithm;
import dev.plumbline.core.steps.Normalization;
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
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.core.types.StringType;
import dev.plumbline.core.types.TypeRef;
import dev.plumbline.core.types.UnionType;
import dev.plumbline.core.types.VariantCase;
import dev.plumbline.core.types.Variants;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a manifest tree back into a pipeline. Every structural problem (wrong JSON type, missing or
 * unknown field, unknown kind, malformed value) is collected with its JSON pointer; only a
 * structurally sound tree is built into the model, whose own problems are then mapped to pointers
 * as well.
 *
 * <p>Not thread-safe: one instance decodes one tree.
 */
public final class ManifestDecoder {
  /** The only API version this code reads. */
  public static final String API_VERSION = "plumbline.dev/v1";

  private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private final List<Problem> problems = new ArrayList<>();

  /** What a manifest declares: the pipeline and its metadata. */
  public record Decoded(
      Pipeline pipeline, Optional<String> environment, String digest, String specDigest) {}

  private ManifestDecoder() {}

  /**
   * Decodes a manifest tree.
   *
   * @throws DecodingFailed listing every problem found, each with its JSON pointer
   */
  public static Decoded decode(JsonNode root) {
    return new ManifestDecoder().root(root);
  }

  /** Thrown with the problems of a tree that cannot be decoded. */
  public static final class DecodingFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ImmutableList<Problem> problems;

    DecodingFailed(List<Problem> problems) {
      super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
      this.problems = ImmutableList.copyOf(new LinkedHashSet<>(problems));
    }

    public ImmutableList<Problem> problems() {
      return problems;
    }
  }

  /** The check every reader does first: a JSON object of this API version. */
  public static Optional<Problem> apiVersionProblem(JsonNode root) {
    if (root == null || !root.isObject()) {
      return Optional.of(
          new Problem("", "a manifest must be a JSON object, got " + describe(root)));
    }
    JsonNode v = root.get("apiVersion");
    if (v == null) {
      return Optional.of(
          new Problem("/apiVersion", "missing apiVersion; this Plumbline reads " + API_VERSION));
    }
    if (!v.isTextual() || !v.textValue().equals(API_VERSION)) {
      String shown = v.isTextual() ? v.textValue() : v.toString();
      return Optional.of(
          new Problem(
              "/apiVersion",
              "unsupported apiVersion '" + shown + "'; this Plumbline reads " + API_VERSION));
    }
    return Optional.empty();
  }

  private Decoded root(JsonNode root) {
    Optional<Problem> apiProblem = apiVersionProblem(root);
    if (apiProblem.isPresent()) {
      throw new DecodingFailed(List.of(apiProblem.get()));
    }
    JsonNode r = obj(root, "", "apiVersion", "kind", "metadata", "spec");
    String kind = str(r, "kind", "");
    if (r.has("kind") && r.get("kind").isTextual() && !kind.equals("Pipeline")) {
      problem("/kind", "unsupported kind '" + kind + "'; expected Pipeline");
    }
    JsonNode meta =
        obj(req(r, "metadata", ""), "/metadata", "name", "version", "environment", "digests");
    String name = str(meta, "name", "/metadata");
    String version = str(meta, "version", "/metadata");
    Optional<String> environment = optStr(meta, "environment", "/metadata");
    JsonNode digests =
        obj(req(meta, "digests", "/metadata"), "/metadata/digests", "manifest", "spec");
    String digest = digest(digests, "manifest", "/metadata/digests");
    String specDigest = digest(digests, "spec", "/metadata/digests");

    JsonNode spec =
        obj(
            req(r, "spec", ""),
            "/spec",
            "plan",
            "policies",
            "steps",
            "destinations",
            "routes",
            "environments");
    JsonNode planNode =
        obj(
            req(spec, "plan", "/spec"),
            "/spec/plan",
            "name",
            "version",
            "categories",
            "customTypes",
            "events");
    String planName = str(planNode, "name", "/spec/plan");
    String planVersion = str(planNode, "version", "/spec/plan");
    if (meta.has("version") && planNode.has("version") && !version.equals(planVersion)) {
      problem(
          "/metadata/version",
          "metadata version '" + version + "' differs from the plan version '" + planVersion + "'");
    }
    Map<String, Category> categories =
        map(planNode, "categories", "/spec/plan", (n, p) -> category(n, p));
    Map<String, CustomType> customTypes =
        map(planNode, "customTypes", "/spec/plan", (n, p) -> customType(n, p));
    Map<String, EventSpec> events = map(planNode, "events", "/spec/plan", (n, p) -> event(n, p));
    Map<EventType, EnforcementPolicy> policies = policies(req(spec, "policies", "/spec"));
    List<TransformStep> steps = list(spec, "steps", "/spec", this::step);
    Map<String, Destination> destinations =
        map(spec, "destinations", "/spec", (n, p) -> destination(n, p));
    List<Route> routes = list(spec, "routes", "/spec", this::route);
    Map<String, Environment> environments =
        map(spec, "environments", "/spec", (n, p) -> environment(n, p));

    if (!problems.isEmpty()) {
      throw new DecodingFailed(problems);
    }
    TrackingPlan plan;
    try {
      plan =
          new TrackingPlan(
              planName,
              planVersion,
              ImmutableMap.copyOf(events),
              ImmutableMap.copyOf(customTypes),
              ImmutableMap.copyOf(categories),
              ImmutableMap.copyOf(policies));
    } catch (DeclarationException e) {
      e.problems().forEach(p -> problem(pointer("/spec/plan/", p.path()), p.message()));
      throw new DecodingFailed(problems);
    }
    Pipeline pipeline;
    try {
      pipeline =
          new Pipeline(
              name,
              plan,
              ImmutableList.copyOf(steps),
              ImmutableMap.copyOf(destinations),
              ImmutableList.copyOf(routes),
              ImmutableMap.copyOf(environments));
    } catch (DeclarationException e) {
      for (Problem p : e.problems()) {
        problem(pipelinePointer(p.path(), routes), p.message());
      }
      throw new DecodingFailed(problems);
    }
    if (environment.isPresent() && !pipeline.environments().containsKey(environment.get())) {
      problem(
          "/metadata/environment",
          "environment '"
              + environment.get()
              + "' is not declared; declared: "
              + pipeline.environments().keySet());
      throw new DecodingFailed(problems);
    }
    return new Decoded(pipeline, environment, digest, specDigest);
  }

  private static String pipelinePointer(String path, List<Route> routes) {
    if (path.equals("name")) {
      return "/metadata/name";
    }
    if (path.startsWith("routes/")) {
      for (int i = 0; i < routes.size(); i++) {
        String prefix = "routes/" + routes.get(i).name();
        if (path.equals(prefix) || path.startsWith(prefix + "/")) {
          return "/spec/routes/" + i + path.substring(prefix.length());
        }
      }
    }
    return pointer("/spec/", path);
  }

  private static String pointer(String prefix, String modelPath) {
    return (prefix + modelPath.replace("~", "~0")).replaceAll("/$", "");
  }

  // ---- plan

  private Category category(JsonNode n, String p) {
    JsonNode o = obj(n, p, "description");
    return new Category(currentKey, optStr(o, "description", p));
  }

  private CustomType customType(JsonNode n, String p) {
    String name = currentKey;
    JsonNode o = obj(n, p, "description", "type");
    Optional<String> description = optStr(o, "description", p);
    DataType type = type(req(o, "type", p), p + "/type");
    return new CustomType(name, type, description);
  }

  private EventSpec event(JsonNode n, String p) {
    String name = currentKey;
    JsonNode o =
        obj(
            n,
            p,
            "eventType",
            "description",
            "category",
            "owners",
            "properties",
            "additionalProperties",
            "variants",
            "constraints");
    EventType type = enumValue(o, "eventType", p, EventType.class, true).orElse(EventType.TRACK);
    Optional<String> description = optStr(o, "description", p);
    Optional<String> category = optStr(o, "category", p);
    List<String> owners = list(o, "owners", p, this::text);
    ObjectType payload = objectBody(o, p);
    return new EventSpec(name, type, payload, description, category, ImmutableList.copyOf(owners));
  }

  private Map<EventType, EnforcementPolicy> policies(JsonNode n) {
    Map<EventType, EnforcementPolicy> out = new EnumMap<>(EventType.class);
    JsonNode o = anyObj(n, "/spec/policies");
    for (Map.Entry<String, JsonNode> e : o.properties()) {
      String p = "/spec/policies/" + esc(e.getKey());
      Optional<EventType> type = parseEnum(e.getKey(), EventType.class);
      if (type.isEmpty()) {
        problem(
            p,
            "unknown event type '" + e.getKey() + "'; expected one of " + wires(EventType.class));
        continue;
      }
      JsonNode po =
          obj(
              e.getValue(),
              p,
              "unplannedEvent",
              "unplannedProperty",
              "otherViolation",
              "propagateViolations");
      out.put(
          type.get(),
          new EnforcementPolicy(
              enumValue(po, "unplannedEvent", p, UnplannedEventAction.class, true)
                  .orElse(UnplannedEventAction.FLAG),
              enumValue(po, "unplannedProperty", p, UnplannedPropertyAction.class, true)
                  .orElse(UnplannedPropertyAction.FLAG),
              enumValue(po, "otherViolation", p, ViolationAction.class, true)
                  .orElse(ViolationAction.FLAG),
              bool(po, "propagateViolations", p, true)));
    }
    return out;
  }

  // ---- types

  private static final Map<String, List<String>> TYPE_FIELDS =
      Map.ofEntries(
          Map.entry("string", List.of("minLength", "maxLength", "pattern", "format")),
          Map.entry(
              "integer",
              List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")),
          Map.entry(
              "number",
              List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")),
          Map.entry("boolean", List.of()),
          Map.entry("enum", List.of("values")),
          Map.entry("array", List.of("items", "minItems", "maxItems", "uniqueItems")),
          Map.entry(
              "object", List.of("properties", "additionalProperties", "variants", "constraints")),
          Map.entry("nullable", List.of("of")),
          Map.entry("anyOf", List.of("options")),
          Map.entry("oneOf", List.of("options")),
          Map.entry("ref", List.of("name")),
          Map.entry("jsonSchema", List.of("schema")));

  private static final List<String> TYPE_KINDS =
      List.of(
          "string",
          "integer",
          "number",
          "boolean",
          "enum",
          "array",
          "object",
          "nullable",
          "anyOf",
          "oneOf",
          "ref",
          "jsonSchema");

  private static final DataType PLACEHOLDER_TYPE = new BooleanType();

  private DataType type(JsonNode n, String p) {
    if (n == null) {
      return PLACEHOLDER_TYPE;
    }
    if (!n.isObject()) {
      problem(p, "expected a type object, got " + describe(n));
      return PLACEHOLDER_TYPE;
    }
    JsonNode kindNode = n.get("type");
    if (kindNode == null) {
      problem(p + "/type", "missing required field 'type'; expected one of " + TYPE_KINDS);
      return PLACEHOLDER_TYPE;
    }
    if (!kindNode.isTextual() || !TYPE_FIELDS.containsKey(kindNode.textValue())) {
      problem(p + "/type", "unknown type '" + shown(kindNode) + "'; expected one of " + TYPE_KINDS);
      return PLACEHOLDER_TYPE;
    }
    String kind = kindNode.textValue();
    List<String> allowed = new ArrayList<>(TYPE_FIELDS.get(kind));
    allowed.add("type");
    JsonNode o = obj(n, p, allowed.toArray(String[]::new));
    switch (kind) {
      case "string":
        return new StringType(
            optInt(o, "minLength", p),
            optInt(o, "maxLength", p),
            optStr(o, "pattern", p),
            optWire(o, "format", p, StringFormat::fromWireName));
      case "integer":
        return new IntegerType(bounds(o, p));
      case "number":
        return new NumberType(bounds(o, p));
      case "boolean":
        return new BooleanType();
      case "enum":
        return new EnumType(ImmutableList.copyOf(list(o, "values", p, this::text)));
      case "array":
        return new ArrayType(
            type(req(o, "items", p), p + "/items"),
            optInt(o, "minItems", p),
            optInt(o, "maxItems", p),
            optBool(o, "uniqueItems", p).orElse(false));
      case "object":
        return objectBody(o, p);
      case "nullable":
        return new NullableType(type(req(o, "of", p), p + "/of"));
      case "anyOf":
      case "oneOf":
        return new UnionType(
            kind.equals("anyOf") ? UnionType.Mode.ANY_OF : UnionType.Mode.ONE_OF,
            ImmutableList.copyOf(list(o, "options", p, this::type)));
      case "ref":
        return new TypeRef(str(o, "name", p));
      default:
        return jsonSchema(req(o, "schema", p), p + "/schema");
    }
  }

  private DataType jsonSchema(JsonNode n, String p) {
    if (n == null) {
      return PLACEHOLDER_TYPE;
    }
    if (!n.isObject() && !n.isBoolean()) {
      problem(p, "a JSON Schema must be an object or a boolean, got " + describe(n));
      return PLACEHOLDER_TYPE;
    }
    try {
      // Before writing it out: the writer refuses depth in Jackson's own words.
      dev.plumbline.core.internal.JsonDepth.requireKeepableSchema(n);
      // Through text, so the schema's numbers are read exactly as the type reads them.
      return JsonSchemaType.of(PLAIN.writeValueAsString(n));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      problem(p, e.getMessage());
      return PLACEHOLDER_TYPE;
    }
  }

  private NumericBounds bounds(JsonNode o, String p) {
    return new NumericBounds(
        optNum(o, "minimum", p),
        optNum(o, "maximum", p),
        optNum(o, "exclusiveMinimum", p),
        optNum(o, "exclusiveMaximum", p),
        optNum(o, "multipleOf", p));
  }

  private ObjectType objectBody(JsonNode o, String p) {
    Map<String, Property> properties = properties(o, "properties", p);
    boolean open = optBool(o, "additionalProperties", p).orElse(false);
    Optional<Variants> variants =
        o.has("variants")
            ? Optional.of(variants(o.get("variants"), p + "/variants"))
            : Optional.empty();
    Optional<JsonSchemaType> constraints = Optional.empty();
    if (o.has("constraints")) {
      DataType raw = jsonSchema(o.get("constraints"), p + "/constraints");
      if (raw instanceof JsonSchemaType j) {
        constraints = Optional.of(j);
      }
    }
    return new ObjectType(
        ImmutableMap.copyOf(properties),
        open ? AdditionalProperties.OPEN : AdditionalProperties.CLOSED,
        variants,
        constraints);
  }

  private Map<String, Property> properties(JsonNode o, String field, String p) {
    return map(o, field, p, this::property);
  }

  private Property property(JsonNode n, String p) {
    JsonNode o = obj(n, p, "required", "pii", "description", "type");
    return new Property(
        type(req(o, "type", p), p + "/type"),
        bool(o, "required", p, true),
        optWire(o, "pii", p, PiiCategory::fromWireName),
        optStr(o, "description", p));
  }

  private Variants variants(JsonNode n, String p) {
    JsonNode o = obj(n, p, "discriminator", "cases", "default");
    String discriminator = str(o, "discriminator", p);
    List<VariantCase> cases =
        list(
            o,
            "cases",
            p,
            (c, cp) -> {
              JsonNode co = obj(c, cp, "name", "match", "properties");
              return new VariantCase(
                  str(co, "name", cp),
                  ImmutableList.copyOf(list(co, "match", cp, this::text)),
                  ImmutableMap.copyOf(properties(co, "properties", cp)));
            });
    Map<String, Property> defaults = properties(o, "default", p);
    return new Variants(discriminator, ImmutableList.copyOf(cases), ImmutableMap.copyOf(defaults));
  }

  // ---- steps and conditions

  private static final Map<String, List<String>> STEP_FIELDS =
      Map.ofEntries(
          Map.entry("rename", List.of("from", "to")),
          Map.entry("copy", List.of("from", "to")),
          Map.entry("drop", List.of("field")),
          Map.entry("set", List.of("field", "value")),
          Map.entry("setDefault", List.of("field", "value")),
          Map.entry("hash", List.of("field", "algorithm", "salt")),
          Map.entry("redact", List.of("field", "replacement")),
          Map.entry("normalize", List.of("field", "operations")),
          Map.entry("mapValues", List.of("field", "mapping")),
          Map.entry("cast", List.of("field", "target")),
          Map.entry("filter", List.of("when")),
          Map.entry("custom", List.of("name", "parameters")));

  private static final List<String> STEP_KINDS =
      List.of(
          "rename",
          "copy",
          "drop",
          "set",
          "setDefault",
          "hash",
          "redact",
          "normalize",
          "mapValues",
          "cast",
          "filter",
          "custom");

  private static final TransformStep PLACEHOLDER_STEP =
      new TransformStep.Custom("placeholder", ImmutableMap.of());

  private TransformStep step(JsonNode n, String p) {
    String kind = discriminator(n, p, "kind", STEP_FIELDS.keySet(), STEP_KINDS);
    if (kind == null) {
      return PLACEHOLDER_STEP;
    }
    List<String> allowed = new ArrayList<>(STEP_FIELDS.get(kind));
    allowed.add("kind");
    JsonNode o = obj(n, p, allowed.toArray(String[]::new));
    switch (kind) {
      case "rename":
        return new TransformStep.Rename(field(o, "from", p), field(o, "to", p));
      case "copy":
        return new TransformStep.Copy(field(o, "from", p), field(o, "to", p));
      case "drop":
        return new TransformStep.Drop(field(o, "field", p));
      case "set":
        return new TransformStep.Set(
            field(o, "field", p), literal(req(o, "value", p), p + "/value"));
      case "setDefault":
        return new TransformStep.SetDefault(
            field(o, "field", p), literal(req(o, "value", p), p + "/value"));
      case "hash":
        {
          FieldPath field = field(o, "field", p);
          HashAlgorithm algorithm =
              optWire(o, "algorithm", p, HashAlgorithm::fromWireName).orElse(HashAlgorithm.SHA256);
          if (!o.has("algorithm")) {
            problem(p + "/algorithm", "missing required field 'algorithm'");
          }
          Optional<SecretRef> salt = optWire(o, "salt", p, ManifestDecoder::secret);
          return new TransformStep.Hash(field, algorithm, salt);
        }
      case "redact":
        return new TransformStep.Redact(field(o, "field", p), str(o, "replacement", p));
      case "normalize":
        return new TransformStep.Normalize(
            field(o, "field", p),
            ImmutableSet.copyOf(
                list(o, "operations", p, (x, xp) -> wire(x, xp, Normalization::fromWireName))));
      case "mapValues":
        return new TransformStep.MapValues(
            field(o, "field", p), ImmutableMap.copyOf(map(o, "mapping", p, this::literal)));
      case "cast":
        {
          FieldPath field = field(o, "field", p);
          CastTarget target = wire(req(o, "target", p), p + "/target", CastTarget::fromWireName);
          return new TransformStep.Cast(field, target == null ? CastTarget.STRING : target);
        }
      case "filter":
        return new TransformStep.Filter(condition(req(o, "when", p), p + "/when"));
      default:
        return new TransformStep.Custom(
            str(o, "name", p), ImmutableMap.copyOf(map(o, "parameters", p, this::text)));
    }
  }

  private static final Map<String, List<String>> CONDITION_FIELDS =
      Map.ofEntries(
          Map.entry("always", List.of()),
          Map.entry("eventIn", List.of("names")),
          Map.entry("typeIn", List.of("types")),
          Map.entry("exists", List.of("field")),
          Map.entry("equals", List.of("field", "value")),
          Map.entry("in", List.of("field", "values")),
          Map.entry("lt", List.of("field", "value")),
          Map.entry("lte", List.of("field", "value")),
          Map.entry("gt", List.of("field", "value")),
          Map.entry("gte", List.of("field", "value")),
          Map.entry("matches", List.of("field", "regex")),
          Map.entry("and", List.of("operands")),
          Map.entry("or", List.of("operands")),
          Map.entry("not", List.of("operand")));

  private static final List<String> CONDITION_OPS =
      List.of(
          "always", "eventIn", "typeIn", "exists", "equals", "in", "lt", "lte", "gt", "gte",
          "matches", "and", "or", "not");

  private Condition condition(JsonNode n, String p) {
    if (n == null) {
      return new Condition.Always();
    }
    String op = discriminator(n, p, "op", CONDITION_FIELDS.keySet(), CONDITION_OPS);
    if (op == null) {
      return new Condition.Always();
    }
    List<String> allowed = new ArrayList<>(CONDITION_FIELDS.get(op));
    allowed.add("op");
    JsonNode o = obj(n, p, allowed.toArray(String[]::new));
    switch (op) {
      case "always":
        return new Condition.Always();
      case "eventIn":
        return new Condition.EventNameIn(ImmutableSet.copyOf(list(o, "names", p, this::text)));
      case "typeIn":
        return new Condition.EventTypeIn(
            ImmutableSet.copyOf(
                list(o, "types", p, (x, xp) -> wire(x, xp, EventType::fromWireName))));
      case "exists":
        return new Condition.Exists(field(o, "field", p));
      case "equals":
        return new Condition.EqualTo(
            field(o, "field", p), literal(req(o, "value", p), p + "/value"));
      case "in":
        return new Condition.In(
            field(o, "field", p), ImmutableList.copyOf(list(o, "values", p, this::literal)));
      case "lt":
      case "lte":
      case "gt":
      case "gte":
        {
          FieldPath field = field(o, "field", p);
          BigDecimal bound = optNum(o, "value", p).orElse(BigDecimal.ZERO);
          if (!o.has("value")) {
            problem(p + "/value", "missing required field 'value'");
          }
          return new Condition.Compare(field, Condition.Operator.fromWireName(op), bound);
        }
      case "matches":
        return new Condition.Matches(field(o, "field", p), str(o, "regex", p));
      case "and":
        return new Condition.And(ImmutableList.copyOf(list(o, "operands", p, this::condition)));
      case "or":
        return new Condition.Or(ImmutableList.copyOf(list(o, "operands", p, this::condition)));
      default:
        return new Condition.Not(condition(req(o, "operand", p), p + "/operand"));
    }
  }

  private String discriminator(
      JsonNode n, String p, String field, Set<String> known, List<String> listed) {
    if (n == null) {
      return null;
    }
    if (!n.isObject()) {
      problem(p, "expected an object, got " + describe(n));
      return null;
    }
    JsonNode k = n.get(field);
    if (k == null) {
      problem(p + "/" + field, "missing required field '" + field + "'; expected one of " + listed);
      return null;
    }
    if (!k.isTextual() || !known.contains(k.textValue())) {
      problem(
          p + "/" + field, "unknown " + field + " '" + shown(k) + "'; expected one of " + listed);
      return null;
    }
    return k.textValue();
  }

  private Literal literal(JsonNode n, String p) {
    if (n == null) {
      return Literal.ofNull();
    }
    if (n.isTextual()) {
      return Literal.of(n.textValue());
    }
    if (n.isNumber()) {
      try {
        return Literal.of(n.decimalValue());
      } catch (IllegalArgumentException e) {
        problem(p, e.getMessage());
        return Literal.ofNull();
      }
    }
    if (n.isBoolean()) {
      return Literal.of(n.booleanValue());
    }
    if (n.isNull()) {
      return Literal.ofNull();
    }
    problem(p, "expected a string, number, boolean or null, got " + describe(n));
    return Literal.ofNull();
  }

  // ---- destinations, routes, environments

  private Destination destination(JsonNode n, String p) {
    String name = currentKey;
    JsonNode o = obj(n, p, "kind", "settings", "contract");
    String kind = str(o, "kind", p);
    Map<String, SettingValue> settings = map(o, "settings", p, this::setting);
    JsonNode c =
        obj(
            req(o, "contract", p),
            p + "/contract",
            "requiredFields",
            "acceptedPii",
            "acceptedEvents");
    String cp = p + "/contract";
    List<FieldPath> fields = list(c, "requiredFields", cp, this::fieldPath);
    List<PiiCategory> pii =
        list(c, "acceptedPii", cp, (x, xp) -> wire(x, xp, PiiCategory::fromWireName));
    Optional<ImmutableSet<String>> events =
        c.has("acceptedEvents")
            ? Optional.of(ImmutableSet.copyOf(list(c, "acceptedEvents", cp, this::text)))
            : Optional.empty();
    return new Destination(
        name,
        kind,
        ImmutableMap.copyOf(settings),
        new Contract(ImmutableSet.copyOf(fields), ImmutableSet.copyOf(pii), events));
  }

  private SettingValue setting(JsonNode n, String p) {
    if (n != null && n.isTextual() && SecretRef.looksLikeReference(n.textValue())) {
      try {
        return SecretRef.parse(n.textValue()).orElseThrow();
      } catch (IllegalArgumentException e) {
        problem(p, e.getMessage());
        return SettingValue.of("");
      }
    }
    return new SettingValue.Plain(literal(n, p));
  }

  private static SecretRef secret(String text) {
    if (!SecretRef.looksLikeReference(text)) {
      throw new IllegalArgumentException(
          "expected a secret reference ${env:NAME}, got '" + text + "'");
    }
    return SecretRef.parse(text).orElseThrow();
  }

  private Route route(JsonNode n, String p) {
    JsonNode o = obj(n, p, "name", "destination", "when", "steps");
    return new Route(
        str(o, "name", p),
        str(o, "destination", p),
        condition(req(o, "when", p), p + "/when"),
        ImmutableList.copyOf(list(o, "steps", p, this::step)));
  }

  private Environment environment(JsonNode n, String p) {
    String name = currentKey;
    JsonNode o = obj(n, p, "destinations");
    Map<String, DestinationOverlay> overlays =
        map(
            o,
            "destinations",
            p,
            (x, xp) -> {
              JsonNode ov = obj(x, xp, "enabled", "sampling", "settings");
              return new DestinationOverlay(
                  optBool(ov, "enabled", xp),
                  optNum(ov, "sampling", xp).map(BigDecimal::doubleValue),
                  ImmutableMap.copyOf(map(ov, "settings", xp, this::setting)));
            });
    return new Environment(name, ImmutableMap.copyOf(overlays));
  }

  // ---- generic readers; each reports its problem and returns a placeholder

  private static final JsonNode EMPTY = ManifestEncoder.NODES.objectNode();

  /** The key of the map entry being decoded (names of events, types, destinations...). */
  private String currentKey = "";

  private JsonNode obj(JsonNode n, String p, String... allowed) {
    JsonNode o = anyObj(n, p);
    Set<String> ok = Set.of(allowed);
    for (Map.Entry<String, JsonNode> e : o.properties()) {
      if (!ok.contains(e.getKey())) {
        problem(
            p + "/" + esc(e.getKey()),
            "unknown field '" + e.getKey() + "'; expected one of " + Arrays.asList(allowed));
      }
    }
    return o;
  }

  /** An object whose keys are names (no unknown-field check). */
  private JsonNode anyObj(JsonNode n, String p) {
    if (n == null) {
      return EMPTY;
    }
    if (!n.isObject()) {
      problem(p, "expected an object, got " + describe(n));
      return EMPTY;
    }
    return n;
  }

  private JsonNode req(JsonNode o, String field, String p) {
    JsonNode v = o.get(field);
    if (v == null && o != EMPTY) {
      problem(p + "/" + field, "missing required field '" + field + "'");
    }
    return v;
  }

  private String str(JsonNode o, String field, String p) {
    JsonNode v = req(o, field, p);
    return v == null ? "" : text(v, p + "/" + field);
  }

  private String text(JsonNode v, String p) {
    if (!v.isTextual()) {
      problem(p, "expected a string, got " + describe(v));
      return "";
    }
    return v.textValue();
  }

  private Optional<String> optStr(JsonNode o, String field, String p) {
    JsonNode v = o.get(field);
    return v == null ? Optional.empty() : Optional.of(text(v, p + "/" + field));
  }

  private boolean bool(JsonNode o, String field, String p, boolean required) {
    JsonNode v = required ? req(o, field, p) : o.get(field);
    if (v == null) {
      return false;
    }
    if (!v.isBoolean()) {
      problem(p + "/" + field, "expected true or false, got " + describe(v));
      return false;
    }
    return v.booleanValue();
  }

  private Optional<Boolean> optBool(JsonNode o, String field, String p) {
    return o.has(field) ? Optional.of(bool(o, field, p, false)) : Optional.empty();
  }

  private Optional<Integer> optInt(JsonNode o, String field, String p) {
    JsonNode v = o.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v.isNumber()) {
      BigDecimal d = v.decimalValue();
      try {
        return Optional.of(d.intValueExact());
      } catch (ArithmeticException e) {
        // reported below
      }
    }
    problem(p + "/" + field, "expected an integer, got " + describe(v));
    return Optional.of(0);
  }

  private Optional<BigDecimal> optNum(JsonNode o, String field, String p) {
    JsonNode v = o.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isNumber()) {
      problem(p + "/" + field, "expected a number, got " + describe(v));
      return Optional.of(BigDecimal.ONE);
    }
    try {
      return Optional.of(dev.plumbline.core.Numbers.normalize(v.decimalValue()));
    } catch (IllegalArgumentException e) {
      problem(p + "/" + field, e.getMessage());
      return Optional.of(BigDecimal.ONE);
    }
  }

  private <T> Optional<T> optWire(JsonNode o, String field, String p, Function<String, T> parse) {
    JsonNode v = o.get(field);
    return v == null ? Optional.empty() : Optional.ofNullable(wire(v, p + "/" + field, parse));
  }

  private <T> T wire(JsonNode v, String p, Function<String, T> parse) {
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      problem(p, "expected a string, got " + describe(v));
      return null;
    }
    try {
      return parse.apply(v.textValue());
    } catch (IllegalArgumentException e) {
      problem(p, e.getMessage());
      return null;
    }
  }

  private <E extends Enum<E>> Optional<E> enumValue(
      JsonNode o, String field, String p, Class<E> type, boolean required) {
    JsonNode v = required ? req(o, field, p) : o.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      problem(p + "/" + field, "expected a string, got " + describe(v));
      return Optional.empty();
    }
    Optional<E> e = parseEnum(v.textValue(), type);
    if (e.isEmpty()) {
      problem(
          p + "/" + field, "unknown value '" + v.textValue() + "'; expected one of " + wires(type));
    }
    return e;
  }

  private static <E extends Enum<E>> Optional<E> parseEnum(String wire, Class<E> type) {
    for (E e : type.getEnumConstants()) {
      if (ManifestEncoder.wire(e).equals(wire)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static <E extends Enum<E>> List<String> wires(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(ManifestEncoder::wire).toList();
  }

  private FieldPath field(JsonNode o, String field, String p) {
    JsonNode v = req(o, field, p);
    return v == null ? PLACEHOLDER_FIELD : fieldPath(v, p + "/" + field);
  }

  private static final FieldPath PLACEHOLDER_FIELD = FieldPath.of("properties");

  private FieldPath fieldPath(JsonNode v, String p) {
    String text = text(v, p);
    try {
      return FieldPath.of(text);
    } catch (IllegalArgumentException e) {
      problem(p, "'" + text + "' is not a field path: " + e.getMessage());
      return PLACEHOLDER_FIELD;
    }
  }

  private String digest(JsonNode o, String field, String p) {
    String d = str(o, field, p);
    if (o.has(field) && o.get(field).isTextual() && !DIGEST.matcher(d).matches()) {
      problem(p + "/" + field, "expected sha256: and 64 lowercase hex digits, got '" + d + "'");
    }
    return d;
  }

  private <T> List<T> list(
      JsonNode o, String field, String p, BiFunction<JsonNode, String, T> item) {
    JsonNode v = req(o, field, p);
    List<T> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    String lp = p + "/" + field;
    if (!v.isArray()) {
      problem(lp, "expected an array, got " + describe(v));
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      T t = item.apply(v.get(i), lp + "/" + i);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  private <T> Map<String, T> map(
      JsonNode o, String field, String p, BiFunction<JsonNode, String, T> value) {
    JsonNode v = req(o, field, p);
    Map<String, T> out = new LinkedHashMap<>();
    if (v == null) {
      return out;
    }
    String mp = p + "/" + field;
    if (!v.isObject()) {
      problem(mp, "expected an object, got " + describe(v));
      return out;
    }
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      String saved = currentKey;
      currentKey = e.getKey();
      T t = value.apply(e.getValue(), mp + "/" + esc(e.getKey()));
      currentKey = saved;
      if (t != null) {
        out.put(e.getKey(), t);
      }
    }
    return out;
  }

  private void problem(String pointer, String message) {
    problems.add(new Problem(pointer, message));
  }

  /** Escapes a name for a JSON pointer: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  public static String esc(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static String shown(JsonNode n) {
    return n.isTextual() ? n.textValue() : n.toString();
  }

  private static String describe(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    }
    String type = n.getNodeType().name().toLowerCase(Locale.ROOT);
    String text = n.toString();
    return type + " " + (text.length() > 40 ? text.substring(0, 40) + "..." : text);
  }
}
