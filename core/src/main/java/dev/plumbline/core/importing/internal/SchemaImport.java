package dev.plumbline.core.importing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.plumbline.core.Numbers;
import dev.plumbline.core.PiiCategory;
import dev.plumbline.core.Problem;
import dev.plumbline.core.importing.SchemaImportException;
import dev.plumbline.core.internal.JsonDepth;
import dev.plumbline.core.internal.JsonNumbers;
import dev.plumbline.core.internal.PlanChecks;
import dev.plumbline.core.internal.RoomToRecurse;
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
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.core.types.StringType;
import dev.plumbline.core.types.TypeRef;
import dev.plumbline.core.types.Types;
import dev.plumbline.core.types.UnionType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Imports one draft-07 document into the model. Each subschema maps to a typed model type only when
 * the meaning is exactly the same; otherwise it becomes a standalone {@link JsonSchemaType}. See
 * docs/IMPORT.md for the mapping.
 */
public final class SchemaImport {
  /**
   * Keywords that apply to every kind of value, null included ({@code then}/{@code else} via if).
   */
  private static final Set<String> APPLY_TO_NULL = Set.of("allOf", "anyOf", "oneOf", "not", "if");

  private static final Set<String> DRAFT_07 =
      Set.of(
          "http://json-schema.org/draft-07/schema#",
          "http://json-schema.org/draft-07/schema",
          "https://json-schema.org/draft-07/schema#",
          "https://json-schema.org/draft-07/schema");
  private static final Pattern GENERATED_NAME = Pattern.compile("__schema_[0-9]+");
  private static final Set<String> TEXT_ANNOTATIONS = Set.of("title", "description", "$comment");
  private static final Set<String> STRING_KEYWORDS =
      Set.of("type", "minLength", "maxLength", "pattern", "format");
  private static final Set<String> NUMBER_KEYWORDS =
      Set.of("type", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf");
  private static final Set<String> ARRAY_KEYWORDS =
      Set.of("type", "items", "minItems", "maxItems", "uniqueItems");
  private static final Set<String> OBJECT_KEYWORDS =
      Set.of("type", "properties", "required", "additionalProperties");

  /** The outcome of an import. */
  public record Result(
      DataType type,
      ImmutableMap<String, CustomType> customTypes,
      ImmutableList<String> notes,
      Optional<String> description) {}

  private final JsonNode document;
  private final String what;
  private final DocumentRefs refs;
  private final SelfContainedSchemas standalone;
  private final Map<String, String> customTypeNames = new LinkedHashMap<>();
  private List<String> notes = new ArrayList<>();

  private SchemaImport(JsonNode document, String what, DocumentRefs refs) {
    this.document = document;
    this.what = what;
    this.refs = refs;
    this.standalone = new SelfContainedSchemas(document, refs);
  }

  /**
   * Imports a document as a type.
   *
   * @param what names the document in the exception's message
   * @throws SchemaImportException listing every problem (remote or dangling refs, ...)
   */
  public static Result importType(JsonNode document, String what) {
    return withRoomFor(document, what, () -> start(document, what).run(false));
  }

  /**
   * Imports a document as the object payload of an event.
   *
   * @throws SchemaImportException also when the root can never be an object
   */
  public static Result importPayload(JsonNode document, String what) {
    return withRoomFor(document, what, () -> payload(document, what));
  }

  private static Result payload(JsonNode document, String what) {
    SchemaImport in = start(document, what);
    Result r = in.run(true);
    if (r.type() instanceof ObjectType) {
      return r;
    }
    if (r.type() instanceof TypeRef ref
        && r.customTypes().get(ref.name()).type() instanceof ObjectType o) {
      return new Result(o, r.customTypes(), r.notes(), r.description());
    }
    JsonNode root = in.standalone.of("");
    if (!canBeObject(root)) {
      throw new SchemaImportException(
          what,
          List.of(
              new Problem(
                  "",
                  "the root schema accepts no object ("
                      + (root.isBoolean() ? "it is false" : "its type is " + root.get("type"))
                      + "), but an event payload is an object")));
    }
    List<String> notes = new ArrayList<>(r.notes());
    notes.removeAll(in.rootNotes);
    ObjectType payload = Types.object().open().constraints(JsonSchemaType.of(root));
    return new Result(payload, r.customTypes(), ImmutableList.copyOf(notes), r.description());
  }

  private static SchemaImport start(JsonNode document, String what) {
    List<Problem> problems = new ArrayList<>();
    if (document == null || !(document.isObject() || document.isBoolean())) {
      throw new SchemaImportException(
          what,
          List.of(
              new Problem(
                  "",
                  "a schema must be an object or a boolean, got "
                      + (document == null || document.isMissingNode()
                          ? "nothing (the document is empty)"
                          : switch (document.getNodeType()) {
                            case ARRAY -> "an array";
                            case NULL -> "null";
                            case STRING -> "a string";
                            case NUMBER -> "a number";
                            default -> document.getNodeType().name().toLowerCase(Locale.ROOT);
                          }))));
    }
    JsonNode dialect = document.get("$schema");
    if (dialect != null && !(dialect.isTextual() && DRAFT_07.contains(dialect.asText()))) {
      problems.add(
          new Problem(
              "/$schema", "only JSON Schema draft-07 is supported, got $schema " + dialect));
    }
    DocumentRefs refs = DocumentRefs.index(document, problems);
    unwritableNumbers(document, problems);
    if (!problems.isEmpty()) {
      throw new SchemaImportException(what, problems);
    }
    return new SchemaImport(document, what, refs);
  }

  /**
   * The problems of a schema document found before importing it (remote or dangling references,
   * numbers that cannot be written out), without throwing: for an importer that found other
   * problems first and reports all of them together.
   */
  static List<Problem> documentProblems(JsonNode document) {
    int depth = JsonDepth.depth(document);
    if (depth > JsonDepth.MAX_DEPTH) {
      return List.of(new Problem("", JsonDepth.TOO_DEEP));
    }
    return RoomToRecurse.call(depth, () -> problemsBeforeImport(document));
  }

  /**
   * Runs an import of the document: refused when it nests too deeply, on a thread with room to
   * recurse when it is deep (the depth is measured once, without recursion, before anything else).
   */
  private static <T> T withRoomFor(
      JsonNode document, String what, java.util.function.Supplier<T> work) {
    int depth = document == null ? 0 : JsonDepth.depth(document);
    if (depth > JsonDepth.MAX_DEPTH) {
      throw new SchemaImportException(what, List.of(new Problem("", JsonDepth.TOO_DEEP)));
    }
    return RoomToRecurse.call(depth, work);
  }

  private static List<Problem> problemsBeforeImport(JsonNode document) {
    List<Problem> problems = new ArrayList<>();
    if (document.isObject() || document.isBoolean()) {
      DocumentRefs.index(document, problems);
      unwritableNumbers(document, problems);
    }
    return problems;
  }

  /**
   * Reports each number longer than {@link Numbers#MAX_WRITTEN_LENGTH} characters written out
   * ({@code 1e999999999}), as manifests write numbers out in full, and each that is not finite (a
   * literal beyond the range of a double, such as {@code 1e400}, read as a double). Walks without
   * recursion, so any depth is fine.
   */
  private static void unwritableNumbers(JsonNode document, List<Problem> problems) {
    java.util.Deque<Map.Entry<String, JsonNode>> pending = new java.util.ArrayDeque<>();
    pending.push(Map.entry("", document));
    while (!pending.isEmpty()) {
      Map.Entry<String, JsonNode> next = pending.pop();
      String pointer = next.getKey();
      JsonNode node = next.getValue();
      if (node.isObject()) {
        node.properties()
            .forEach(
                f ->
                    pending.push(Map.entry(JsonPointers.child(pointer, f.getKey()), f.getValue())));
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          pending.push(Map.entry(pointer + "/" + i, node.get(i)));
        }
      } else {
        JsonNumbers.whyUnwritable(node).ifPresent(why -> problems.add(new Problem(pointer, why)));
      }
    }
  }

  private Result run(boolean event) {
    Optional<String> description = text(document, "description");
    if (refs.hasNestedIds()) {
      notes.add(
          "the document has subschemas with their own $id; it is imported whole as one"
              + " JsonSchemaType");
      return new Result(
          JsonSchemaType.of(document), ImmutableMap.of(), ImmutableList.copyOf(notes), description);
    }
    Map<String, CustomType> customTypes = importDefinitions();
    notes = rootNotes;
    Set<String> consumed = new HashSet<>(Set.of("$schema", "definitions", "$id"));
    if (event && description.isPresent()) {
      consumed.add("description");
    }
    DataType type = type(document, "", consumed);
    if (!(type instanceof JsonSchemaType) && document.has("$id")) {
      note(
          "/$id",
          "'$id' is not kept: the typed model has no place for it (refs to it were resolved)");
    }
    List<String> all = new ArrayList<>(rootNotes);
    customTypes
        .values()
        .forEach(t -> all.addAll(definitionNotes.getOrDefault(t.name(), List.of())));
    all.addAll(otherNotes);
    checkModel(type, customTypes);
    return new Result(
        type, ImmutableMap.copyOf(customTypes), ImmutableList.copyOf(all), description);
  }

  private final List<String> rootNotes = new ArrayList<>();
  private final Map<String, List<String>> definitionNotes = new LinkedHashMap<>();
  private final List<String> otherNotes = new ArrayList<>();

  /** The root {@code definitions} as custom types; recursive ones stay raw. */
  private Map<String, CustomType> importDefinitions() {
    JsonNode definitions = document.isObject() ? document.get("definitions") : null;
    if (definitions == null || !definitions.isObject()) {
      return new LinkedHashMap<>();
    }
    Set<String> targets = refTargets();
    List<String> names = new ArrayList<>();
    definitions
        .fieldNames()
        .forEachRemaining(
            name -> {
              String pointer = JsonPointers.child("/definitions", name);
              boolean generated = GENERATED_NAME.matcher(name).matches();
              if (name.isBlank()) {
                if (!targets.contains(pointer)) {
                  otherNotes.add(
                      pointer
                          + ": not imported: a custom type needs a non-blank name (nothing"
                          + " refers to it)");
                }
              } else if (!(generated && targets.contains(pointer))) {
                customTypeNames.put(pointer, name);
                names.add(name);
              }
            });
    Map<String, DataType> types = new LinkedHashMap<>();
    for (String name : names) {
      String pointer = JsonPointers.child("/definitions", name);
      notes = new ArrayList<>();
      definitionNotes.put(name, notes);
      JsonNode d = document.at(pointer);
      Set<String> consumed = text(d, "description").isPresent() ? Set.of("description") : Set.of();
      types.put(name, type(d, pointer, consumed));
    }
    for (String cyclic = firstCyclic(types); cyclic != null; cyclic = firstCyclic(types)) {
      types.put(
          cyclic, JsonSchemaType.of(standalone.of(JsonPointers.child("/definitions", cyclic))));
      definitionNotes.remove(cyclic);
    }
    Map<String, CustomType> out = new LinkedHashMap<>();
    for (String name : names) {
      JsonNode d = document.at(JsonPointers.child("/definitions", name));
      out.put(name, new CustomType(name, types.get(name), text(d, "description")));
    }
    return out;
  }

  /** The pointers every internal ref of the document points to. */
  private Set<String> refTargets() {
    Set<String> out = new HashSet<>();
    SchemaWalk.walk(
        document,
        "",
        (s, p) -> {
          JsonNode ref = s.isObject() ? s.get("$ref") : null;
          if (ref != null && ref.isTextual()) {
            refs.target(ref.asText()).ifPresent(out::add);
          }
        },
        p -> {});
    return out;
  }

  private static String firstCyclic(Map<String, DataType> types) {
    for (String name : types.keySet()) {
      if (reaches(types.get(name), name, types, new HashSet<>())) {
        return name;
      }
    }
    return null;
  }

  private static boolean reaches(
      DataType type, String target, Map<String, DataType> types, Set<String> visited) {
    if (type instanceof TypeRef r) {
      return r.name().equals(target)
          || (visited.add(r.name()) && reaches(types.get(r.name()), target, types, visited));
    } else if (type instanceof ArrayType a) {
      return reaches(a.items(), target, types, visited);
    } else if (type instanceof NullableType n) {
      return reaches(n.inner(), target, types, visited);
    } else if (type instanceof UnionType u) {
      return u.options().stream().anyMatch(o -> reaches(o, target, types, visited));
    } else if (type instanceof ObjectType o) {
      return o.properties().values().stream()
          .anyMatch(p -> reaches(p.type(), target, types, visited));
    }
    return false;
  }

  /** A typed type when exactly mappable, else the standalone subschema. */
  private DataType type(JsonNode schema, String pointer, Set<String> consumed) {
    if (schema.isObject()) {
      int mark = notes.size();
      Optional<DataType> typed = typed((ObjectNode) schema, pointer, consumed);
      if (typed.isPresent()) {
        return typed.get();
      }
      notes.subList(mark, notes.size()).clear();
      if (holdsPiiAnnotation(schema)) {
        note(
            pointer,
            "kept as JSON Schema: the 'x-pii' annotations inside stay in the schema, where"
                + " messages hide those values, but classify no property of the model as PII");
      }
    }
    return JsonSchemaType.of(standalone.of(pointer));
  }

  /** Whether an {@code x-pii} annotation sits anywhere below the schema's own keywords. */
  private static boolean holdsPiiAnnotation(JsonNode schema) {
    for (Map.Entry<String, JsonNode> e : schema.properties()) {
      if (!e.getKey().equals("x-pii") && e.getValue().toString().contains("\"x-pii\"")) {
        return true;
      }
    }
    return false;
  }

  private Optional<DataType> typed(ObjectNode s, String pointer, Set<String> consumed) {
    List<String> annotations = new ArrayList<>();
    List<String> keywords = new ArrayList<>();
    s.fieldNames()
        .forEachRemaining(
            k -> {
              if (consumed.contains(k)) {
                return;
              }
              if (isAnnotation(k, s.get(k))) {
                annotations.add(k);
              } else {
                keywords.add(k);
              }
            });
    // Noted first so that a parent's notes precede its children's; the caller drops them if the
    // schema stays raw (its annotations are kept there).
    for (String k : annotations) {
      note(
          JsonPointers.child(pointer, k),
          "'" + k + "' is not kept: the typed model has no place for it here");
    }
    return mapped(s, pointer, keywords);
  }

  private Optional<DataType> mapped(ObjectNode s, String pointer, List<String> keywords) {
    if (keywords.contains("$ref")) {
      String target = refs.target(s.get("$ref").asText()).orElseThrow();
      String name = customTypeNames.get(target);
      if (name == null) {
        return Optional.empty();
      }
      for (String k : keywords) {
        if (!k.equals("$ref")) {
          note(
              JsonPointers.child(pointer, k),
              "'" + k + "' is not kept: draft-07 ignores the siblings of $ref");
        }
      }
      return Optional.of(new TypeRef(name));
    }
    if (keywords.contains("const")) {
      // Kept as JSON Schema even for a string: a one-value enum would report ENUM_MISMATCH
      // (Segment's
      // "Enum") where draft-07's keyword, and every other const, reports CONST_MISMATCH ("Const").
      return Optional.empty();
    }
    if (keywords.contains("enum")) {
      return enumType(s, keywords);
    }
    if (keywords.size() == 1) {
      String only = keywords.get(0);
      JsonNode value = s.get(only);
      if (only.equals("allOf") && value.size() == 1) {
        return Optional.of(type(value.get(0), JsonPointers.child(pointer + "/allOf", 0), Set.of()));
      }
      if (only.equals("anyOf") || only.equals("oneOf")) {
        return union(s, pointer, only);
      }
    }
    if (!keywords.contains("type")) {
      return Optional.empty();
    }
    JsonNode t = s.get("type");
    String single;
    boolean nullable = false;
    if (t.isTextual()) {
      single = t.asText();
    } else if (t.isArray() && t.size() == 1 && t.get(0).isTextual()) {
      single = t.get(0).asText();
    } else if (t.isArray()
        && t.size() == 2
        && t.get(0).isTextual()
        && t.get(1).isTextual()
        && (t.get(0).asText().equals("null") != t.get(1).asText().equals("null"))) {
      single = t.get(0).asText().equals("null") ? t.get(1).asText() : t.get(0).asText();
      nullable = true;
    } else {
      return Optional.empty();
    }
    if (nullable && keywords.stream().anyMatch(APPLY_TO_NULL::contains)) {
      // A nullable model type accepts null without looking further, but these apply to null too
      // ({"type":["object","null"],"not":{"type":"null"}} refuses null): kept as JSON Schema.
      return Optional.empty();
    }
    Optional<? extends DataType> base =
        switch (single) {
          case "string" -> stringType(s, keywords);
          case "integer", "number" -> numericType(s, keywords, single.equals("integer"));
          case "boolean" -> keywords.size() == 1 ? Optional.of(Types.bool()) : Optional.empty();
          case "array" -> arrayType(s, pointer, keywords);
          case "object" -> objectType(s, pointer, keywords);
          default -> Optional.empty();
        };
    if (base.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(nullable ? Types.nullable(base.get()) : base.get());
  }

  private Optional<DataType> enumType(ObjectNode s, List<String> keywords) {
    for (String k : keywords) {
      if (!k.equals("type") && !k.equals("enum")) {
        return Optional.empty();
      }
    }
    boolean nullAllowed;
    JsonNode t = s.get("type");
    if (t == null) {
      nullAllowed = true;
    } else if (t.isTextual() && t.asText().equals("string")) {
      nullAllowed = false;
    } else if (t.isArray()
        && t.size() == 2
        && ((t.get(0).asText().equals("string") && t.get(1).asText().equals("null"))
            || (t.get(0).asText().equals("null") && t.get(1).asText().equals("string")))) {
      nullAllowed = true;
    } else {
      return Optional.empty();
    }
    List<JsonNode> values = new ArrayList<>();
    if (s.get("enum").isArray()) {
      s.get("enum").forEach(values::add);
    } else {
      return Optional.empty();
    }
    LinkedHashSet<String> strings = new LinkedHashSet<>();
    boolean hasNull = false;
    for (JsonNode v : values) {
      if (v.isTextual()) {
        if (!strings.add(v.asText())) {
          return Optional.empty();
        }
      } else if (v.isNull() && !hasNull) {
        hasNull = true;
      } else {
        return Optional.empty();
      }
    }
    if (strings.isEmpty() || (hasNull && !nullAllowed)) {
      return Optional.empty();
    }
    EnumType e = Types.enumOf(strings);
    return Optional.of(hasNull ? Types.nullable(e) : e);
  }

  private Optional<DataType> union(ObjectNode s, String pointer, String keyword) {
    JsonNode options = s.get(keyword);
    String at = JsonPointers.child(pointer, keyword);
    if (options.size() == 1) {
      return Optional.of(type(options.get(0), JsonPointers.child(at, 0), Set.of()));
    }
    if (options.size() == 2 && (isNullSchema(options.get(0)) != isNullSchema(options.get(1)))) {
      int other = isNullSchema(options.get(0)) ? 1 : 0;
      int mark = notes.size();
      DataType inner = type(options.get(other), JsonPointers.child(at, other), Set.of());
      boolean rejectsNull =
          inner instanceof StringType
              || inner instanceof IntegerType
              || inner instanceof NumberType
              || inner instanceof BooleanType
              || inner instanceof EnumType
              || inner instanceof ArrayType
              || inner instanceof ObjectType;
      if (!(inner instanceof NullableType) && (keyword.equals("anyOf") || rejectsNull)) {
        return Optional.of(Types.nullable(inner));
      }
      notes.subList(mark, notes.size()).clear();
    }
    List<DataType> mapped = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      mapped.add(type(options.get(i), JsonPointers.child(at, i), Set.of()));
    }
    return Optional.of(
        new UnionType(
            keyword.equals("anyOf") ? UnionType.Mode.ANY_OF : UnionType.Mode.ONE_OF,
            ImmutableList.copyOf(mapped)));
  }

  private static boolean isNullSchema(JsonNode n) {
    return n.isObject()
        && n.size() == 1
        && n.get("type") != null
        && n.get("type").asText().equals("null")
        && n.get("type").isTextual();
  }

  private static Optional<StringType> stringType(ObjectNode s, List<String> keywords) {
    if (!STRING_KEYWORDS.containsAll(keywords)) {
      return Optional.empty();
    }
    StringType out = Types.string();
    Optional<Integer> min = Optional.empty();
    Optional<Integer> max = Optional.empty();
    if (s.has("minLength")) {
      min = count(s.get("minLength"));
      if (min.isEmpty()) {
        return Optional.empty();
      }
      out = out.minLength(min.get());
    }
    if (s.has("maxLength")) {
      max = count(s.get("maxLength"));
      if (max.isEmpty()) {
        return Optional.empty();
      }
      out = out.maxLength(max.get());
    }
    if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
      return Optional.empty();
    }
    if (s.has("pattern")) {
      JsonNode p = s.get("pattern");
      if (!p.isTextual() || !EcmaPatterns.sameInModel(p.asText())) {
        return Optional.empty();
      }
      out = out.pattern(p.asText());
    }
    if (s.has("format")) {
      Optional<StringFormat> f = format(s.get("format"));
      if (f.isEmpty()) {
        return Optional.empty();
      }
      out = out.format(f.get());
    }
    return Optional.of(out);
  }

  /** A draft-07 format the model checks the same way; {@code uuid} is not a draft-07 format. */
  private static Optional<StringFormat> format(JsonNode f) {
    if (!f.isTextual()) {
      return Optional.empty();
    }
    for (StringFormat candidate : StringFormat.values()) {
      if (candidate != StringFormat.UUID && candidate.wireName().equals(f.asText())) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static Optional<DataType> numericType(
      ObjectNode s, List<String> keywords, boolean integer) {
    if (!NUMBER_KEYWORDS.containsAll(keywords)) {
      return Optional.empty();
    }
    List<Optional<BigDecimal>> values = new ArrayList<>();
    for (String k :
        List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")) {
      JsonNode v = s.get(k);
      if (v == null) {
        values.add(Optional.empty());
      } else if (v.isNumber()) {
        values.add(Optional.of(v.decimalValue()));
      } else {
        return Optional.empty();
      }
    }
    NumericBounds b =
        new NumericBounds(
            values.get(0), values.get(1), values.get(2), values.get(3), values.get(4));
    if (!PlanChecks.boundsAccepted(b, integer)) {
      return Optional.empty();
    }
    return Optional.of(integer ? new IntegerType(b) : new NumberType(b));
  }

  private Optional<DataType> arrayType(ObjectNode s, String pointer, List<String> keywords) {
    if (!ARRAY_KEYWORDS.containsAll(keywords)) {
      return Optional.empty();
    }
    JsonNode items = s.get("items");
    if (items != null && items.isArray()) {
      return Optional.empty();
    }
    Optional<Integer> min = Optional.empty();
    Optional<Integer> max = Optional.empty();
    if (s.has("minItems")) {
      min = count(s.get("minItems"));
      if (min.isEmpty()) {
        return Optional.empty();
      }
    }
    if (s.has("maxItems")) {
      max = count(s.get("maxItems"));
      if (max.isEmpty()) {
        return Optional.empty();
      }
    }
    if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
      return Optional.empty();
    }
    JsonNode unique = s.get("uniqueItems");
    if (unique != null && !unique.isBoolean()) {
      return Optional.empty();
    }
    DataType itemType =
        items == null
            ? JsonSchemaType.of("true")
            : type(items, JsonPointers.child(pointer, "items"), Set.of());
    return Optional.of(new ArrayType(itemType, min, max, unique != null && unique.booleanValue()));
  }

  private Optional<DataType> objectType(ObjectNode s, String pointer, List<String> keywords) {
    JsonNode properties = s.get("properties");
    JsonNode required = s.get("required");
    JsonNode additional = s.get("additionalProperties");
    Set<String> requiredNames = new LinkedHashSet<>();
    if (required != null) {
      if (!required.isArray()) {
        return Optional.empty();
      }
      for (JsonNode r : required) {
        if (!r.isTextual()) {
          return Optional.empty();
        }
        requiredNames.add(r.asText());
      }
    }
    if (properties != null && properties.has("")) {
      return Optional.empty();
    }
    List<String> constraintKeys = new ArrayList<>();
    for (String k : keywords) {
      if (!OBJECT_KEYWORDS.contains(k)) {
        constraintKeys.add(k);
      }
    }
    boolean closed = additional != null && additional.isBoolean() && !additional.booleanValue();
    boolean split =
        (additional != null && additional.isObject())
            || (closed && constraintKeys.contains("patternProperties"));
    Map<String, Property> props = new LinkedHashMap<>();
    if (properties != null) {
      Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        props.put(
            f.getKey(),
            property(
                f.getValue(),
                JsonPointers.child(pointer + "/properties", f.getKey()),
                requiredNames.contains(f.getKey())));
      }
    }
    List<String> undeclared = new ArrayList<>();
    requiredNames.forEach(
        n -> {
          if (!props.containsKey(n)) {
            undeclared.add(n);
          }
        });
    Optional<JsonSchemaType> constraints = Optional.empty();
    if (!split
        && undeclared.isEmpty()
        && constraintKeys.equals(List.of("allOf"))
        && s.get("allOf").size() == 1) {
      constraints =
          Optional.of(JsonSchemaType.of(standalone.of(JsonPointers.child(pointer + "/allOf", 0))));
    } else if (split || !undeclared.isEmpty() || !constraintKeys.isEmpty()) {
      List<String> kept = new ArrayList<>(constraintKeys);
      if (split) {
        kept.add("additionalProperties");
      }
      ObjectNode c = (ObjectNode) standalone.ofMembers(pointer, kept);
      if (split) {
        ObjectNode names = c.putObject("properties");
        props.keySet().forEach(names::putObject);
      }
      if (!undeclared.isEmpty()) {
        undeclared.forEach(c.putArray("required")::add);
      }
      constraints = Optional.of(JsonSchemaType.of(c));
    }
    AdditionalProperties ap =
        closed && !split ? AdditionalProperties.CLOSED : AdditionalProperties.OPEN;
    return Optional.of(
        new ObjectType(ImmutableMap.copyOf(props), ap, Optional.empty(), constraints));
  }

  private Property property(JsonNode schema, String pointer, boolean required) {
    Set<String> consumed = new HashSet<>();
    Optional<String> description = text(schema, "description");
    description.ifPresent(d -> consumed.add("description"));
    Optional<PiiCategory> pii = Optional.empty();
    JsonNode x = schema.isObject() ? schema.get("x-pii") : null;
    if (x != null && x.isTextual()) {
      for (PiiCategory c : PiiCategory.values()) {
        if (c.wireName().equals(x.asText())) {
          pii = Optional.of(c);
          consumed.add("x-pii");
        }
      }
      if (pii.isEmpty()) {
        note(
            JsonPointers.child(pointer, "x-pii"),
            "'"
                + x.asText()
                + "' is not a PII category (one of "
                + Arrays.stream(PiiCategory.values())
                    .map(PiiCategory::wireName)
                    .collect(Collectors.joining(", "))
                + "): the property is not classified as PII");
      }
    }
    return new Property(type(schema, pointer, consumed), required, pii, description);
  }

  /** A non-negative integer that fits an int (JSON Schema counts {@code 2.0} as an integer). */
  private static Optional<Integer> count(JsonNode n) {
    if (!n.isNumber()) {
      return Optional.empty();
    }
    BigDecimal v = n.decimalValue();
    if (v.signum() < 0
        || v.stripTrailingZeros().scale() > 0
        || v.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      return Optional.empty();
    }
    return Optional.of(v.intValueExact());
  }

  private static boolean isAnnotation(String key, JsonNode value) {
    if (TEXT_ANNOTATIONS.contains(key)) {
      return value.isTextual();
    }
    return switch (key) {
      case "default" -> true;
      case "examples" -> value.isArray();
      case "readOnly", "writeOnly" -> value.isBoolean();
      default -> false;
    };
  }

  private static Optional<String> text(JsonNode schema, String key) {
    JsonNode v = schema.isObject() ? schema.get(key) : null;
    return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
  }

  private static boolean canBeObject(JsonNode root) {
    if (root.isBoolean()) {
      return root.booleanValue();
    }
    JsonNode t = root.get("type");
    if (t == null) {
      return true;
    }
    if (t.isTextual()) {
      return t.asText().equals("object");
    }
    if (t.isArray()) {
      for (JsonNode x : t) {
        if (x.asText().equals("object")) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  private void note(String pointer, String text) {
    notes.add(pointer + ": " + text);
  }

  /** The model checks itself when a plan is built; an import must never produce what it rejects. */
  private void checkModel(DataType root, Map<String, CustomType> customTypes) {
    Map<String, CustomType> all = new LinkedHashMap<>(customTypes);
    String rootName = "(imported root)";
    all.put(rootName, new CustomType(rootName, root, Optional.empty()));
    List<Problem> problems = PlanChecks.check(what, "1.0.0", Map.of(), all, Map.of(), "");
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "the import of " + what + " produced an invalid model (a bug): " + problems);
    }
  }
}
