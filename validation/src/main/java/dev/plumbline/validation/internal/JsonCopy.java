package dev.plumbline.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Deep copies of JSON trees without recursion, so any depth is safe. Scalars are shared, being
 * immutable, except a {@code BinaryNode}'s bytes, which are copied; a {@code POJONode}'s object
 * (built in code only: parsed JSON holds none) is shared, as there is no telling how to copy it.
 */
public final class JsonCopy {
  private JsonCopy() {}

  public static JsonNode deepCopy(JsonNode source) {
    if (!source.isContainerNode()) {
      return scalarCopy(source);
    }
    JsonNode root = emptyLike(source);
    Deque<JsonNode[]> work = new ArrayDeque<>();
    work.push(new JsonNode[] {source, root});
    while (!work.isEmpty()) {
      JsonNode[] pair = work.pop();
      if (pair[0].isObject()) {
        ObjectNode target = (ObjectNode) pair[1];
        for (Map.Entry<String, JsonNode> e : pair[0].properties()) {
          target.set(e.getKey(), copyChild(e.getValue(), work));
        }
      } else {
        ArrayNode target = (ArrayNode) pair[1];
        for (JsonNode item : pair[0]) {
          target.add(copyChild(item, work));
        }
      }
    }
    return root;
  }

  private static JsonNode copyChild(JsonNode child, Deque<JsonNode[]> work) {
    if (!child.isContainerNode()) {
      return scalarCopy(child);
    }
    JsonNode copy = emptyLike(child);
    work.push(new JsonNode[] {child, copy});
    return copy;
  }

  private static JsonNode scalarCopy(JsonNode scalar) {
    return scalar instanceof BinaryNode b ? BinaryNode.valueOf(b.binaryValue().clone()) : scalar;
  }

  private static JsonNode emptyLike(JsonNode container) {
    return container.isObject()
        ? JsonNodeFactory.instance.objectNode()
        : JsonNodeFactory.instance.arrayNode();
  }
}
