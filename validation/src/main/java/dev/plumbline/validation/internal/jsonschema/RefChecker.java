package dev.plumbline.validation.internal.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.validation.internal.Checker;
import dev.plumbline.validation.internal.Collector;
import dev.plumbline.validation.internal.NeedsRoom;

/**
 * A {@code $ref}: evaluates its target one level deeper (so a cycle ends at the depth limit). In
 * draft-07 the keywords next to a {@code $ref} are ignored, so this is the whole schema.
 */
final class RefChecker extends Checker {
  private final Checker target;
  private final String ref;

  RefChecker(Checker target, String ref) {
    this.target = target;
    this.ref = ref;
  }

  @Override
  public String expected() {
    return "a value matching $ref '" + ref + "'";
  }

  @Override
  public boolean check(JsonNode value, int depth, Collector out) {
    if (depth >= NeedsRoom.DEPTH) {
      NeedsRoom.check();
      if (depth >= DepthExceeded.MAX_DEPTH) {
        throw DepthExceeded.at(out);
      }
    }
    return Keyword.sub(target, value, depth, out, null, "$ref");
  }
}
