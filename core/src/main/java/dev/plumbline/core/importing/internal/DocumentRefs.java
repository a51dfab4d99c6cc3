package dev.plumbline.core.importing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.core.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The references of one schema document: which {@code $ref}s stay within it, where each points, and
 * the problems of those that do not (remote, malformed or dangling).
 */
final class DocumentRefs {
  private final JsonNode document;
  private final Optional<String> rootId;
  private final Map<String, String> anchors = new HashMap<>();
  private final Map<String, URI> bases = new HashMap<>();
  private final Set<String> resourceIds = new HashSet<>();
  private boolean nestedIds;

  /** The {@code $ref} schemas whose chain of references is known to reach a keyword. */
  private final Set<JsonNode> reachKeyword = Collections.newSetFromMap(new IdentityHashMap<>());

  private DocumentRefs(JsonNode document) {
    this.document = document;
    JsonNode id = document.isObject() ? document.get("$id") : null;
    this.rootId =
        id != null && id.isTextual() && !id.asText().startsWith("#")
            ? Optional.of(withoutEmptyFragment(id.asText()))
            : Optional.empty();
  }

  /** Indexes the document and adds the problems of its refs. */
  static DocumentRefs index(JsonNode document, List<Problem> problems) {
    DocumentRefs refs = new DocumentRefs(document);
    SchemaWalk.walk(document, "", refs::indexIds, problems::add);
    SchemaWalk.walk(document, "", (s, p) -> refs.checkRef(s, p, problems), p -> {});
    return refs;
  }

  /** Whether a subschema below the root has its own (non-fragment) {@code $id}. */
  boolean hasNestedIds() {
    return nestedIds;
  }

  /** The pointer a ref of the document points to, if it is internal and resolves. */
  Optional<String> target(String ref) {
    Optional<String> fragment = internalFragment(ref);
    if (fragment.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> decoded = JsonPointers.decodeFragment(fragment.get());
    if (decoded.isEmpty()) {
      return Optional.empty();
    }
    String f = decoded.get();
    String pointer;
    if (f.isEmpty() || f.startsWith("/")) {
      pointer = f;
    } else {
      pointer = anchors.get(f);
      if (pointer == null) {
        return Optional.empty();
      }
    }
    JsonNode node = document.at(pointer);
    return node.isObject() || node.isBoolean() ? Optional.of(pointer) : Optional.empty();
  }

  /** The node at a pointer of the document. */
  JsonNode node(String pointer) {
    return document.at(pointer);
  }

  /**
   * The fragment of a ref into the root document: {@code #...}, or {@code <root $id>#...} written
   * absolute or relative to the root's {@code $id}.
   */
  private Optional<String> internalFragment(String ref) {
    if (ref.startsWith("#")) {
      return Optional.of(ref.substring(1));
    }
    if (ref.isEmpty()) {
      return Optional.of(""); // the document itself, like "#" (RFC 3986, section 5.2.2)
    }
    if (rootId.isPresent()) {
      String id = rootId.get();
      if (ref.equals(id)) {
        return Optional.of("");
      }
      if (ref.startsWith(id + "#")) {
        return Optional.of(ref.substring(id.length() + 1));
      }
      // Relative to the root's $id: "root.json#/definitions/a" under "http://x/root.json".
      int hash = ref.indexOf('#');
      try {
        URI base = new URI(id);
        URI resolved = base.resolve(new URI(hash < 0 ? ref : ref.substring(0, hash)));
        if (withoutFragment(resolved).equals(withoutFragment(base))) {
          return Optional.of(hash < 0 ? "" : ref.substring(hash + 1));
        }
      } catch (URISyntaxException | IllegalArgumentException e) {
        // not a URI reference: not internal
      }
    }
    return Optional.empty();
  }

  private void indexIds(JsonNode schema, String pointer) {
    URI parentBase = parentBase(pointer);
    URI base = parentBase;
    JsonNode id = schema.isObject() ? schema.get("$id") : null;
    if (id != null && id.isTextual()) {
      String text = id.asText();
      if (text.startsWith("#")) {
        anchors.putIfAbsent(text.substring(1), pointer);
      } else {
        if (!pointer.isEmpty()) {
          nestedIds = true;
        }
        try {
          URI u = new URI(withoutEmptyFragment(text));
          base = parentBase == null ? u : parentBase.resolve(u);
          resourceIds.add(withoutFragment(base));
        } catch (URISyntaxException | IllegalArgumentException e) {
          // reported with the refs that would need it; an id is otherwise an annotation
        }
      }
    }
    if (base != null) {
      bases.put(pointer, base);
    }
  }

  private URI parentBase(String pointer) {
    String p = pointer;
    while (!p.isEmpty()) {
      p = p.substring(0, p.lastIndexOf('/'));
      URI b = bases.get(p);
      if (b != null) {
        return b;
      }
    }
    return null;
  }

  private void checkRef(JsonNode schema, String pointer, List<Problem> problems) {
    if (!schema.isObject() || !schema.has("$ref")) {
      return;
    }
    String at = JsonPointers.child(pointer, "$ref");
    JsonNode ref = schema.get("$ref");
    if (!ref.isTextual()) {
      problems.add(new Problem(at, "$ref must be a string"));
      return;
    }
    String text = ref.asText();
    if (!isInternal(text, pointer)) {
      problems.add(
          new Problem(
              at,
              "remote $ref '"
                  + text
                  + "' is not supported: only references within the document are"));
      return;
    }
    if (nestedIds) {
      return;
    }
    Optional<String> target = target(text);
    if (target.isEmpty()) {
      problems.add(
          new Problem(at, "$ref '" + text + "' does not resolve to a schema in the document"));
      return;
    }
    // draft-07 ignores the siblings of a $ref: $refs that only lead to one another never reach a
    // keyword, and validating with them would never end.
    Set<JsonNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    seen.add(schema);
    List<String> chain = new ArrayList<>(List.of(pointer));
    JsonNode node = document.at(target.get());
    while (node.isObject() && node.path("$ref").isTextual()) {
      if (reachKeyword.contains(node)) {
        break; // a chain already followed to a keyword: so does this one
      }
      chain.add(target.get());
      if (!seen.add(node)) {
        problems.add(
            new Problem(
                at,
                "$ref cycle: "
                    + chain.stream().map(c -> "'#" + c + "'").collect(Collectors.joining(" -> "))
                    + " refer only to one another and never reach a schema keyword"));
        return;
      }
      target = target(node.get("$ref").asText());
      if (target.isEmpty()) {
        return; // reported where that $ref is
      }
      node = document.at(target.get());
    }
    reachKeyword.addAll(seen);
  }

  private boolean isInternal(String ref, String pointer) {
    if (internalFragment(ref).isPresent()) {
      return true;
    }
    if (resourceIds.isEmpty()) {
      return false;
    }
    try {
      URI base = bases.get(pointer) != null ? bases.get(pointer) : parentBase(pointer);
      URI u = new URI(ref);
      URI resolved = base == null ? u : base.resolve(u);
      return resourceIds.contains(withoutFragment(resolved));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return false;
    }
  }

  private static String withoutFragment(URI u) {
    String s = u.toString();
    int hash = s.indexOf('#');
    return hash < 0 ? s : s.substring(0, hash);
  }

  private static String withoutEmptyFragment(String id) {
    return id.endsWith("#") ? id.substring(0, id.length() - 1) : id;
  }
}
