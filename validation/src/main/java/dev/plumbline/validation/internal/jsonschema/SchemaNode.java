package dev.plumbline.validation.internal.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validation.internal.Checker;
import dev.plumbline.validation.internal.Collector;
import dev.plumbline.validation.internal.NeedsRoom;

/** A compiled schema object without {@code $ref}: its keywords, all of which must hold. */
final class SchemaNode extends Checker {
  private final Keyword[] keywords;
  private final String expected;

  /** Whether an {@code x-pii} annotation sits in or below this schema (see {@link #check}). */
  private final boolean holdsPii;

  SchemaNode(Keyword[] keywords, String expected, boolean holdsPii) {
    this.keywords = keywords;
    this.expected = expected;
    this.holdsPii = holdsPii;
  }

  @Override
  public String expected() {
    return expected;
  }

  @Override
  public boolean check(JsonNode value, int depth, Collector out) {
    if (depth >= NeedsRoom.DEPTH) {
      NeedsRoom.check();
      if (depth >= DepthExceeded.MAX_DEPTH) {
        throw DepthExceeded.at(out);
      }
    }
    return out != null && holdsPii
        ? out.hidingValueHere(() -> keywordsHold(value, depth, out))
        : keywordsHold(value, depth, out);
  }

  private boolean keywordsHold(JsonNode value, int depth, Collector out) {
    boolean ok = true;
    for (Keyword k : keywords) {
      if (!k.check(value, depth, out)) {
        if (out == null) {
          return false;
        }
        ok = false;
      }
    }
    return ok;
  }
}
