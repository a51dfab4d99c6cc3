package dev.plumbline.validation.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.plumbline.core.plan.CustomType;
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
import dev.plumbline.validation.internal.jsonschema.JsonSchemaCompiler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles types into checkers. Each custom type is compiled once and shared by all its use sites;
 * violations inside it are located through the use site. Not thread-safe; the checkers it returns
 * are.
 */
public final class CheckerCompiler {
  private final Map<String, CustomType> customTypes;
  private final Map<String, Checker> compiledRefs = new HashMap<>();
  private final Set<String> compiling = new HashSet<>();
  private final List<String> schemaProblems = new ArrayList<>();

  /** Where in the plan the type being compiled is: {@code events/E/properties}, {@code sku}, ... */
  private final java.util.ArrayDeque<String> location = new java.util.ArrayDeque<>();

  public CheckerCompiler(Map<String, CustomType> customTypes) {
    this.customTypes = ImmutableMap.copyOf(customTypes);
  }

  /**
   * Compiles a type.
   *
   * @throws IllegalArgumentException for a reference to an undeclared or recursive custom type, or
   *     a JSON Schema {@code $ref} that does not resolve within its document
   */
  public Checker compile(DataType type) {
    return compile(type, false);
  }

  /**
   * Compiles a type found at a plan location ({@code events/Signed Up/properties}, or below the
   * current one: {@code items}, a property name), which an error about a {@code JsonSchemaType}
   * inside it names.
   */
  public Checker compileAt(DataType type, String planLocation) {
    location.addLast(planLocation);
    try {
      return compile(type, false);
    } finally {
      location.removeLast();
    }
  }

  private Checker compile(DataType type, boolean nullable) {
    if (type instanceof StringType s) {
      return new StringChecker(
          nullable,
          s.minLength().orElse(0),
          s.maxLength().orElse(Integer.MAX_VALUE),
          s.pattern().map(Regex::new).orElse(null),
          s.format().orElse(null));
    } else if (type instanceof IntegerType i) {
      return number(true, nullable, i.bounds());
    } else if (type instanceof NumberType n) {
      return number(false, nullable, n.bounds());
    } else if (type instanceof BooleanType) {
      return new ScalarChecker(ScalarChecker.Kind.BOOLEAN, nullable);
    } else if (type instanceof EnumType e) {
      return new EnumChecker(nullable, e.values());
    } else if (type instanceof ArrayType a) {
      return new ArrayChecker(
          nullable,
          compileAt(a.items(), "items"),
          a.minItems().orElse(0),
          a.maxItems().orElse(Integer.MAX_VALUE),
          a.unique(),
          PiiTypes.containsPii(a, customTypes));
    } else if (type instanceof ObjectType o) {
      return object(o, nullable);
    } else if (type instanceof NullableType n) {
      return compile(n.inner(), true);
    } else if (type instanceof UnionType u) {
      ImmutableList.Builder<Checker> options = ImmutableList.builder();
      for (DataType option : u.options()) {
        options.add(compile(option, false));
      }
      Checker union =
          new UnionChecker(
              u.mode() == UnionType.Mode.ONE_OF,
              options.build(),
              PiiTypes.containsPii(u, customTypes));
      return nullable ? new NullableChecker(union) : union;
    } else if (type instanceof TypeRef r) {
      Checker target = ref(r.name());
      return nullable ? new NullableChecker(target) : target;
    } else if (type instanceof JsonSchemaType j) {
      Checker schema = jsonSchema(j);
      return nullable ? new NullableChecker(schema) : schema;
    }
    throw new IllegalArgumentException("unhandled type " + type);
  }

  /**
   * The JSON Schema parts compiled so far that are not valid draft-07, each naming its keyword and
   * where it is; every value such a part applies to fails with {@code UNSUPPORTED_SCHEMA}.
   */
  public ImmutableList<String> schemaProblems() {
    return ImmutableList.copyOf(schemaProblems);
  }

  private Checker jsonSchema(JsonSchemaType type) {
    Checker schema;
    try {
      schema = JsonSchemaCompiler.compile(type);
    } catch (IllegalArgumentException e) {
      if (location.isEmpty()) {
        throw e;
      }
      // Name the property holding the schema: its pointers are relative to the schema alone.
      throw new IllegalArgumentException(String.join("/", location) + ": " + e.getMessage(), e);
    }
    if (schema instanceof UnsupportedChecker u) {
      String where = location.isEmpty() ? "" : String.join("/", location) + ": ";
      u.problems().forEach(p -> schemaProblems.add(where + p));
    }
    return schema;
  }

  private Checker ref(String name) {
    Checker done = compiledRefs.get(name);
    if (done != null) {
      return done;
    }
    CustomType custom = customTypes.get(name);
    if (custom == null) {
      throw new IllegalArgumentException(
          "custom type '" + name + "' is not declared; declared: " + customTypes.keySet());
    }
    if (!compiling.add(name)) {
      throw new IllegalArgumentException("custom type '" + name + "' refers to itself");
    }
    Checker compiled = compile(custom.type(), false);
    compiling.remove(name);
    compiledRefs.put(name, compiled);
    return compiled;
  }

  private static Checker number(boolean integer, boolean nullable, NumericBounds b) {
    return new NumberChecker(
        integer,
        nullable,
        b.minimum().map(NumericBound::new).orElse(null),
        b.maximum().map(NumericBound::new).orElse(null),
        b.exclusiveMinimum().map(NumericBound::new).orElse(null),
        b.exclusiveMaximum().map(NumericBound::new).orElse(null),
        b.multipleOf().map(MultipleOf::new).orElse(null));
  }

  /** An object; its JSON Schema constraints, if any, must hold too (a null passes a nullable). */
  private Checker object(ObjectType o, boolean nullable) {
    boolean holdsPii = PiiTypes.containsPii(o, customTypes);
    if (o.constraints().isPresent()) {
      Checker object = plainObject(o, false, holdsPii);
      Checker constraints = jsonSchema(o.constraints().get());
      Checker both = new AllChecker(ImmutableList.of(object, constraints), holdsPii);
      return nullable ? new NullableChecker(both) : both;
    }
    return plainObject(o, nullable, holdsPii);
  }

  /** The object's properties, openness and variants, without its JSON Schema constraints. */
  private Checker plainObject(ObjectType o, boolean nullable, boolean holdsPii) {
    ObjectChecker.PropertySet own = properties(null, o.properties(), Map.of());
    String discriminator = null;
    ImmutableMap<String, ObjectChecker.PropertySet> cases = ImmutableMap.of();
    ObjectChecker.PropertySet defaults = null;
    if (o.variants().isPresent()) {
      Variants v = o.variants().get();
      discriminator = v.discriminator();
      Map<String, ObjectChecker.PropertySet> byMatch = new LinkedHashMap<>();
      for (VariantCase c : v.cases()) {
        ObjectChecker.PropertySet set =
            properties("variants/" + Collector.escape(c.name()), c.properties(), o.properties());
        for (String match : c.match()) {
          byMatch.putIfAbsent(match, set);
        }
      }
      cases = ImmutableMap.copyOf(byMatch);
      defaults = properties("variants/default", v.defaultProperties(), o.properties());
    }
    return new ObjectChecker(
        nullable,
        o.additionalProperties() == AdditionalProperties.CLOSED,
        own,
        discriminator,
        cases,
        defaults,
        holdsPii);
  }

  /** Compiles a property set; properties also in {@code base} are checked but not counted. */
  ObjectChecker.PropertySet properties(
      String planPrefix, Map<String, Property> properties, Map<String, Property> base) {
    int n = properties.size();
    String[] names = new String[n];
    Checker[] checkers = new Checker[n];
    boolean[] required = new boolean[n];
    boolean[] counted = new boolean[n];
    boolean[] pii = new boolean[n];
    int i = 0;
    for (Map.Entry<String, Property> e : properties.entrySet()) {
      names[i] = e.getKey();
      String segment = Collector.escape(e.getKey());
      checkers[i] =
          compileAt(e.getValue().type(), planPrefix == null ? segment : planPrefix + "/" + segment);
      required[i] = e.getValue().required();
      counted[i] = !base.containsKey(e.getKey());
      pii[i] = e.getValue().pii().isPresent();
      i++;
    }
    return new ObjectChecker.PropertySet(planPrefix, names, checkers, required, counted, pii);
  }
}
