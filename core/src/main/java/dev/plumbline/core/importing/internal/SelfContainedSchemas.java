package dev.plumbline.core.importing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts subschemas out of a document so that they stand alone: every {@code $ref} of the copy
 * resolves against the copy as its root. A ref into the copied part is rewritten to its new place;
 * a ref to anything else carries a copy of its target along, under the copy's {@code definitions}
 * (transitively, each target once).
 */
final class SelfContainedSchemas {
  private final JsonNode document;
  private final DocumentRefs refs;

  SelfContainedSchemas(JsonNode document, DocumentRefs refs) {
    this.document = document;
    this.refs = refs;
  }

  /**
   * The subschema at the pointer as a standalone schema. A root {@code $ref} is followed (draft-07
   * ignores its siblings), so the result is the standalone form of what it points to.
   */
  JsonNode of(String pointer) {
    String p = pointer;
    Set<String> seen = new HashSet<>();
    while (seen.add(p)) {
      JsonNode node = document.at(p);
      JsonNode ref = node.isObject() ? node.get("$ref") : null;
      if (ref == null || !ref.isTextual()) {
        break;
      }
      Optional<String> target = refs.target(ref.asText());
      if (target.isEmpty()) {
        break;
      }
      p = target.get();
    }
    if (p.isEmpty()) {
      return document.deepCopy();
    }
    return build(p, document.at(p).deepCopy(), null);
  }

  /** A schema made of some members of the object schema at the pointer, standing alone. */
  JsonNode ofMembers(String pointer, List<String> keys) {
    JsonNode node = document.at(pointer);
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (String k : keys) {
      out.set(k, node.get(k).deepCopy());
    }
    return build(pointer, out, keys);
  }

  private JsonNode build(String pointer, JsonNode out, List<String> keys) {
    if (!out.isObject()) {
      return out;
    }
    ObjectNode root = (ObjectNode) out;
    Map<String, String> placed = new HashMap<>();
    if (keys == null) {
      placed.put(pointer, "");
    } else {
      keys.forEach(k -> placed.put(JsonPointers.child(pointer, k), JsonPointers.child("", k)));
    }
    Set<String> taken = new HashSet<>();
    JsonNode existing = root.get("definitions");
    if (existing != null && existing.isObject()) {
      existing.fieldNames().forEachRemaining(taken::add);
    }
    Map<String, JsonNode> carried = new LinkedHashMap<>();
    Deque<JsonNode> work = new ArrayDeque<>();
    work.add(root);
    while (!work.isEmpty()) {
      SchemaWalk.walk(
          work.poll(),
          "",
          (schema, at) -> {
            JsonNode ref = schema.isObject() ? schema.get("$ref") : null;
            if (ref == null || !ref.isTextual()) {
              return;
            }
            Optional<String> target = refs.target(ref.asText());
            if (target.isEmpty()) {
              return;
            }
            String local = localPlace(placed, target.get());
            if (local == null) {
              String name = freshName(target.get(), taken);
              JsonNode copy = document.at(target.get()).deepCopy();
              local = JsonPointers.child("/definitions", name);
              placed.put(target.get(), local);
              carried.put(name, copy);
              work.add(copy);
            }
            ((ObjectNode) schema).put("$ref", JsonPointers.toRef(local));
          },
          problem -> {});
    }
    if (!carried.isEmpty()) {
      ObjectNode definitions =
          existing != null && existing.isObject()
              ? (ObjectNode) existing
              : root.putObject("definitions");
      carried.forEach(definitions::set);
    }
    return root;
  }

  /** Where a document pointer lies in the copy, through the nearest placed ancestor. */
  private static String localPlace(Map<String, String> placed, String target) {
    String p = target;
    while (true) {
      String local = placed.get(p);
      if (local != null) {
        return local + target.substring(p.length());
      }
      if (p.isEmpty()) {
        return null;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  private static String freshName(String target, Set<String> taken) {
    String base = target.isEmpty() ? "root" : JsonPointers.lastSegment(target);
    if (base.isEmpty()) {
      base = "schema";
    }
    String name = base;
    for (int i = 2; !taken.add(name); i++) {
      name = base + "_" + i;
    }
    return name;
  }
}
