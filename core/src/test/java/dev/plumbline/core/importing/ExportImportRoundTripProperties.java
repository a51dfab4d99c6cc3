package dev.plumbline.core.importing;

import static dev.plumbline.core.types.Types.array;
import static dev.plumbline.core.types.Types.bool;
import static dev.plumbline.core.types.Types.enumOf;
import static dev.plumbline.core.types.Types.nullable;
import static dev.plumbline.core.types.Types.number;
import static dev.plumbline.core.types.Types.object;
import static dev.plumbline.core.types.Types.ref;
import static dev.plumbline.core.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import dev.plumbline.core.EventType;
import dev.plumbline.core.PiiCategory;
import dev.plumbline.core.export.JsonSchemaExporter;
import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.IntegerType;
import dev.plumbline.core.types.NullableType;
import dev.plumbline.core.types.NumberType;
import dev.plumbline.core.types.NumericBounds;
import dev.plumbline.core.types.ObjectType;
import dev.plumbline.core.types.Property;
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.core.types.StringType;
import dev.plumbline.core.types.UnionType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;

/**
 * For typed model types, importing the exported schema gives a type that exports to the same
 * schema: export(import(export(t))) == export(t), key order included, custom types included.
 */
class ExportImportRoundTripProperties {

  static final Map<String, CustomType> CUSTOM_TYPES = customTypes();

  private static Map<String, CustomType> customTypes() {
    Map<String, CustomType> types = new LinkedHashMap<>();
    types.put("Money", new CustomType("Money", number().min(0), Optional.of("An amount")));
    types.put(
        "Line",
        new CustomType(
            "Line",
            object().required("price", ref("Money")).optional("sku", string()),
            Optional.empty()));
    types.put("odd name/~+%", new CustomType("odd name/~+%", array(ref("Line")), Optional.empty()));
    return types;
  }

  @net.jqwik.api.Property(tries = 400)
  void exportOfImportOfExportIsTheExport(@ForAll("types") DataType type) {
    ObjectNode exported = JsonSchemaExporter.typeSchema(type, CUSTOM_TYPES);
    ImportedSchema imported = JsonSchemaImporter.importSchema(exported);
    ObjectNode again = JsonSchemaExporter.typeSchema(imported.type(), imported.customTypes());
    assertThat(again.toString()).isEqualTo(exported.toString());
    assertThat(imported.notes()).isEmpty();
  }

  @net.jqwik.api.Property(tries = 100)
  void eventPayloadsRoundTripThroughThePayloadSchema(@ForAll("objects") ObjectType payload) {
    TrackingPlan plan =
        planOf(
            new EventSpec(
                "E",
                EventType.TRACK,
                payload,
                Optional.empty(),
                Optional.empty(),
                ImmutableList.of()));
    ObjectNode envelope = JsonSchemaExporter.eventSchema(plan, "E");
    ObjectNode payloadSchema = (ObjectNode) envelope.at("/properties/properties").deepCopy();
    if (envelope.has("definitions")) {
      payloadSchema.set("definitions", envelope.get("definitions"));
    }
    ImportedEvent e = JsonSchemaImporter.importEvent(payloadSchema, EventType.TRACK, "E");
    TrackingPlan back = e.toPlan("p");
    assertThat(JsonSchemaExporter.eventSchema(back, "E").toString())
        .isEqualTo(JsonSchemaExporter.eventSchema(planWithVersion(plan, "1.0.0"), "E").toString());
  }

  private static TrackingPlan planOf(EventSpec spec) {
    TrackingPlan.Builder b = TrackingPlan.named("p");
    CUSTOM_TYPES
        .values()
        .forEach(t -> b.customType(t.name(), t.type(), t.description().orElse("")));
    return b.event(spec).build();
  }

  private static TrackingPlan planWithVersion(TrackingPlan plan, String version) {
    return new TrackingPlan(
        plan.name(),
        version,
        plan.events(),
        plan.customTypes(),
        plan.categories(),
        plan.policies());
  }

  @Provide
  Arbitrary<DataType> types() {
    return type(3);
  }

  @Provide
  Arbitrary<ObjectType> objects() {
    return objectType(2);
  }

  private Arbitrary<DataType> type(int depth) {
    Arbitrary<DataType> leaf =
        Arbitraries.oneOf(
            strings(),
            numeric(true),
            numeric(false),
            Arbitraries.just(bool()),
            enums(),
            Arbitraries.of("Money", "Line", "odd name/~+%").map(n -> ref(n)));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<DataType> inner = Arbitraries.lazy(() -> type(depth - 1));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, leaf),
        net.jqwik.api.Tuple.of(2, arrays(inner)),
        net.jqwik.api.Tuple.of(3, objectType(depth - 1).map(o -> (DataType) o)),
        net.jqwik.api.Tuple.of(
            1, inner.filter(t -> !(t instanceof NullableType)).map(t -> (DataType) nullable(t))),
        net.jqwik.api.Tuple.of(1, unions(inner)));
  }

  private Arbitrary<DataType> strings() {
    Arbitrary<Optional<Integer>> min = Arbitraries.integers().between(0, 5).optional(0.3);
    Arbitrary<Optional<Integer>> extra = Arbitraries.integers().between(0, 5).optional(0.3);
    Arbitrary<Optional<String>> pattern =
        Arbitraries.of("^[a-z]+$", "^ord_[0-9]{2,8}$", "\\.json$", "[^@]+@[^@]+", "(?:ab|c)*d")
            .optional(0.3);
    Arbitrary<Optional<StringFormat>> format =
        Arbitraries.of(StringFormat.class).filter(f -> f != StringFormat.UUID).optional(0.3);
    return Combinators.combine(min, extra, pattern, format)
        .as(
            (mn, ex, p, f) ->
                (DataType)
                    new StringType(mn, mn.isPresent() ? ex.map(e -> mn.get() + e) : ex, p, f));
  }

  private Arbitrary<DataType> numeric(boolean isInteger) {
    Arbitrary<Optional<BigDecimal>> low =
        Arbitraries.bigDecimals()
            .between(BigDecimal.valueOf(-1000), BigDecimal.valueOf(1000))
            .ofScale(2)
            .optional(0.4);
    Arbitrary<Optional<BigDecimal>> span =
        Arbitraries.bigDecimals()
            // At least 2: an exclusive integer range then holds an integer (the model refuses one
            // that holds none).
            .between(BigDecimal.valueOf(2), BigDecimal.valueOf(1e12))
            .ofScale(3)
            .optional(0.4);
    Arbitrary<Boolean> exclusive = Arbitraries.of(true, false);
    Arbitrary<Optional<BigDecimal>> multiple =
        Arbitraries.of(new BigDecimal("0.01"), BigDecimal.ONE, BigDecimal.valueOf(5)).optional(0.3);
    return Combinators.combine(low, span, exclusive, multiple)
        .as(
            (lo, sp, ex, m) -> {
              Optional<BigDecimal> hi = lo.isPresent() ? sp.map(s -> lo.get().add(s)) : sp;
              NumericBounds b =
                  ex
                      ? new NumericBounds(Optional.empty(), Optional.empty(), lo, hi, m)
                      : new NumericBounds(lo, hi, Optional.empty(), Optional.empty(), m);
              return isInteger ? (DataType) new IntegerType(b) : new NumberType(b);
            });
  }

  private Arbitrary<DataType> enums() {
    return Arbitraries.strings()
        .ofMinLength(0)
        .ofMaxLength(6)
        .set()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(s -> (DataType) enumOf(s));
  }

  private Arbitrary<DataType> arrays(Arbitrary<DataType> inner) {
    return Combinators.combine(
            inner, Arbitraries.integers().between(0, 3).optional(0.3), Arbitraries.of(true, false))
        .as(
            (t, min, unique) -> {
              var a = array(t);
              if (min.isPresent()) {
                a = a.minItems(min.get()).maxItems(min.get() + 2);
              }
              return (DataType) (unique ? a.uniqueItems() : a);
            });
  }

  private Arbitrary<DataType> unions(Arbitrary<DataType> inner) {
    return Combinators.combine(inner.list().ofMinSize(2).ofMaxSize(3), Arbitraries.of(true, false))
        .as(
            (options, any) ->
                (DataType)
                    new UnionType(
                        any ? UnionType.Mode.ANY_OF : UnionType.Mode.ONE_OF,
                        ImmutableList.copyOf(options)))
        // anyOf [null, X] is read back as nullable(X); the model writes nullable that way itself
        .filter(u -> !(((UnionType) u).options().size() == 2));
  }

  private Arbitrary<ObjectType> objectType(int depth) {
    Arbitrary<DataType> inner = depth == 0 ? type(0) : Arbitraries.lazy(() -> type(depth));
    Arbitrary<Property> property =
        Combinators.combine(
                inner,
                Arbitraries.of(true, false),
                Arbitraries.of(PiiCategory.class).optional(0.3),
                Arbitraries.strings().alpha().ofMaxLength(8).optional(0.3))
            .as((t, required, pii, description) -> new Property(t, required, pii, description));
    Arbitrary<String> names =
        Arbitraries.oneOf(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6),
            Arbitraries.of("a/b", "t~1", "with space", "ü", "$ref"));
    return Combinators.combine(
            Arbitraries.maps(names, property).ofMaxSize(4), Arbitraries.of(true, false))
        .as(
            (props, open) -> {
              ObjectType o = object();
              for (Map.Entry<String, Property> p : props.entrySet()) {
                o = o.property(p.getKey(), p.getValue());
              }
              return open ? o.open() : o;
            });
  }
}
