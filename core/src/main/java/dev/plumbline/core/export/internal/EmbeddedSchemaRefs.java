package dev.plumbline.core.export.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import dev.plumbline.core.importing.internal.SchemaWalk;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Makes an embedded JSON Schema self-contained before it joins another document's {@code
 * definitions}: every {@code $ref} that resolves inside it (through {@code $id} base URIs,
 * plain-name anchors such as {@code $id: "#foo"}, or JSON pointers) becomes a JSON pointer from its
 * root, and every {@code $id} at a schema position is removed. Two embedded schemas that declare
 * the same {@code $id} or anchor then cannot capture each other's references, and no reference
 * depends on a base URI the new document does not give. A {@code $ref} that leads outside the
 * schema is written as the URI it resolves to (as written when there is no base to resolve
 * against); one that leads nowhere is left as written. Scanning follows the draft-07 schema
 * keywords only (an {@code $id} inside an {@code enum} value is data), and an {@code $id} next to a
 * {@code $ref} is ignored, as draft-07 ignores every keyword next to a {@code $ref}.
 */
final class EmbeddedSchemaRefs {
  /** The base URI of a schema without a root {@code $id}; only used to resolve, never fetched. */
  private static final String DEFAULT_BASE = "urn:plumbline:embedded";

  /** A subschema and the unescaped tokens of its JSON pointer from the root. */
  private record Location(JsonNode node, ImmutableList<String> path) {}

  /** A schema holding a {@code $ref}, and the base URI the reference resolves against. */
  private record Ref(ObjectNode holder, String base) {}

  private final Map<String, Location> resources = new HashMap<>();
  private final Map<String, Location> anchors = new HashMap<>();
  private final List<Ref> refs = new ArrayList<>();
  private final List<ObjectNode> withId = new ArrayList<>();

  private EmbeddedSchemaRefs() {}

  /** A copy of the schema with its references made JSON pointers and its {@code $id}s removed. */
  static JsonNode selfContained(JsonNode schema) {
    JsonNode copy = schema.deepCopy();
    EmbeddedSchemaRefs refs = new EmbeddedSchemaRefs();
    refs.resources.put(DEFAULT_BASE, new Location(copy, ImmutableList.of()));
    refs.scan(copy, DEFAULT_BASE, ImmutableList.of());
    refs.rewrite();
    return copy;
  }

  private void scan(JsonNode node, String base, ImmutableList<String> path) {
    if (!node.isObject()) {
      return;
    }
    JsonNode ref = node.get("$ref");
    JsonNode id = node.get("$id");
    if (id != null) {
      withId.add((ObjectNode) node);
    }
    if (ref != null) {
      refs.add(new Ref((ObjectNode) node, base));
    } else if (id != null && id.isTextual()) {
      String target = resolve(base, id.textValue());
      int hash = target.indexOf('#');
      String doc = hash < 0 ? target : target.substring(0, hash);
      String fragment = hash < 0 ? "" : target.substring(hash + 1);
      Location here = new Location(node, path);
      resources.putIfAbsent(doc, here);
      if (!fragment.isEmpty() && !fragment.startsWith("/")) {
        anchors.putIfAbsent(doc + "#" + fragment, here);
      }
      base = doc;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      JsonNode value = e.getValue();
      ImmutableList<String> at = append(path, key);
      if (SchemaWalk.SINGLE.contains(key)) {
        scan(value, base, at);
      } else if (SchemaWalk.LISTS.contains(key) || key.equals("items")) {
        if (value.isArray()) {
          for (int i = 0; i < value.size(); i++) {
            scan(value.get(i), base, append(at, Integer.toString(i)));
          }
        } else {
          scan(value, base, at);
        }
      } else if ((SchemaWalk.MAPS.contains(key) || key.equals("dependencies"))
          && value.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> p = value.fields(); p.hasNext(); ) {
          Map.Entry<String, JsonNode> child = p.next();
          scan(child.getValue(), base, append(at, child.getKey()));
        }
      }
    }
  }

  private void rewrite() {
    for (Ref r : refs) {
      JsonNode ref = r.holder().get("$ref");
      if (!ref.isTextual()) {
        continue;
      }
      String target = resolve(r.base(), ref.textValue());
      int hash = target.indexOf('#');
      String doc = hash < 0 ? target : target.substring(0, hash);
      String fragment = hash < 0 ? "" : target.substring(hash + 1);
      Location resource = resources.get(doc);
      if (resource == null) {
        r.holder().put("$ref", target);
        continue;
      }
      Location to =
          fragment.startsWith("/") || fragment.isEmpty()
              ? walk(resource, fragment)
              : anchors.get(doc + "#" + fragment);
      if (to != null) {
        r.holder().put("$ref", pointerRef(to.path()));
      }
    }
    for (ObjectNode node : withId) {
      node.remove("$id");
    }
  }

  /** The subschema a pointer fragment leads to from a resource, or null when nothing is there. */
  private static Location walk(Location resource, String fragment) {
    JsonNode node = resource.node();
    ImmutableList<String> path = resource.path();
    if (fragment.isEmpty()) {
      return resource;
    }
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
        return null;
      }
      node = child;
      path = append(path, token);
    }
    return new Location(node, path);
  }

  /** {@code #/definitions/a~1b}, each token escaped as a JSON pointer and a URI fragment. */
  private static String pointerRef(List<String> path) {
    StringBuilder sb = new StringBuilder("#");
    for (String token : path) {
      sb.append('/')
          .append(SchemaDocumentBuilder.uriSegment(token.replace("~", "~0").replace("/", "~1")));
    }
    return sb.toString();
  }

  private static ImmutableList<String> append(ImmutableList<String> path, String token) {
    return ImmutableList.<String>builderWithExpectedSize(path.size() + 1)
        .addAll(path)
        .add(token)
        .build();
  }

  /** Resolves a URI reference against a base URI (RFC 3986); the result keeps its fragment. */
  private static String resolve(String base, String ref) {
    if (ref.isEmpty() || ref.startsWith("#")) {
      return ref.length() <= 1 ? base : base + ref;
    }
    int hash = ref.indexOf('#');
    String refDoc = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 || hash == ref.length() - 1 ? "" : ref.substring(hash);
    try {
      URI r = new URI(refDoc);
      URI b = new URI(base);
      if (r.isAbsolute() || b.isOpaque()) {
        return refDoc + fragment;
      }
      if (b.getRawAuthority() != null && b.getRawPath().isEmpty()) {
        b = new URI(base + "/");
      }
      return b.resolve(r) + fragment;
    } catch (URISyntaxException e) {
      return refDoc + fragment;
    }
  }

  /** Decodes {@code %HH} escapes (UTF-8); malformed escapes are kept as written. */
  private static String percentDecode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < utf8.length; i++) {
      int h = i + 2 < utf8.length ? Character.digit(utf8[i + 1], 16) : -1;
      int l = i + 2 < utf8.length ? Character.digit(utf8[i + 2], 16) : -1;
      if (utf8[i] == '%' && h >= 0 && l >= 0) {
        bytes.write(h * 16 + l);
        i += 2;
      } else {
        bytes.write(utf8[i]);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
