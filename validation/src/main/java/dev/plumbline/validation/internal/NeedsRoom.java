package dev.plumbline.validation.internal;

import dev.plumbline.core.internal.RoomToRecurse;
import java.util.function.Supplier;

/**
 * A walk that reaches {@link #DEPTH} levels (nested objects and arrays the plan declares, and
 * nested evaluations inside a JSON Schema part) is validated again on a thread with room to
 * recurse: the walk recurses per level (up to {@link Collector#MAX_DEPTH}; the draft-07 engine
 * takes a few KB of stack per level), and the caller's thread may have a small stack (threads
 * created with 224 KB overflowed at 256 levels; 32 levels pass on the smallest stack the JVM
 * gives). Reaching {@link #DEPTH} on another thread throws this (no stack trace, one instance), and
 * {@link #again} runs the whole validation again there. Shallow values, nearly all events, never
 * get here: the check sits behind the depth comparison every container already makes.
 */
public final class NeedsRoom extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** How deep a walk may go on the caller's thread. */
  public static final int DEPTH = 32;

  private static final NeedsRoom INSTANCE = new NeedsRoom();

  private NeedsRoom() {
    super("a value nested deeper than " + DEPTH + " levels", null, false, false);
  }

  /** At {@link #DEPTH} or deeper: throws unless the thread has room. */
  public static void check() {
    if (!RoomToRecurse.onRoomyThread()) {
      throw INSTANCE;
    }
  }

  /**
   * Runs a validation that threw this again, on a thread with room (its own try/catch around the
   * first run costs nothing, where a lambda per call might allocate).
   */
  public static <T> T again(Supplier<T> validation) {
    return RoomToRecurse.call(Integer.MAX_VALUE, validation);
  }
}
