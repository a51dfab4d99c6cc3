package dev.plumbline.core.internal;

import dev.plumbline.core.EventType;
import dev.plumbline.core.Problem;
import dev.plumbline.core.plan.Category;
import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.plan.EventSpec;
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
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks a tracking plan's values and reports every problem with its path. */
public final class PlanChecks {
  private static final Pattern SEMVER =
      Pattern.compile("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?$");

  private PlanChecks() {}

  /** Every problem of a plan, with paths under {@code prefix} (empty for a bare plan). */
  public static List<Problem> check(
      String name,
      String version,
      Map<String, EventSpec> events,
      Map<String, CustomType> customTypes,
      Map<String, Category> categories,
      String prefix) {
    List<Problem> problems = new ArrayList<>();
    Consumer<Problem> out = problems::add;
    if (name.isBlank()) {
      out.accept(new Problem(prefix + "name", "the plan name must not be blank"));
    }
    if (!SEMVER.matcher(version).matches()) {
      out.accept(
          new Problem(
              prefix + "version",
              "version must be a semantic version MAJOR.MINOR.PATCH, got '" + version + "'"));
    }
    for (CustomType t : customTypes.values()) {
      String path = prefix + "customTypes/" + t.name();
      if (t.name().isBlank()) {
        out.accept(new Problem(path, "a custom type name must not be blank"));
      }
      checkEncodable(t.name(), "a custom type name", path, out);
      checkType(t.type(), path, customTypes, out);
    }
    checkCycles(customTypes, prefix, out);
    for (Category c : categories.values()) {
      if (c.name().isBlank()) {
        out.accept(
            new Problem(prefix + "categories/" + c.name(), "a category name must not be blank"));
      }
      checkEncodable(c.name(), "a category name", prefix + "categories/" + c.name(), out);
    }
    for (EventSpec e : events.values()) {
      String path = prefix + "events/" + e.name();
      if (e.name().isBlank()) {
        out.accept(new Problem(path, "an event name must not be blank"));
      }
      checkEncodable(e.name(), "an event name", path, out);
      if (e.type() == EventType.ALIAS) {
        out.accept(
            new Problem(
                path,
                "alias calls carry no payload and are never validated, so an alias spec would never"
                    + " apply; declare track, identify, page, screen or group specs"));
      }
      e.category()
          .filter(c -> !categories.containsKey(c))
          .ifPresent(
              c ->
                  out.accept(
                      new Problem(
                          path + "/category",
                          "category '"
                              + c
                              + "' is not declared; declared: "
                              + categories.keySet())));
      checkObject(e.payload(), path, customTypes, out);
    }
    return problems;
  }

  /**
   * A name becomes a key of the manifest's JSON, and JSON readers (Jackson among them) refuse a
   * lone surrogate in a key, though they take one in a string value: such a plan would compile into
   * a manifest nothing reads back.
   */
  /** The index of the first lone surrogate in the text, or -1. */
  public static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  public static void checkEncodable(String name, String what, String path, Consumer<Problem> out) {
    int i = loneSurrogate(name);
    if (i >= 0) {
      out.accept(
          new Problem(path, what + " must be Unicode text, but " + loneSurrogateAt(name, i)));
    }
  }

  /** {@code holds a lone surrogate (\ud800) at index 2, which JSON readers refuse in ...}. */
  public static String loneSurrogateAt(String text, int i) {
    return "holds a lone surrogate (\\u"
        + String.format("%04x", (int) text.charAt(i))
        + ") at index "
        + i
        + ", which JSON readers refuse in a manifest's keys";
  }

  private static void checkType(
      DataType type, String path, Map<String, CustomType> types, Consumer<Problem> out) {
    if (type instanceof StringType s) {
      checkString(s, path, out);
    } else if (type instanceof IntegerType i) {
      checkBounds(i.bounds(), true, path, out);
    } else if (type instanceof NumberType n) {
      checkBounds(n.bounds(), false, path, out);
    } else if (type instanceof EnumType e) {
      checkEnum(e, path, out);
    } else if (type instanceof ArrayType a) {
      checkRange(a.minItems(), a.maxItems(), "minItems", "maxItems", path, out);
      checkType(a.items(), path + "/items", types, out);
    } else if (type instanceof ObjectType o) {
      checkObject(o, path, types, out);
    } else if (type instanceof NullableType n) {
      if (n.inner() instanceof NullableType) {
        out.accept(new Problem(path, "nullable(nullable(...)) is redundant; use one nullable"));
      }
      checkType(n.inner(), path, types, out);
    } else if (type instanceof UnionType u) {
      if (u.options().size() < 2) {
        out.accept(
            new Problem(
                path + "/" + u.kind(),
                u.kind() + " needs at least two options, got " + u.options().size()));
      }
      for (int i = 0; i < u.options().size(); i++) {
        checkType(u.options().get(i), path + "/" + u.kind() + "/" + i, types, out);
      }
    } else if (type instanceof TypeRef r) {
      if (!types.containsKey(r.name())) {
        out.accept(
            new Problem(
                path,
                "custom type '" + r.name() + "' is not declared; declared: " + types.keySet()));
      }
    } else if (!(type instanceof BooleanType) && !(type instanceof JsonSchemaType)) {
      throw new IllegalStateException("unhandled type " + type);
    }
  }

  private static void checkString(StringType s, String path, Consumer<Problem> out) {
    checkRange(s.minLength(), s.maxLength(), "minLength", "maxLength", path, out);
    s.pattern()
        .ifPresent(
            p -> {
              try {
                Pattern.compile(p);
              } catch (PatternSyntaxException e) {
                out.accept(
                    new Problem(
                        path + "/pattern",
                        "pattern '"
                            + p
                            + "' is not a valid regular expression: "
                            + e.getDescription()));
                return;
              }
              javaOnlySyntax(p)
                  .ifPresent(
                      why ->
                          out.accept(
                              new Problem(
                                  path + "/pattern",
                                  "pattern '"
                                      + p
                                      + "' "
                                      + why
                                      + "; patterns are ECMA-262, as in JSON Schema")));
            });
  }

  /**
   * Why a pattern that {@code java.util.regex} accepts means something else, or nothing, in
   * ECMA-262, which the validator and every exported schema's reader use: a class intersection
   * ({@code &&}) or nested class inside {@code [...]} (literals in ECMA), a {@code ]} first in a
   * class (a literal in Java; in ECMA {@code []} is an empty class), {@code \Q...\E} quoting (ECMA
   * reads {@code \Q} as the letter Q), inline flags such as {@code (?i)} (not ECMA syntax).
   */
  static Optional<String> javaOnlySyntax(String p) {
    boolean inClass = false;
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '\\' && i + 1 < p.length()) {
        char d = p.charAt(i + 1);
        if (d == 'Q') {
          return Optional.of(
              "quotes with \\Q...\\E, which ECMA-262 reads as the letters Q and E; escape each"
                  + " special character instead (\\.)");
        }
        if (!inClass && JAVA_ONLY_ESCAPES.indexOf(d) >= 0) {
          return Optional.of(
              "uses \\"
                  + d
                  + ", which java.util.regex reads as "
                  + JAVA_ONLY_ESCAPE_MEANINGS[JAVA_ONLY_ESCAPES.indexOf(d)]
                  + " and ECMA-262 as the letter "
                  + d
                  + (d == 'A' || d == 'z' || d == 'Z' ? "; use ^ or $" : ""));
        }
        i += 2;
        continue;
      }
      if (inClass) {
        if (c == '[') {
          return Optional.of(
              "has '[' inside a character class: java.util.regex reads it as a nested class,"
                  + " ECMA-262 as a literal; escape it (\\[) or write the class out");
        }
        if (c == '&' && i + 1 < p.length() && p.charAt(i + 1) == '&') {
          return Optional.of(
              "has '&&' inside a character class: java.util.regex reads it as an intersection,"
                  + " ECMA-262 as literals; escape it (\\&\\&) or write the class out");
        }
        if (c == ']') {
          inClass = false;
        }
      } else if (c == '[') {
        inClass = true;
        int next = i + 1 < p.length() && p.charAt(i + 1) == '^' ? i + 2 : i + 1;
        if (next < p.length() && p.charAt(next) == ']') {
          return Optional.of(
              "has ']' first in a character class: java.util.regex reads it as a literal,"
                  + " ECMA-262 as the end of an empty class; escape it (\\])");
        }
      } else if (c == '(' && p.startsWith("(?", i) && flagsEnd(p, i + 2) > 0) {
        String flags = p.substring(i, flagsEnd(p, i + 2) + 1);
        return Optional.of(
            "sets flags inline ("
                + flags
                + "), which ECMA-262 does not have"
                + (flags.matches("\\(\\?i[:)]") ? "; spell the cases out ([Aa])" : ""));
      } else if (c == '(' && p.startsWith("(?>", i)) {
        return Optional.of(
            "has an atomic group (?>...), which ECMA-262 does not have (a syntax error there)");
      } else if ((c == '*' || c == '+' || c == '?' || c == '{') && possessive(p, i)) {
        return Optional.of(POSSESSIVE);
      }
      i++;
    }
    return Optional.empty();
  }

  /** Escapes java.util.regex gives a meaning that ECMA-262 reads as the plain letter. */
  private static final String JAVA_ONLY_ESCAPES = "AzZhHRXGae";

  private static final String[] JAVA_ONLY_ESCAPE_MEANINGS = {
    "the start of the text",
    "the end of the text",
    "the end of the text",
    "a horizontal space",
    "a non-horizontal-space",
    "a line break",
    "a grapheme cluster",
    "the end of the previous match",
    "the bell character",
    "the escape character"
  };

  private static final String POSSESSIVE =
      "has a possessive quantifier (*+, ++, ?+, {n}+), which ECMA-262 does not have (a syntax"
          + " error there)";

  /**
   * Whether the quantifier at {@code at} is possessive: {@code *+}, {@code ++}, {@code ?+} or a
   * counted one ({@code {2,3}}) followed by {@code +}.
   */
  private static boolean possessive(String p, int at) {
    if (at >= p.length()) {
      return false;
    }
    char q = p.charAt(at);
    int end;
    if (q == '*' || q == '+' || q == '?') {
      end = at + 1;
    } else if (q == '{') {
      int close = p.indexOf('}', at);
      if (close < 0 || !p.substring(at + 1, close).matches("[0-9]+(,[0-9]*)?")) {
        return false;
      }
      end = close + 1;
    } else {
      return false;
    }
    return end < p.length() && p.charAt(end) == '+';
  }

  /**
   * When {@code (?} at {@code from - 2} opens inline flags (letters and '-' up to ')' or ':'), the
   * index of that ')' or ':'; else -1.
   */
  private static int flagsEnd(String p, int from) {
    int j = from;
    while (j < p.length() && (Character.isLetter(p.charAt(j)) || p.charAt(j) == '-')) {
      j++;
    }
    return j > from && j < p.length() && (p.charAt(j) == ')' || p.charAt(j) == ':') ? j : -1;
  }

  private static void checkRange(
      Optional<Integer> min,
      Optional<Integer> max,
      String minName,
      String maxName,
      String path,
      Consumer<Problem> out) {
    min.filter(v -> v < 0)
        .ifPresent(
            v ->
                out.accept(new Problem(path + "/" + minName, minName + " must be >= 0, got " + v)));
    max.filter(v -> v < 0)
        .ifPresent(
            v ->
                out.accept(new Problem(path + "/" + maxName, maxName + " must be >= 0, got " + v)));
    if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
      out.accept(
          new Problem(
              path + "/" + minName,
              minName + " " + min.get() + " is greater than " + maxName + " " + max.get()));
    }
  }

  /**
   * Whether the model accepts these bounds: some value satisfies them and {@code multipleOf}, if
   * any, is positive (the importer keeps other bounds as JSON Schema).
   */
  public static boolean boundsAccepted(NumericBounds b, boolean integer) {
    List<Problem> problems = new ArrayList<>();
    checkBounds(b, integer, "", problems::add);
    return problems.isEmpty();
  }

  /**
   * A range no value satisfies. Each side's bound is the tighter of its inclusive and exclusive
   * keyword (on a tie the exclusive one): {@code min(1).max(1).exclusiveMin(0)} admits 1. An
   * integer range must hold an integer: {@code exclusiveMin(0).exclusiveMax(1)} holds none.
   */
  private static void checkBounds(
      NumericBounds b, boolean integer, String path, Consumer<Problem> out) {
    if (b.minimum().isPresent()
        && b.maximum().isPresent()
        && b.minimum().get().compareTo(b.maximum().get()) > 0) {
      out.accept(
          new Problem(
              path + "/minimum",
              "minimum "
                  + b.minimum().get().toPlainString()
                  + " is greater than maximum "
                  + b.maximum().get().toPlainString()));
    } else {
      Optional<BigDecimal> lower = max(b.minimum(), b.exclusiveMinimum());
      Optional<BigDecimal> upper = min(b.maximum(), b.exclusiveMaximum());
      if (lower.isPresent() && upper.isPresent()) {
        boolean lowerExclusive =
            b.exclusiveMinimum().isPresent()
                && b.exclusiveMinimum().get().compareTo(lower.get()) == 0;
        boolean upperExclusive =
            b.exclusiveMaximum().isPresent()
                && b.exclusiveMaximum().get().compareTo(upper.get()) == 0;
        boolean empty;
        if (integer) {
          BigDecimal lo = lower.get().setScale(0, RoundingMode.FLOOR);
          lo = lowerExclusive || lo.compareTo(lower.get()) < 0 ? lo.add(BigDecimal.ONE) : lo;
          BigDecimal hi = upper.get().setScale(0, RoundingMode.CEILING);
          hi = upperExclusive || hi.compareTo(upper.get()) > 0 ? hi.subtract(BigDecimal.ONE) : hi;
          empty = lo.compareTo(hi) > 0;
        } else {
          int cmp = lower.get().compareTo(upper.get());
          empty = cmp > 0 || (cmp == 0 && (lowerExclusive || upperExclusive));
        }
        if (empty) {
          out.accept(
              new Problem(
                  path + (lowerExclusive ? "/exclusiveMinimum" : "/minimum"),
                  "no "
                      + (integer ? "integer" : "number")
                      + " satisfies the bounds: "
                      + (lowerExclusive ? "> " : ">= ")
                      + lower.get().toPlainString()
                      + " and "
                      + (upperExclusive ? "< " : "<= ")
                      + upper.get().toPlainString()));
        }
      }
    }
    b.multipleOf()
        .filter(m -> m.signum() <= 0)
        .ifPresent(
            m ->
                out.accept(
                    new Problem(
                        path + "/multipleOf", "multipleOf must be > 0, got " + m.toPlainString())));
  }

  private static Optional<BigDecimal> max(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return Optional.of(a.get().max(b.get()));
  }

  private static Optional<BigDecimal> min(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return Optional.of(a.get().min(b.get()));
  }

  private static void checkEnum(EnumType e, String path, Consumer<Problem> out) {
    if (e.values().isEmpty()) {
      out.accept(new Problem(path + "/enum", "an enum needs at least one value"));
    }
    Set<String> seen = new HashSet<>();
    for (String v : e.values()) {
      if (!seen.add(v)) {
        out.accept(new Problem(path + "/enum", "enum value '" + v + "' is listed more than once"));
      }
    }
  }

  private static void checkObject(
      ObjectType o, String path, Map<String, CustomType> types, Consumer<Problem> out) {
    checkProperties(o.properties(), path, types, out);
    o.variants().ifPresent(v -> checkVariants(o, v, path + "/variants", types, out));
  }

  private static void checkProperties(
      Map<String, Property> properties,
      String path,
      Map<String, CustomType> types,
      Consumer<Problem> out) {
    for (Map.Entry<String, Property> p : properties.entrySet()) {
      String propertyPath = path + "/properties/" + p.getKey();
      if (p.getKey().isEmpty()) {
        out.accept(new Problem(propertyPath, "a property name must not be empty"));
      }
      checkEncodable(p.getKey(), "a property name", propertyPath, out);
      checkType(p.getValue().type(), propertyPath, types, out);
    }
  }

  private static void checkVariants(
      ObjectType owner,
      Variants v,
      String path,
      Map<String, CustomType> types,
      Consumer<Problem> out) {
    if (!owner.properties().containsKey(v.discriminator())) {
      out.accept(
          new Problem(
              path + "/discriminator",
              "discriminator '"
                  + v.discriminator()
                  + "' must be one of the object's own properties: "
                  + owner.properties().keySet()));
    }
    if (v.cases().isEmpty()) {
      out.accept(new Problem(path + "/cases", "variants need at least one case"));
    }
    Property discriminator = owner.properties().get(v.discriminator());
    if (discriminator != null) {
      checkDiscriminatorType(v, discriminator.type(), path, types, out);
    }
    Set<String> names = new HashSet<>();
    Set<String> matched = new LinkedHashSet<>();
    for (VariantCase c : v.cases()) {
      String casePath = path + "/cases/" + c.name();
      if (!names.add(c.name())) {
        out.accept(
            new Problem(casePath, "variant case '" + c.name() + "' is declared more than once"));
      }
      if (c.match().isEmpty()) {
        out.accept(
            new Problem(casePath + "/match", "a variant case needs at least one match value"));
      }
      for (String m : c.match()) {
        if (!matched.add(m)) {
          out.accept(
              new Problem(
                  casePath + "/match", "match value '" + m + "' already selects an earlier case"));
        }
      }
      checkProperties(c.properties(), casePath, types, out);
      checkNoShadowing(owner, c.properties(), casePath, out);
    }
    checkProperties(v.defaultProperties(), path + "/default", types, out);
    checkNoShadowing(owner, v.defaultProperties(), path + "/default", out);
  }

  /**
   * A case is selected by a string equal to one of its match values: a discriminator of another
   * kind selects none, and a match value outside the discriminator's enum never selects its case.
   */
  private static void checkDiscriminatorType(
      Variants v,
      DataType declared,
      String path,
      Map<String, CustomType> types,
      Consumer<Problem> out) {
    DataType t = declared;
    for (int hops = 0; hops <= types.size(); hops++) {
      if (t instanceof NullableType n) {
        t = n.inner();
      } else if (t instanceof TypeRef r && types.containsKey(r.name())) {
        t = types.get(r.name()).type();
      } else {
        break;
      }
    }
    if (t instanceof EnumType e) {
      for (VariantCase c : v.cases()) {
        for (String m : c.match()) {
          if (!e.values().contains(m)) {
            out.accept(
                new Problem(
                    path + "/cases/" + c.name() + "/match",
                    "match value '"
                        + m
                        + "' is not one of the discriminator's values "
                        + e.values()
                        + ", so it never selects case '"
                        + c.name()
                        + "'"));
          }
        }
      }
    } else if (!(t instanceof StringType
        || t instanceof UnionType
        || t instanceof JsonSchemaType
        || t instanceof TypeRef)) {
      out.accept(
          new Problem(
              path + "/discriminator",
              "discriminator '"
                  + v.discriminator()
                  + "' is "
                  + t.kind()
                  + ", but a case is selected only by a string value, so no case would ever apply;"
                  + " declare it string() or enumOf(...)"));
    }
  }

  private static void checkNoShadowing(
      ObjectType owner,
      Map<String, Property> variantProperties,
      String path,
      Consumer<Problem> out) {
    for (String name : variantProperties.keySet()) {
      if (owner.properties().containsKey(name)) {
        out.accept(
            new Problem(
                path + "/properties/" + name,
                "property '" + name + "' is already declared on the object itself"));
      }
    }
  }

  private static void checkCycles(
      Map<String, CustomType> types, String prefix, Consumer<Problem> out) {
    for (CustomType t : types.values()) {
      if (reaches(t.type(), t.name(), types, new HashSet<>())) {
        out.accept(
            new Problem(
                prefix + "customTypes/" + t.name(),
                "custom type '"
                    + t.name()
                    + "' refers to itself, directly or through other custom types; recursive types"
                    + " are not supported"));
      }
    }
  }

  private static boolean reaches(
      DataType type, String target, Map<String, CustomType> types, Set<String> visited) {
    if (type instanceof TypeRef r) {
      if (r.name().equals(target)) {
        return true;
      }
      CustomType next = types.get(r.name());
      return next != null && visited.add(r.name()) && reaches(next.type(), target, types, visited);
    } else if (type instanceof ArrayType a) {
      return reaches(a.items(), target, types, visited);
    } else if (type instanceof NullableType n) {
      return reaches(n.inner(), target, types, visited);
    } else if (type instanceof UnionType u) {
      return u.options().stream().anyMatch(o -> reaches(o, target, types, visited));
    } else if (type instanceof ObjectType o) {
      boolean hit =
          o.properties().values().stream().anyMatch(p -> reaches(p.type(), target, types, visited));
      if (!hit && o.variants().isPresent()) {
        Variants v = o.variants().get();
        hit =
            v.defaultProperties().values().stream()
                    .anyMatch(p -> reaches(p.type(), target, types, visited))
                || v.cases().stream()
                    .flatMap(c -> c.properties().values().stream())
                    .anyMatch(p -> reaches(p.type(), target, types, visited));
      }
      return hit;
    }
    return false;
  }
}
