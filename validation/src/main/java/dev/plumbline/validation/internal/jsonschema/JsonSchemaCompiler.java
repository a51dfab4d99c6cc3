package dev.plumbline.validation.internal.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.plumbline.core.types.JsonSchemaType;
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.validation.internal.Checker;
import dev.plumbline.validation.internal.Collector;
import dev.plumbline.validation.internal.JsonValues;
import dev.plumbline.validation.internal.MultipleOf;
import dev.plumbline.validation.internal.NumericBound;
import dev.plumbline.validation.internal.Regex;
import dev.plumbline.validation.internal.UnsupportedChecker;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a draft-07 {@link JsonSchemaType} into a {@link Checker}: every validation keyword,
 * boolean schemas, and {@code $ref}s within the document (JSON pointers, {@code $id} base URIs and
 * plain-name {@code $id}s, recursion). Each subschema is compiled once, on first use, so recursive
 * references compile without looping; evaluation is bounded by {@link DepthExceeded#MAX_DEPTH}.
 *
 * <p>Annotations ({@code title}, {@code description}, {@code default}, {@code examples}, {@code
 * readOnly}, {@code writeOnly}, {@code $comment}, {@code $schema}, {@code contentMediaType}, {@code
 * contentEncoding}), unknown formats and unknown keywords are ignored, as draft-07 says. A keyword
 * whose value is not valid draft-07 makes the whole type reject every value with {@code
 * UNSUPPORTED_SCHEMA}, naming the keyword and where it is. A {@code $ref} that leaves the document
 * is a programmer error: {@link #compile} throws.
 */
public final class JsonSchemaCompiler {
  private static final int MAX_PROBLEMS_SHOWN = 5;

  private final SchemaDocument document;
  private final IdentityHashMap<JsonNode, Checker> compiled = new IdentityHashMap<>();
  private final List<String> problems = new ArrayList<>();
  private final List<String> unresolvable = new ArrayList<>();

  /**
   * The objects of the document with an {@code x-pii} annotation in or below them (references not
   * followed): a value checked against one of them stands where PII is declared.
   */
  private final Set<JsonNode> piiHolders;

  private JsonSchemaCompiler(SchemaDocument document) {
    this.document = document;
    this.piiHolders = piiHolders(document.root);
  }

  private static Set<JsonNode> piiHolders(JsonNode root) {
    Set<JsonNode> holders = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<JsonNode> path = new ArrayDeque<>();
    Deque<Iterator<JsonNode>> children = new ArrayDeque<>();
    path.push(root);
    children.push(root.elements());
    markIfAnnotated(root, path, holders);
    while (!children.isEmpty()) {
      Iterator<JsonNode> next = children.peek();
      if (!next.hasNext()) {
        children.pop();
        path.pop();
        continue;
      }
      JsonNode child = next.next();
      if (child.isContainerNode()) {
        path.push(child);
        children.push(child.elements());
        markIfAnnotated(child, path, holders);
      }
    }
    return holders;
  }

  /** Marks an annotated object and its ancestors (up to the first one already marked). */
  private static void markIfAnnotated(JsonNode node, Deque<JsonNode> path, Set<JsonNode> holders) {
    if (node.isObject() && node.has("x-pii")) {
      for (JsonNode n : path) {
        if (!holders.add(n)) {
          break;
        }
      }
    }
  }

  /**
   * Compiles a schema document.
   *
   * @throws IllegalArgumentException naming every {@code $ref} that does not resolve within the
   *     document (remote references are not fetched) and the JSON pointer where it appears
   */
  public static Checker compile(JsonSchemaType type) {
    SchemaDocument document = new SchemaDocument(type.schema());
    JsonSchemaCompiler compiler = new JsonSchemaCompiler(document);
    // The $ref schemas whose chain of references is known to reach a keyword.
    Set<JsonNode> reachKeyword = Collections.newSetFromMap(new IdentityHashMap<>());
    for (SchemaDocument.Location site : document.refs()) {
      JsonNode ref = site.node().get("$ref");
      if (ref.isTextual()) {
        try {
          SchemaDocument.Location target =
              document.follow(ref.textValue(), site.base(), site.pointer() + "/$ref");
          // draft-07 ignores the siblings of a $ref: a chain of $refs that comes back to itself
          // never reaches a keyword, and validating with it would never end.
          Set<JsonNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
          seen.add(site.node());
          List<String> chain = new ArrayList<>(List.of(site.pointer()));
          boolean cycle = false;
          boolean broken = false;
          while (target.node().isObject() && target.node().path("$ref").isTextual()) {
            if (reachKeyword.contains(target.node())) {
              break; // a chain already followed to a keyword: so does this one
            }
            if (!seen.add(target.node())) {
              cycle = true;
              break;
            }
            chain.add(target.pointer());
            try {
              target =
                  document.follow(
                      target.node().get("$ref").textValue(),
                      target.base(),
                      target.pointer() + "/$ref");
            } catch (SchemaDocument.Unresolvable later) {
              broken = true; // reported where that $ref is
              break;
            }
          }
          if (!cycle && !broken) {
            reachKeyword.addAll(seen);
          }
          if (cycle) {
            chain.add(target.pointer());
            compiler.unresolvable.add(
                "$ref cycle at "
                    + (site.pointer().isEmpty() ? "the root" : site.pointer())
                    + ": "
                    + chain.stream()
                        .map(c -> "'#" + c + "'")
                        .collect(java.util.stream.Collectors.joining(" -> "))
                    + " refer only to one another and never reach a schema keyword");
          }
        } catch (SchemaDocument.Unresolvable e) {
          compiler.unresolvable.add(e.getMessage());
        }
      }
    }
    Checker root = null;
    if (compiler.unresolvable.isEmpty()) {
      root = compiler.schema(document.root, SchemaDocument.DEFAULT_BASE, "");
    }
    if (!compiler.unresolvable.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", compiler.unresolvable));
    }
    if (!compiler.problems.isEmpty()) {
      List<String> shown =
          compiler.problems.subList(0, Math.min(MAX_PROBLEMS_SHOWN, compiler.problems.size()));
      return new UnsupportedChecker(
          "not a valid draft-07 schema: "
              + String.join("; ", shown)
              + (compiler.problems.size() > shown.size() ? "; …" : ""),
          compiler.problems);
    }
    return new JsonSchemaChecker(root);
  }

  private Checker schema(JsonNode node, String base, String pointer) {
    if (node.isBoolean()) {
      return BooleanSchema.of(node.booleanValue());
    }
    if (!node.isObject()) {
      problem(pointer, "a schema must be an object or a boolean, found " + JsonValues.kind(node));
      return BooleanSchema.FALSE;
    }
    Checker done = compiled.get(node);
    if (done != null) {
      return done;
    }
    Deferred deferred = new Deferred();
    compiled.put(node, deferred);
    String here = document.baseOf(node, base);
    Checker result;
    JsonNode ref = node.get("$ref");
    if (ref != null) {
      result = ref(ref, here, pointer);
    } else {
      result = keywords(node, here, pointer);
    }
    deferred.set(result);
    compiled.put(node, result);
    return result;
  }

  private Checker ref(JsonNode ref, String base, String pointer) {
    if (!ref.isTextual()) {
      problem(pointer + "/$ref", "'$ref' must be a string");
      return BooleanSchema.FALSE;
    }
    try {
      SchemaDocument.Location target = document.follow(ref.textValue(), base, pointer + "/$ref");
      return new RefChecker(
          schema(target.node(), target.base(), target.pointer()), ref.textValue());
    } catch (SchemaDocument.Unresolvable e) {
      unresolvable.add(e.getMessage());
      return BooleanSchema.FALSE;
    }
  }

  private Checker keywords(JsonNode s, String base, String at) {
    List<Keyword> ks = new ArrayList<>();
    String expected = "a value matching the JSON Schema";
    ValueKeywords.Type type = type(s, at);
    if (type != null) {
      ks.add(type);
      expected = type.expected;
    }
    JsonNode e = s.get("enum");
    if (e != null) {
      if (e.isArray()) {
        ks.add(new ValueKeywords.Equal(ImmutableList.copyOf(e), false));
      } else {
        problem(at + "/enum", "'enum' must be an array");
      }
    }
    if (s.has("const")) {
      ks.add(new ValueKeywords.Equal(ImmutableList.of(s.get("const")), true));
    }
    strings(s, at, ks);
    numbers(s, at, ks);
    objects(s, base, at, ks);
    arrays(s, base, at, ks);
    applicators(s, base, at, ks);
    if (ks.isEmpty()) {
      return BooleanSchema.TRUE;
    }
    return new SchemaNode(ks.toArray(new Keyword[0]), expected, piiHolders.contains(s));
  }

  private ValueKeywords.Type type(JsonNode s, String at) {
    JsonNode t = s.get("type");
    if (t == null) {
      return null;
    }
    List<JsonNode> names = new ArrayList<>();
    if (t.isArray() && t.size() > 0) {
      t.forEach(names::add);
    } else {
      names.add(t);
    }
    int mask = 0;
    StringBuilder expected = new StringBuilder();
    for (JsonNode name : names) {
      int bit = name.isTextual() ? ValueKeywords.Type.bit(name.textValue()) : 0;
      if (bit == 0) {
        problem(
            at + "/type",
            "'type' must be a type name or a non-empty list of them, found "
                + JsonValues.describe(name));
        return null;
      }
      if ((mask & bit) == 0) {
        expected.append(mask == 0 ? "" : " or ").append(name.textValue());
      }
      mask |= bit;
    }
    return new ValueKeywords.Type(mask, expected.toString());
  }

  private void strings(JsonNode s, String at, List<Keyword> ks) {
    int min = count(s, "minLength", at, 0);
    int max = count(s, "maxLength", at, Integer.MAX_VALUE);
    if (min > 0 || max < Integer.MAX_VALUE) {
      ks.add(new ValueKeywords.Length(min, max));
    }
    JsonNode pattern = s.get("pattern");
    if (pattern != null) {
      Regex regex = regex(pattern, at + "/pattern");
      if (regex != null) {
        ks.add(new ValueKeywords.Pattern(regex));
      }
    }
    JsonNode format = s.get("format");
    if (format != null) {
      if (!format.isTextual()) {
        problem(at + "/format", "'format' must be a string");
      } else {
        for (StringFormat known : StringFormat.values()) {
          if (known.wireName().equals(format.textValue())) {
            ks.add(new ValueKeywords.Format(known));
          }
        }
      }
    }
  }

  private void numbers(JsonNode s, String at, List<Keyword> ks) {
    NumericBound min = bound(s, "minimum", at);
    NumericBound max = bound(s, "maximum", at);
    NumericBound exclusiveMin = bound(s, "exclusiveMinimum", at);
    NumericBound exclusiveMax = bound(s, "exclusiveMaximum", at);
    if (min != null || max != null || exclusiveMin != null || exclusiveMax != null) {
      ks.add(new ValueKeywords.Bounds(min, max, exclusiveMin, exclusiveMax));
    }
    BigDecimal step = decimal(s, "multipleOf", at);
    if (step != null) {
      if (step.signum() > 0) {
        ks.add(new ValueKeywords.Multiple(new MultipleOf(step)));
      } else {
        problem(at + "/multipleOf", "'multipleOf' must be greater than 0");
      }
    }
  }

  /**
   * The names in {@code properties} whose schema carries an {@code x-pii} annotation (Plumbline's
   * export writes one for a property classified as PII): their values are not shown in messages.
   */
  private static Set<String> piiProperties(JsonNode properties) {
    Set<String> names = new HashSet<>();
    if (properties != null && properties.isObject()) {
      properties
          .properties()
          .forEach(
              e -> {
                if (e.getValue().isObject() && e.getValue().get("x-pii") != null) {
                  names.add(e.getKey());
                }
              });
    }
    return names;
  }

  private void objects(JsonNode s, String base, String at, List<Keyword> ks) {
    JsonNode properties = s.get("properties");
    JsonNode patternProperties = s.get("patternProperties");
    JsonNode additional = s.get("additionalProperties");
    if (properties != null || patternProperties != null || additional != null) {
      ImmutableMap<String, Checker> declared = schemaMap(properties, base, at, "properties");
      ImmutableMap<String, Checker> patterns =
          schemaMap(patternProperties, base, at, "patternProperties");
      boolean patternsCompile = true;
      for (String p : patterns.keySet()) {
        patternsCompile &=
            regex(TextNode.valueOf(p), at + "/patternProperties/" + Collector.escape(p)) != null;
      }
      Checker extra =
          additional == null ? null : schema(additional, base, at + "/additionalProperties");
      if (patternsCompile) {
        ks.add(new ObjectKeywords.Properties(declared, piiProperties(properties), patterns, extra));
      }
    }
    JsonNode required = s.get("required");
    if (required != null) {
      String[] names = strings(required, at + "/required", "required");
      if (names != null && names.length > 0) {
        ks.add(new ObjectKeywords.Required(names));
      }
    }
    JsonNode names = s.get("propertyNames");
    if (names != null) {
      Checker c = schema(names, base, at + "/propertyNames");
      if (c != BooleanSchema.TRUE) {
        ks.add(new ObjectKeywords.PropertyNames(c));
      }
    }
    int min = count(s, "minProperties", at, 0);
    int max = count(s, "maxProperties", at, Integer.MAX_VALUE);
    if (min > 0 || max < Integer.MAX_VALUE) {
      ks.add(SizeBounds.properties(min, max));
    }
    JsonNode dependencies = s.get("dependencies");
    if (dependencies != null) {
      if (!dependencies.isObject()) {
        problem(at + "/dependencies", "'dependencies' must be an object");
        return;
      }
      int n = dependencies.size();
      String[] keys = new String[n];
      String[][] needs = new String[n][];
      Checker[] schemas = new Checker[n];
      int i = 0;
      for (Iterator<Map.Entry<String, JsonNode>> it = dependencies.fields(); it.hasNext(); i++) {
        Map.Entry<String, JsonNode> d = it.next();
        keys[i] = d.getKey();
        String where = at + "/dependencies/" + Collector.escape(d.getKey());
        if (d.getValue().isArray()) {
          needs[i] = strings(d.getValue(), where, "dependencies");
          if (needs[i] == null) {
            needs[i] = new String[0];
          }
        } else {
          schemas[i] = schema(d.getValue(), base, where);
        }
      }
      ks.add(new ObjectKeywords.Dependencies(keys, needs, schemas));
    }
  }

  private void arrays(JsonNode s, String base, String at, List<Keyword> ks) {
    JsonNode items = s.get("items");
    if (items != null) {
      if (items.isArray()) {
        Checker[] tuple = new Checker[items.size()];
        for (int i = 0; i < tuple.length; i++) {
          tuple[i] = schema(items.get(i), base, at + "/items/" + i);
        }
        JsonNode additional = s.get("additionalItems");
        Checker extra =
            additional == null ? null : schema(additional, base, at + "/additionalItems");
        ks.add(new ArrayKeywords.Items(tuple, extra));
      } else {
        Checker all = schema(items, base, at + "/items");
        if (all != BooleanSchema.TRUE) {
          ks.add(new ArrayKeywords.Items(all));
        }
      }
    }
    int min = count(s, "minItems", at, 0);
    int max = count(s, "maxItems", at, Integer.MAX_VALUE);
    if (min > 0 || max < Integer.MAX_VALUE) {
      ks.add(SizeBounds.items(min, max));
    }
    JsonNode unique = s.get("uniqueItems");
    if (unique != null) {
      if (!unique.isBoolean()) {
        problem(at + "/uniqueItems", "'uniqueItems' must be a boolean");
      } else if (unique.booleanValue()) {
        ks.add(new ArrayKeywords.Unique());
      }
    }
    JsonNode contains = s.get("contains");
    if (contains != null) {
      ks.add(new ArrayKeywords.Contains(schema(contains, base, at + "/contains")));
    }
  }

  private void applicators(JsonNode s, String base, String at, List<Keyword> ks) {
    Checker[] all = schemaArray(s, "allOf", base, at);
    if (all != null) {
      ks.add(new Applicators.AllOf(all));
    }
    Checker[] any = schemaArray(s, "anyOf", base, at);
    if (any != null) {
      ks.add(new Applicators.Union(any, false));
    }
    Checker[] one = schemaArray(s, "oneOf", base, at);
    if (one != null) {
      ks.add(new Applicators.Union(one, true));
    }
    JsonNode not = s.get("not");
    if (not != null) {
      ks.add(new Applicators.Not(schema(not, base, at + "/not")));
    }
    JsonNode condition = s.get("if");
    if (condition != null) {
      Checker c = schema(condition, base, at + "/if");
      JsonNode then = s.get("then");
      JsonNode otherwise = s.get("else");
      Checker t = then == null ? null : schema(then, base, at + "/then");
      Checker o = otherwise == null ? null : schema(otherwise, base, at + "/else");
      if (t != null || o != null) {
        ks.add(new Applicators.IfThenElse(c, t, o));
      }
    }
  }

  private Checker[] schemaArray(JsonNode s, String keyword, String base, String at) {
    JsonNode a = s.get(keyword);
    if (a == null) {
      return null;
    }
    if (!a.isArray() || a.isEmpty()) {
      problem(at + "/" + keyword, "'" + keyword + "' must be a non-empty array of schemas");
      return null;
    }
    Checker[] out = new Checker[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = schema(a.get(i), base, at + "/" + keyword + "/" + i);
    }
    return out;
  }

  private ImmutableMap<String, Checker> schemaMap(
      JsonNode map, String base, String at, String keyword) {
    if (map == null) {
      return ImmutableMap.of();
    }
    if (!map.isObject()) {
      problem(at + "/" + keyword, "'" + keyword + "' must be an object of schemas");
      return ImmutableMap.of();
    }
    Map<String, Checker> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(
          e.getKey(),
          schema(e.getValue(), base, at + "/" + keyword + "/" + Collector.escape(e.getKey())));
    }
    return ImmutableMap.copyOf(out);
  }

  private String[] strings(JsonNode array, String at, String keyword) {
    if (!array.isArray()) {
      problem(at, "'" + keyword + "' must be an array of strings");
      return null;
    }
    String[] out = new String[array.size()];
    for (int i = 0; i < out.length; i++) {
      if (!array.get(i).isTextual()) {
        problem(at, "'" + keyword + "' must be an array of strings");
        return null;
      }
      out[i] = array.get(i).textValue();
    }
    return out;
  }

  private Regex regex(JsonNode pattern, String at) {
    if (!pattern.isTextual()) {
      problem(at, "a pattern must be a string");
      return null;
    }
    try {
      return new Regex(pattern.textValue());
    } catch (RuntimeException e) {
      problem(at, "invalid regular expression " + JsonValues.quote(pattern.textValue()));
      return null;
    }
  }

  private int count(JsonNode s, String keyword, String at, int absent) {
    JsonNode v = s.get(keyword);
    if (v == null) {
      return absent;
    }
    if (!JsonValues.isRealNumber(v)
        || !JsonValues.isIntegral(v)
        || JsonValues.exact(v).signum() < 0) {
      problem(
          at + "/" + keyword,
          "'" + keyword + "' must be a non-negative integer, found " + JsonValues.describe(v));
      return absent;
    }
    BigDecimal d = JsonValues.exact(v);
    return d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) >= 0
        ? Integer.MAX_VALUE
        : d.intValue();
  }

  private NumericBound bound(JsonNode s, String keyword, String at) {
    BigDecimal d = decimal(s, keyword, at);
    return d == null ? null : new NumericBound(d);
  }

  private BigDecimal decimal(JsonNode s, String keyword, String at) {
    JsonNode v = s.get(keyword);
    if (v == null) {
      return null;
    }
    if (!JsonValues.isRealNumber(v) || JsonValues.isInfinite(v)) {
      problem(
          at + "/" + keyword,
          "'" + keyword + "' must be a finite number, found " + JsonValues.describe(v));
      return null;
    }
    return JsonValues.exact(v);
  }

  private void problem(String pointer, String message) {
    problems.add(message + " (at " + (pointer.isEmpty() ? "the root" : pointer) + ")");
  }
}
