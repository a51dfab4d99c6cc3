package dev.plumbline.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Joiner;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;

/**
 * A path to a field of the event envelope, written with dots: {@code properties.email}, {@code
 * traits.address.city}, {@code context.ip}, {@code userId}.
 *
 * <pre>{@code
 * FieldPath p = FieldPath.of("properties.email");
 * p.segments(); // [properties, email]
 * p.pointer();  // /properties/email
 * }</pre>
 *
 * @param segments the non-empty names from the root of the envelope
 */
public record FieldPath(ImmutableList<String> segments) {
  public FieldPath {
    requireNonNull(segments, "segments");
    checkArgument(!segments.isEmpty(), "a field path needs at least one segment");
    for (String s : segments) {
      checkArgument(
          !s.isEmpty(), "field path '%s' has an empty segment", String.join(".", segments));
      checkArgument(
          s.indexOf('.') < 0, "a field path segment must not contain '.': '%s' in %s", s, segments);
    }
  }

  /**
   * Parses a dotted path.
   *
   * @throws IllegalArgumentException if the path is empty or has an empty segment
   */
  public static FieldPath of(String dotted) {
    requireNonNull(dotted, "dotted");
    checkArgument(!dotted.isEmpty(), "a field path must not be empty");
    return new FieldPath(ImmutableList.copyOf(Splitter.on('.').split(dotted)));
  }

  /** The first segment: the envelope field this path lives in. */
  public String root() {
    return segments.get(0);
  }

  /** The last segment. */
  public String leaf() {
    return segments.get(segments.size() - 1);
  }

  /** The JSON pointer of this path in an event: {@code /properties/email}. */
  public String pointer() {
    StringBuilder b = new StringBuilder();
    for (String s : segments) {
      b.append('/').append(s.replace("~", "~0").replace("/", "~1"));
    }
    return b.toString();
  }

  /** The dotted form, as accepted by {@link #of(String)}. */
  @Override
  public String toString() {
    return Joiner.on('.').join(segments);
  }
}
