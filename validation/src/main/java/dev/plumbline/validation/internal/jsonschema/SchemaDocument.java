package dev.plumbline.validation.internal.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.plumbline.validation.internal.Collector;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A draft-07 schema document and where its {@code $ref}s lead. Scanning follows the schema keywords
 * only (so an {@code $id} inside an {@code enum} value is not an identifier), records the base URI
 * of every subschema, the resources ({@code $id} without fragment) and the plain-name anchors
 * ({@code $id: "#foo"}). A {@code $ref} resolves against the base URI of its schema to a resource
 * of this document and then a JSON pointer (with {@code %}-escapes and {@code ~0}/{@code ~1}) or an
 * anchor in it. An {@code $id} next to a {@code $ref} is ignored, as draft-07 ignores every keyword
 * next to a {@code $ref}.
 */
final class SchemaDocument {
  /** The base URI of a document without {@code $id}; never fetched, only used to resolve. */
  static final String DEFAULT_BASE = "urn:plumbline:document";

  private static final ImmutableSet<String> SCHEMA_VALUED =
      ImmutableSet.of(
          "additionalItems",
          "additionalProperties",
          "contains",
          "propertyNames",
          "not",
          "if",
          "then",
          "else");
  private static final ImmutableSet<String> SCHEMA_MAPS =
      ImmutableSet.of("properties", "patternProperties", "definitions", "dependencies");
  private static final ImmutableSet<String> SCHEMA_ARRAYS =
      ImmutableSet.of("allOf", "anyOf", "oneOf");

  /** A schema location: the node, its JSON pointer in the document and its base URI. */
  record Location(JsonNode node, String pointer, String base) {}

  /** A {@code $ref} that cannot be followed. */
  static final class Unresolvable extends Exception {
    private static final long serialVersionUID = 1L;

    Unresolvable(String message) {
      super(message, null, false, false);
    }
  }

  final JsonNode root;
  final String rootBase;
  private final Map<String, Location> resources = new HashMap<>();
  private final Map<String, Location> anchors = new HashMap<>();
  private final IdentityHashMap<JsonNode, String> bases = new IdentityHashMap<>();
  private final List<Location> refs = new ArrayList<>();

  SchemaDocument(JsonNode root) {
    this.root = root;
    resources.put(DEFAULT_BASE, new Location(root, "", DEFAULT_BASE));
    scan(root, DEFAULT_BASE, "");
    this.rootBase = root.isObject() ? bases.get(root) : DEFAULT_BASE;
  }

  /** Every {@code $ref} at a schema position: its schema, the pointer of the schema, the base. */
  List<Location> refs() {
    return refs;
  }

  /** The base URI of a subschema found by the scan, or the given one. */
  String baseOf(JsonNode node, String otherwise) {
    return bases.getOrDefault(node, otherwise);
  }

  private void scan(JsonNode node, String base, String pointer) {
    if (!node.isObject()) {
      return;
    }
    JsonNode ref = node.get("$ref");
    JsonNode id = node.get("$id");
    if (ref != null) {
      refs.add(new Location(node, pointer, base));
    } else if (id != null && id.isTextual()) {
      String target = resolve(base, id.textValue());
      int hash = target.indexOf('#');
      String doc = hash < 0 ? target : target.substring(0, hash);
      String fragment = hash < 0 ? "" : target.substring(hash + 1);
      Location here = new Location(node, pointer, doc);
      resources.putIfAbsent(doc, here);
      if (!fragment.isEmpty() && !fragment.startsWith("/")) {
        anchors.putIfAbsent(doc + "#" + fragment, here);
      }
      base = doc;
    }
    bases.put(node, base);
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      JsonNode value = e.getValue();
      String at = pointer + "/" + Collector.escape(key);
      if (SCHEMA_VALUED.contains(key)) {
        scan(value, base, at);
      } else if (key.equals("items") || SCHEMA_ARRAYS.contains(key)) {
        if (value.isArray()) {
          for (int i = 0; i < value.size(); i++) {
            scan(value.get(i), base, at + "/" + i);
          }
        } else {
          scan(value, base, at);
        }
      } else if (SCHEMA_MAPS.contains(key) && value.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> p = value.fields(); p.hasNext(); ) {
          Map.Entry<String, JsonNode> child = p.next();
          scan(child.getValue(), base, at + "/" + Collector.escape(child.getKey()));
        }
      }
    }
  }

  /**
   * Where a {@code $ref} leads.
   *
   * @param ref the reference as written
   * @param base the base URI of the schema holding it
   * @param at the JSON pointer of the {@code $ref} keyword, for messages
   */
  Location follow(String ref, String base, String at) throws Unresolvable {
    String target = resolve(base, ref);
    int hash = target.indexOf('#');
    String doc = hash < 0 ? target : target.substring(0, hash);
    String fragment = hash < 0 ? "" : target.substring(hash + 1);
    Location resource = resources.get(doc);
    if (resource == null) {
      throw new Unresolvable(
          "remote $ref '"
              + ref
              + "' at "
              + at
              + " is not supported: only references within the document are");
    }
    if (fragment.isEmpty()) {
      return resource;
    }
    if (!fragment.startsWith("/")) {
      Location anchor = anchors.get(doc + "#" + fragment);
      if (anchor == null) {
        throw new Unresolvable(
            "$ref '" + ref + "' at " + at + " does not resolve: no $id '#" + fragment + "'");
      }
      return anchor;
    }
    JsonNode node = resource.node();
    String nodeBase = resource.base();
    StringBuilder pointer = new StringBuilder(resource.pointer());
    String[] tokens = percentDecode(fragment).split("/", -1);
    for (int i = 1; i < tokens.length; i++) {
      String token = tokens[i].replace("~1", "/").replace("~0", "~");
      JsonNode child = null;
      if (node.isObject()) {
        child = node.get(token);
      } else if (node.isArray() && token.matches("0|[1-9][0-9]{0,8}")) {
        child = node.get(Integer.parseInt(token));
      }
      if (child == null) {
        throw new Unresolvable(
            "$ref '" + ref + "' at " + at + " does not resolve: nothing at '#" + fragment + "'");
      }
      node = child;
      nodeBase = bases.getOrDefault(node, nodeBase);
      pointer.append('/').append(Collector.escape(token));
    }
    return new Location(node, pointer.toString(), nodeBase);
  }

  /** Resolves a URI reference against a base URI; the result keeps its fragment. */
  static String resolve(String base, String ref) {
    int baseHash = base.indexOf('#');
    String baseDoc = baseHash < 0 ? base : base.substring(0, baseHash);
    if (ref.isEmpty() || ref.startsWith("#")) {
      // An empty reference is the current document itself, like "#" (RFC 3986, section 5.2.2).
      return ref.length() <= 1 ? baseDoc : baseDoc + ref;
    }
    int hash = ref.indexOf('#');
    String refDoc = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 || hash == ref.length() - 1 ? "" : ref.substring(hash);
    String doc;
    try {
      URI r = new URI(refDoc);
      if (r.isAbsolute()) {
        doc = refDoc;
      } else {
        URI b = new URI(baseDoc);
        if (b.isOpaque()) {
          doc = refDoc;
        } else {
          if (b.getRawAuthority() != null && b.getRawPath().isEmpty()) {
            b = new URI(baseDoc + "/");
          }
          doc = b.resolve(r).toString();
        }
      }
    } catch (URISyntaxException e) {
      doc = refDoc;
    }
    return doc + fragment;
  }

  /** Decodes {@code %HH} escapes (UTF-8); malformed escapes are kept as written. */
  static String percentDecode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%'
          && i + 2 < s.length()
          && hex(s.charAt(i + 1)) >= 0
          && hex(s.charAt(i + 2)) >= 0) {
        bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
          b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.write(b, 0, b.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
