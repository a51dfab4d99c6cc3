package dev.plumbline.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How deeply a JSON document the model keeps (a JSON Schema type, an imported schema) may nest:
 * {@value #MAX_DEPTH} levels of objects and arrays, what Jackson reads and writes by default, so
 * that a manifest holding the document can be read back. Measured without recursion, so a document
 * of any depth is safe to measure.
 */
public final class JsonDepth {
  /** At most this many nested objects and arrays, the outermost counting as 1. */
  public static final int MAX_DEPTH = 1000;

  private JsonDepth() {}

  /**
   * Refuses a JSON Schema document the model cannot keep because it nests too deeply.
   *
   * @throws IllegalArgumentException saying so
   */
  public static void requireKeepableSchema(JsonNode schema) {
    if (depth(schema) > MAX_DEPTH) {
      throw new IllegalArgumentException(NOT_KEEPABLE + TOO_DEEP);
    }
  }

  /** How messages about a JSON Schema the model refuses to keep start. */
  public static final String NOT_KEEPABLE = "not a JSON Schema the model can keep: ";

  /** Why a document deeper than {@link #MAX_DEPTH} is refused. */
  public static final String TOO_DEEP =
      "the document nests more than "
          + MAX_DEPTH
          + " levels of objects and arrays; at most "
          + MAX_DEPTH
          + " are supported";

  /**
   * How many levels of objects and arrays the document nests (a scalar 0, {@code []} 1), counted up
   * to {@link #MAX_DEPTH} + 1: beyond that it stops looking.
   */
  public static int depth(JsonNode document) {
    if (!document.isContainerNode()) {
      return 0;
    }
    int deepest = 0;
    Deque<JsonNode> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(document);
    depths.push(1);
    while (!nodes.isEmpty()) {
      JsonNode node = nodes.pop();
      int depth = depths.pop();
      deepest = Math.max(deepest, depth);
      if (depth > MAX_DEPTH) {
        return depth;
      }
      for (JsonNode child : node) {
        if (child.isContainerNode()) {
          nodes.push(child);
          depths.push(depth + 1);
        }
      }
    }
    return deepest;
  }
}
