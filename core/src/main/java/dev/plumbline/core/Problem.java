package dev.plumbline.core;

import static dev.plumbline.core.internal.NullChecks.requireNoNullElements;
import static java.util.Objects.requireNonNull;

/**
 * One problem found in a declaration: where it is and what is wrong.
 *
 * <p>The path is slash-separated and starts at the declaration's root, for example {@code
 * plan/events/Order Completed/properties/price} or {@code routes/email-lifecycle/destination}.
 *
 * @param path where the problem is
 * @param message what is wrong, naming the expected and the found value where there is one
 */
public record Problem(String path, String message) implements Comparable<Problem> {
  public Problem {
    requireNonNull(path, "path");
    requireNonNull(message, "message");
  }

  @Override
  public int compareTo(Problem other) {
    requireNonNull(other, "other");
    int byPath = path.compareTo(other.path);
    return byPath != 0 ? byPath : message.compareTo(other.message);
  }

  /**
   * A readable list: {@code "<heading>: 2 problems"} then one {@code " - path: message"} line per
   * problem, in the given order; an empty path is shown as {@code (root)}.
   */
  public static String list(String heading, java.util.Collection<Problem> problems) {
    requireNonNull(heading, "heading");
    requireNoNullElements(problems, "problems");
    StringBuilder out =
        new StringBuilder(heading)
            .append(": ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
    for (Problem p : problems) {
      out.append("\n  - ").append(p);
    }
    return out.toString();
  }

  /** {@code path: message}, the empty path (the document itself) shown as {@code (root)}. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "(root)" : path) + ": " + message;
  }
}
