package dev.plumbline.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.plumbline.core.EventType;
import dev.plumbline.core.FieldPath;
import dev.plumbline.core.Literal;
import dev.plumbline.core.PiiCategory;
import dev.plumbline.core.Pipeline;
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
import dev.plumbline.core.types.Types;
import dev.plumbline.core.types.UnionType;
import dev.plumbline.core.types.VariantCase;
import dev.plumbline.core.types.Variants;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries of <em>valid</em> Plumbline declarations: every generated value constructs
 * without a {@code DeclarationException}, and together they use every model feature — every type
 * kind (variants, JSON Schema types, references to earlier custom types), every step and condition
 * kind, every policy action, secrets and plain settings, contracts, environments whose overlays
 * only touch declared destinations and settings, Unicode and spaces in names, decimals and large
 * numbers. Sizes stay moderate so a thousand tries run in seconds.
 *
 * <pre>{@code
 * import static org.assertj.core.api.Assertions.assertThat;
 *
 * import dev.plumbline.core.Pipeline;
 * import dev.plumbline.core.manifest.Manifests;
 * import dev.plumbline.testing.PipelineArbitraries;
 * import net.jqwik.api.Arbitrary;
 * import net.jqwik.api.ForAll;
 * import net.jqwik.api.Property; // jqwik's, not dev.plumbline.core.types.Property
 * import net.jqwik.api.Provide;
 *
 * // Named ...Test: Maven Surefire's default includes run *Test classes, not *Properties ones.
 * class ManifestRoundTripTest {
 *   @Property(tries = 1000)
 *   void roundTrips(@ForAll("pipelines") Pipeline p) {
 *     assertThat(Manifests.load(Manifests.compile(p).json()).pipeline()).isEqualTo(p);
 *   }
 *
 *   @Provide
 *   Arbitrary<Pipeline> pipelines() {
 *     return PipelineArbitraries.pipelines();
 *   }
 * }
 * }</pre>
 */
public final class PipelineArbitraries {
  private PipelineArbitraries() {}

  /** Envelope fields a generated field path starts with. */
  private static final List<String> ROOTS =
      List.of(
          "properties",
          "traits",
          "context",
          "userId",
          "anonymousId",
          "event",
          "messageId",
          "timestamp",
          "integrations");

  private static final List<String> NAME_PARTS =
      List.of(
          "order", "Order", "Product", "sku", "id", "x", "Z", "1", "42", "_", "-", " ", "a b", "é",
          "Ä", "ß", "日本", "Ω", "😀", "a/b", "~", "Grüße");

  private static final List<String> PATTERNS =
      List.of("^[a-z]+$", "\\d{3}", "^ord_[0-9]+$", "é+", "^[A-Za-z]{2}-\\d+$", "^.*$", "x|y");

  private static final List<String> JSON_SCHEMAS =
      List.of(
          "{\"type\":\"string\",\"not\":{\"const\":\"\"}}",
          "{\"type\":\"integer\",\"minimum\":0}",
          "{\"multipleOf\":0.5}",
          "{\"maximum\":100.0}",
          "{\"minimum\":1.0E-5,\"description\":\"Grüße 😀\"}",
          "{\"patternProperties\":{\"^x\":{\"type\":\"number\"}}}",
          "{\"enum\":[\"a\",1,null,true]}",
          "{\"items\":[{\"type\":\"string\"}],\"additionalItems\":false}",
          "{\"if\":{\"type\":\"string\"},\"then\":{\"maxLength\":3}}",
          "true",
          "false");

  // ---- names, text and numbers

  /**
   * Non-blank names built from ASCII, accented and CJK letters, emoji, spaces, {@code /} and {@code
   * ~}; never a {@code .}, so a name can also be a field-path segment.
   */
  public static Arbitrary<String> names() {
    return Arbitraries.of(NAME_PARTS)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(parts -> String.join("", parts))
        .filter(s -> !s.isBlank());
  }

  /** Free text: printable ASCII, quotes, backslashes, newlines, tabs, accents and emoji. */
  public static Arbitrary<String> texts() {
    Arbitrary<String> plain =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withChars('é', 'ß', '日', '\n', '\t', '"', '\\', '\u2028', '\u0001')
            .ofMaxLength(16);
    return Arbitraries.frequencyOf(
        Tuple.of(8, plain), Tuple.of(1, Arbitraries.of("", "😀 emoji", "${not a secret")));
  }

  /**
   * Exact decimals: small integers, decimals of up to 8 places, very large and very small values.
   */
  public static Arbitrary<BigDecimal> decimals() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.integers().between(-1000, 1000).map(BigDecimal::valueOf)),
        Tuple.of(
            4,
            Arbitraries.integers()
                .between(0, 8)
                .flatMap(
                    scale ->
                        Arbitraries.bigDecimals()
                            .between(new BigDecimal("-100000"), new BigDecimal("100000"))
                            .ofScale(scale))),
        Tuple.of(
            1,
            Arbitraries.bigIntegers()
                .between(BigInteger.TEN.pow(18), BigInteger.TEN.pow(40))
                .map(BigDecimal::new)),
        Tuple.of(1, Arbitraries.of(new BigDecimal("1E-12"), new BigDecimal("-9.99E+25"))));
  }

  private static Arbitrary<BigDecimal> positiveDecimals() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(1, 100).map(BigDecimal::valueOf)),
        Tuple.of(
            2,
            Arbitraries.of(
                new BigDecimal("0.01"),
                new BigDecimal("0.5"),
                new BigDecimal("2.5"),
                new BigDecimal("1E+20"),
                new BigDecimal("0.000001"))));
  }

  /** Scalar literals: text, numbers, booleans and null. */
  public static Arbitrary<Literal> literals() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, texts().map(Literal::of)),
        Tuple.of(3, decimals().map(Literal::of)),
        Tuple.of(1, Arbitraries.of(true, false).map(Literal::of)),
        Tuple.of(1, Arbitraries.just(Literal.ofNull())));
  }

  /** Dotted paths that start with an envelope field: {@code properties.a b.é}, {@code userId}. */
  public static Arbitrary<FieldPath> fieldPaths() {
    return Combinators.combine(Arbitraries.of(ROOTS), names().list().ofMaxSize(2))
        .as(
            (root, rest) -> {
              List<String> segments = new ArrayList<>();
              segments.add(root);
              segments.addAll(rest);
              return new FieldPath(ImmutableList.copyOf(segments));
            });
  }

  // ---- types

  /**
   * Types up to three levels deep. With no custom type names there are no references; otherwise
   * some types refer to the given names.
   */
  public static Arbitrary<DataType> dataTypes(Set<String> customTypeNames) {
    return dataTypes(List.copyOf(customTypeNames), 3);
  }

  private static Arbitrary<DataType> dataTypes(List<String> refs, int depth) {
    List<Tuple.Tuple2<Integer, Arbitrary<DataType>>> choices = new ArrayList<>();
    choices.add(Tuple.of(4, up(stringTypes())));
    choices.add(Tuple.of(2, up(bounds(true).map(IntegerType::new))));
    choices.add(Tuple.of(2, up(bounds(false).map(NumberType::new))));
    choices.add(Tuple.of(1, Arbitraries.just(new BooleanType())));
    choices.add(Tuple.of(2, up(enumTypes())));
    choices.add(Tuple.of(1, up(jsonSchemaTypes())));
    if (!refs.isEmpty()) {
      choices.add(Tuple.of(2, up(Arbitraries.of(refs).map(TypeRef::new))));
    }
    if (depth > 0) {
      Arbitrary<DataType> inner = dataTypes(refs, depth - 1);
      choices.add(Tuple.of(2, up(arrayTypes(inner))));
      choices.add(Tuple.of(2, up(objectTypes(inner))));
      choices.add(
          Tuple.of(1, up(inner.filter(t -> !(t instanceof NullableType)).map(NullableType::new))));
      choices.add(
          Tuple.of(
              1,
              up(
                  Combinators.combine(
                          Arbitraries.of(UnionType.Mode.class),
                          inner.list().ofMinSize(2).ofMaxSize(3))
                      .as((mode, options) -> new UnionType(mode, ImmutableList.copyOf(options))))));
    }
    return Arbitraries.frequencyOf(choices).withoutEdgeCases();
  }

  private static <T> Arbitrary<T> up(Arbitrary<? extends T> a) {
    return a.map(x -> x);
  }

  private static Arbitrary<StringType> stringTypes() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 5).optional(0.3),
            Arbitraries.integers().between(0, 10).optional(0.3),
            Arbitraries.of(PATTERNS).optional(0.3),
            Arbitraries.of(StringFormat.class).optional(0.3))
        .as(
            (min, extra, pattern, format) ->
                new StringType(min, extra.map(e -> min.orElse(0) + e), pattern, format));
  }

  /**
   * Satisfiable numeric bounds: every lower bound lies strictly below every upper bound, for
   * integers at least 2 below, so that an integer lies between.
   */
  private static Arbitrary<NumericBounds> bounds(boolean integer) {
    return Combinators.combine(
            decimals(),
            positiveDecimals(),
            positiveDecimals(),
            positiveDecimals(),
            Arbitraries.integers().between(0, 15),
            positiveDecimals().optional(0.3))
        .as(
            (a, gap, below, above, which, multipleOf) -> {
              BigDecimal b = a.add(gap).add(integer ? BigDecimal.valueOf(2) : BigDecimal.ZERO);
              return new NumericBounds(
                  (which & 1) != 0 ? Optional.of(a) : Optional.empty(),
                  (which & 2) != 0 ? Optional.of(b) : Optional.empty(),
                  (which & 4) != 0 ? Optional.of(a.subtract(below)) : Optional.empty(),
                  (which & 8) != 0 ? Optional.of(b.add(above)) : Optional.empty(),
                  multipleOf);
            });
  }

  private static Arbitrary<EnumType> enumTypes() {
    return Arbitraries.frequencyOf(
            Tuple.of(4, names()), Tuple.of(1, Arbitraries.of("", "true", "1.0", "${x}")))
        .list()
        .uniqueElements()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(values -> new EnumType(ImmutableList.copyOf(values)));
  }

  private static Arbitrary<JsonSchemaType> jsonSchemaTypes() {
    return Arbitraries.of(JSON_SCHEMAS).map(JsonSchemaType::of);
  }

  private static Arbitrary<ArrayType> arrayTypes(Arbitrary<DataType> items) {
    return Combinators.combine(
            items,
            Arbitraries.integers().between(0, 3).optional(0.3),
            Arbitraries.integers().between(0, 5).optional(0.3),
            Arbitraries.of(true, false))
        .as(
            (type, min, extra, unique) ->
                new ArrayType(type, min, extra.map(e -> min.orElse(0) + e), unique));
  }

  /** Properties: name to type, requiredness, PII category and description. */
  private static Arbitrary<Map<String, Property>> properties(
      Arbitrary<DataType> types, int maxSize) {
    Arbitrary<Property> property =
        Combinators.combine(
                types,
                Arbitraries.of(true, false),
                Arbitraries.of(PiiCategory.class).optional(0.25),
                texts().optional(0.25))
            .as(Property::new);
    return Arbitraries.maps(names(), property).ofMaxSize(maxSize);
  }

  private static Arbitrary<ObjectType> objectTypes(Arbitrary<DataType> types) {
    return objectTypes(types, 3);
  }

  private static Arbitrary<ObjectType> objectTypes(Arbitrary<DataType> types, int maxProperties) {
    return Combinators.combine(
            properties(types, maxProperties), Arbitraries.of(AdditionalProperties.class))
        .flatAs(
            (props, additional) -> {
              Arbitrary<Optional<Variants>> variants =
                  props.isEmpty()
                      ? Arbitraries.just(Optional.empty())
                      : variants(List.copyOf(props.keySet()), types).optional(0.3);
              return Combinators.combine(
                      variants, jsonSchemaTypes().optional(0.1), Arbitraries.of(true, false))
                  .as(
                      (v, constraints, asEnum) ->
                          new ObjectType(
                              ImmutableMap.copyOf(withSelectingDiscriminator(props, v, asEnum)),
                              additional,
                              v,
                              constraints));
            });
  }

  /**
   * The properties with the variants' discriminator declared so that every case can be selected
   * (the model refuses others): a string, or an enum of the match values.
   */
  private static Map<String, Property> withSelectingDiscriminator(
      Map<String, Property> props, Optional<Variants> variants, boolean asEnum) {
    if (variants.isEmpty()) {
      return props;
    }
    Variants v = variants.get();
    Map<String, Property> out = new LinkedHashMap<>(props);
    Property d = props.get(v.discriminator());
    DataType type =
        asEnum
            ? Types.enumOf(v.cases().stream().flatMap(c -> c.match().stream()).distinct().toList())
            : Types.string();
    out.put(v.discriminator(), new Property(type, d.required(), d.pii(), d.description()));
    return out;
  }

  /** Variants on one of the object's own properties, with distinct case names and match values. */
  private static Arbitrary<Variants> variants(List<String> own, Arbitrary<DataType> types) {
    return Arbitraries.integers()
        .between(1, 3)
        .flatMap(
            cases ->
                Combinators.combine(
                        Arbitraries.of(own),
                        names().list().uniqueElements().ofSize(cases),
                        names().list().uniqueElements().ofMinSize(cases).ofMaxSize(cases + 2),
                        properties(types, 2).list().ofSize(cases),
                        properties(types, 2))
                    .as(
                        (discriminator, caseNames, match, caseProps, defaults) -> {
                          List<VariantCase> out = new ArrayList<>();
                          for (int i = 0; i < cases; i++) {
                            List<String> values =
                                i < cases - 1
                                    ? List.of(match.get(i))
                                    : match.subList(i, match.size());
                            out.add(
                                new VariantCase(
                                    caseNames.get(i),
                                    ImmutableList.copyOf(values),
                                    withoutKeys(caseProps.get(i), own)));
                          }
                          return new Variants(
                              discriminator, ImmutableList.copyOf(out), withoutKeys(defaults, own));
                        }));
  }

  /** A variant may not redeclare a property of its object. */
  private static ImmutableMap<String, Property> withoutKeys(
      Map<String, Property> properties, List<String> own) {
    ImmutableMap.Builder<String, Property> kept = ImmutableMap.builder();
    properties.forEach(
        (name, p) -> {
          if (!own.contains(name)) {
            kept.put(name, p);
          }
        });
    return kept.build();
  }

  // ---- plans

  /**
   * Valid tracking plans: semantic versions with and without pre-release, categories, custom types
   * that refer only to earlier ones (so never in a cycle), events of every envelope type, and
   * explicit policies for some event types.
   */
  public static Arbitrary<TrackingPlan> trackingPlans() {
    return Combinators.combine(
            names().list().uniqueElements().ofMaxSize(3),
            names().list().uniqueElements().ofMaxSize(3))
        .flatAs(PipelineArbitraries::trackingPlans)
        .withoutEdgeCases();
  }

  private static Arbitrary<TrackingPlan> trackingPlans(
      List<String> categoryNames, List<String> typeNames) {
    List<Arbitrary<CustomType>> customTypes = new ArrayList<>();
    for (int i = 0; i < typeNames.size(); i++) {
      String name = typeNames.get(i);
      customTypes.add(
          Combinators.combine(dataTypes(typeNames.subList(0, i), 2), texts().optional(0.3))
              .as((type, description) -> new CustomType(name, type, description)));
    }
    Arbitrary<List<Category>> categories =
        Combinators.combine(
                categoryNames.stream()
                    .map(n -> texts().optional(0.5).map(d -> new Category(n, d)))
                    .toList())
            .as(list -> list);
    Arbitrary<List<CustomType>> types = Combinators.combine(customTypes).as(list -> list);
    return Combinators.combine(
            names(),
            versions(),
            categories,
            types,
            events(categoryNames, typeNames).list().uniqueElements(EventSpec::name).ofMaxSize(4),
            policiesByType())
        .as(
            (name, version, cats, customs, events, policies) ->
                new TrackingPlan(
                    name,
                    version,
                    byName(events, EventSpec::name),
                    byName(customs, CustomType::name),
                    byName(cats, Category::name),
                    ImmutableMap.copyOf(policies)));
  }

  private static <T> ImmutableMap<String, T> byName(
      List<T> values, java.util.function.Function<T, String> name) {
    Map<String, T> out = new LinkedHashMap<>();
    values.forEach(v -> out.put(name.apply(v), v));
    return ImmutableMap.copyOf(out);
  }

  private static Arbitrary<String> versions() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 20),
            Arbitraries.integers().between(0, 20),
            Arbitraries.integers().between(0, 300),
            Arbitraries.of("", "", "", "-rc.1", "-beta", "-alpha.2-x"))
        .as((a, b, c, pre) -> a + "." + b + "." + c + pre);
  }

  private static Arbitrary<EventSpec> events(List<String> categories, List<String> typeNames) {
    Arbitrary<Optional<String>> category =
        categories.isEmpty()
            ? Arbitraries.just(Optional.empty())
            : Arbitraries.of(categories).optional(0.6);
    return Combinators.combine(
            names(),
            specTypes(),
            objectTypes(dataTypes(typeNames, 2), 4),
            texts().optional(0.5),
            category,
            names().list().uniqueElements().ofMaxSize(2))
        .as(
            (name, type, payload, description, cat, owners) ->
                new EventSpec(name, type, payload, description, cat, ImmutableList.copyOf(owners)));
  }

  /** Enforcement policies, every action reachable. */
  public static Arbitrary<EnforcementPolicy> policies() {
    return Combinators.combine(
            Arbitraries.of(UnplannedEventAction.class),
            Arbitraries.of(UnplannedPropertyAction.class),
            Arbitraries.of(ViolationAction.class),
            Arbitraries.of(true, false))
        .as(EnforcementPolicy::new);
  }

  private static Arbitrary<Map<EventType, EnforcementPolicy>> policiesByType() {
    return Arbitraries.maps(specTypes(), policies()).ofMaxSize(3);
  }

  /** The event types a plan may declare specs and policies for (alias calls are not validated). */
  private static Arbitrary<EventType> specTypes() {
    return Arbitraries.of(EventType.class).filter(t -> t != EventType.ALIAS);
  }

  // ---- conditions and steps

  /** Condition trees up to two levels of and/or/not, with every leaf kind. */
  public static Arbitrary<Condition> conditions() {
    return conditions(2);
  }

  private static Arbitrary<Condition> conditions(int depth) {
    List<Tuple.Tuple2<Integer, Arbitrary<Condition>>> choices = new ArrayList<>();
    choices.add(Tuple.of(1, Arbitraries.just(new Condition.Always())));
    choices.add(
        Tuple.of(
            2,
            up(
                names()
                    .set()
                    .ofMinSize(1)
                    .ofMaxSize(3)
                    .map(s -> new Condition.EventNameIn(ImmutableSet.copyOf(s))))));
    choices.add(
        Tuple.of(
            1,
            up(
                Arbitraries.subsetOf(EventType.values())
                    .ofMinSize(1)
                    .map(s -> new Condition.EventTypeIn(ImmutableSet.copyOf(s))))));
    choices.add(Tuple.of(1, up(fieldPaths().map(Condition.Exists::new))));
    choices.add(
        Tuple.of(1, up(Combinators.combine(fieldPaths(), literals()).as(Condition.EqualTo::new))));
    choices.add(
        Tuple.of(
            1,
            up(
                Combinators.combine(fieldPaths(), literals().list().ofMinSize(1).ofMaxSize(3))
                    .as((f, v) -> new Condition.In(f, ImmutableList.copyOf(v))))));
    choices.add(
        Tuple.of(
            1,
            up(
                Combinators.combine(
                        fieldPaths(), Arbitraries.of(Condition.Operator.class), decimals())
                    .as(Condition.Compare::new))));
    choices.add(
        Tuple.of(
            1,
            up(
                Combinators.combine(fieldPaths(), Arbitraries.of(PATTERNS))
                    .as(Condition.Matches::new))));
    if (depth > 0) {
      Arbitrary<Condition> inner = conditions(depth - 1);
      Arbitrary<ImmutableList<Condition>> operands =
          inner.list().ofMinSize(1).ofMaxSize(3).map(ImmutableList::copyOf);
      choices.add(Tuple.of(1, up(operands.map(Condition.And::new))));
      choices.add(Tuple.of(1, up(operands.map(Condition.Or::new))));
      choices.add(Tuple.of(1, up(inner.map(Condition.Not::new))));
    }
    return Arbitraries.frequencyOf(choices).withoutEdgeCases();
  }

  /** Steps of every kind. */
  public static Arbitrary<TransformStep> steps() {
    Arbitrary<FieldPath> f = fieldPaths();
    Arbitrary<TransformStep> any =
        Arbitraries.oneOf(
            List.<Arbitrary<? extends TransformStep>>of(
                Combinators.combine(f, f)
                    .filter((a, b) -> !a.equals(b))
                    .as(TransformStep.Rename::new),
                Combinators.combine(f, f)
                    .filter((a, b) -> !a.equals(b))
                    .as(TransformStep.Copy::new),
                f.map(TransformStep.Drop::new),
                Combinators.combine(f, literals()).as(TransformStep.Set::new),
                Combinators.combine(f, literals()).as(TransformStep.SetDefault::new),
                Combinators.combine(f, secretRefs().optional(0.5))
                    .as((field, salt) -> new TransformStep.Hash(field, HashAlgorithm.SHA256, salt)),
                Combinators.combine(f, texts()).as(TransformStep.Redact::new),
                Combinators.combine(f, Arbitraries.subsetOf(Normalization.values()).ofMinSize(1))
                    .as(
                        (field, ops) ->
                            new TransformStep.Normalize(field, ImmutableSet.copyOf(ops))),
                Combinators.combine(
                        f, Arbitraries.maps(texts(), literals()).ofMinSize(1).ofMaxSize(3))
                    .as((field, m) -> new TransformStep.MapValues(field, ImmutableMap.copyOf(m))),
                Combinators.combine(f, Arbitraries.of(CastTarget.class))
                    .as(TransformStep.Cast::new),
                conditions(1).map(TransformStep.Filter::new),
                Combinators.combine(names(), Arbitraries.maps(names(), texts()).ofMaxSize(2))
                    .as((n, params) -> new TransformStep.Custom(n, ImmutableMap.copyOf(params)))));
    return any.withoutEdgeCases();
  }

  // ---- destinations, routes, environments, pipelines

  /** Secret references {@code ${env:NAME}}. */
  public static Arbitrary<SecretRef> secretRefs() {
    return Combinators.combine(
            Arbitraries.of('A', 'z', '_', 'K'),
            Arbitraries.strings()
                .withCharRange('A', 'Z')
                .withCharRange('0', '9')
                .withChars('_', '.', '/', '-', 'a')
                .ofMaxLength(10))
        .as((first, rest) -> SecretRef.env(first + rest));
  }

  /** Setting values: plain literals (never text that looks like a reference) and secrets. */
  public static Arbitrary<SettingValue> settingValues() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            3,
            literals()
                .filter(
                    l -> !(l instanceof Literal.Text t && SecretRef.looksLikeReference(t.value())))
                .map(SettingValue.Plain::new)),
        Tuple.of(2, secretRefs()));
  }

  private static Arbitrary<Destination> destinations(String name, List<String> eventNames) {
    Arbitrary<String> eventName =
        eventNames.isEmpty() ? names() : Arbitraries.oneOf(names(), Arbitraries.of(eventNames));
    Arbitrary<Contract> contract =
        Combinators.combine(
                fieldPaths().set().ofMaxSize(2),
                Arbitraries.subsetOf(PiiCategory.values()),
                eventName.set().ofMaxSize(3).optional(0.4))
            .as(
                (fields, pii, events) ->
                    new Contract(
                        ImmutableSet.copyOf(fields),
                        ImmutableSet.copyOf(pii),
                        events.map(ImmutableSet::copyOf)));
    return Combinators.combine(
            Arbitraries.oneOf(
                Arbitraries.of("snowflake", "amplitude", "webhook", "bigquery", "braze"), names()),
            Arbitraries.maps(names(), settingValues()).ofMaxSize(3),
            contract)
        .as((kind, settings, c) -> new Destination(name, kind, ImmutableMap.copyOf(settings), c));
  }

  private static Arbitrary<Environment> environments(String name, List<Destination> destinations) {
    if (destinations.isEmpty()) {
      return Arbitraries.just(new Environment(name, ImmutableMap.of()));
    }
    return Arbitraries.subsetOf(destinations)
        .flatMap(
            chosen ->
                Combinators.combine(chosen.stream().map(PipelineArbitraries::overlays).toList())
                    .as(
                        overlays -> {
                          Map<String, DestinationOverlay> out = new LinkedHashMap<>();
                          int i = 0;
                          for (Destination d : chosen) {
                            out.put(d.name(), overlays.get(i++));
                          }
                          return new Environment(name, ImmutableMap.copyOf(out));
                        }));
  }

  private static Arbitrary<DestinationOverlay> overlays(Destination d) {
    Arbitrary<Map<String, SettingValue>> settings =
        d.settings().isEmpty()
            ? Arbitraries.just(Map.of())
            : Arbitraries.maps(Arbitraries.of(d.settings().keySet()), settingValues())
                .ofMaxSize(d.settings().size());
    Arbitrary<Double> sampling =
        Arbitraries.oneOf(
            Arbitraries.of(1.0, 0.5, 0.1, 0.25, 1e-5),
            Arbitraries.doubles().between(0.0, false, 1.0, true));
    return Combinators.combine(
            Arbitraries.of(true, false).optional(0.4), sampling.optional(0.5), settings)
        .as(
            (enabled, sample, s) ->
                new DestinationOverlay(enabled, sample, ImmutableMap.copyOf(s)));
  }

  /**
   * Valid pipelines: a plan, global steps, destinations, routes to them (with conditions and
   * per-route steps) and environments with overlays of declared destinations and settings.
   */
  public static Arbitrary<Pipeline> pipelines() {
    return Combinators.combine(
            names(),
            trackingPlans(),
            steps().list().ofMaxSize(3),
            names().list().uniqueElements().ofMaxSize(3))
        .flatAs(
            (name, plan, steps, destinationNames) -> {
              List<String> events = List.copyOf(plan.events().keySet());
              Arbitrary<List<Destination>> destinations =
                  Combinators.combine(
                          destinationNames.stream().map(n -> destinations(n, events)).toList())
                      .as(list -> list);
              return destinations.flatMap(ds -> pipelines(name, plan, steps, ds));
            })
        .withoutEdgeCases();
  }

  private static Arbitrary<Pipeline> pipelines(
      String name, TrackingPlan plan, List<TransformStep> steps, List<Destination> destinations) {
    Arbitrary<List<Route>> routes =
        destinations.isEmpty()
            ? Arbitraries.just(List.of())
            : Combinators.combine(
                    Arbitraries.of(destinations.stream().map(Destination::name).toList()),
                    names().optional(0.5),
                    conditions(),
                    steps().list().ofMaxSize(2))
                .as(
                    (dest, routeName, when, routeSteps) ->
                        new Route(
                            routeName.orElse(dest), dest, when, ImmutableList.copyOf(routeSteps)))
                .list()
                .uniqueElements(Route::name)
                .ofMaxSize(3);
    Arbitrary<List<Environment>> environments =
        names()
            .list()
            .uniqueElements()
            .ofMaxSize(3)
            .flatMap(
                envNames ->
                    Combinators.combine(
                            envNames.stream().map(n -> environments(n, destinations)).toList())
                        .as(list -> list));
    return Combinators.combine(routes, environments)
        .as(
            (rs, envs) ->
                new Pipeline(
                    name,
                    plan,
                    ImmutableList.copyOf(steps),
                    byName(destinations, Destination::name),
                    ImmutableList.copyOf(rs),
                    byName(envs, Environment::name)));
  }
}
