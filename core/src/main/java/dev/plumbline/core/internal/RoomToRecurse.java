package dev.plumbline.core.internal;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs work that recurses once per level of a document (importing a schema nested up to {@link
 * JsonDepth#MAX_DEPTH} levels) on the caller's thread, and when that thread's stack runs out, once
 * more on a thread of its own with room to recurse. The work must have no effects other than its
 * result, since it may run twice.
 */
public final class RoomToRecurse {
  /** The stack of the second attempt's thread (reserved, not committed, until used). */
  static final long STACK_BYTES = 512L << 20;

  private RoomToRecurse() {}

  /** The work's result; its exceptions and errors reach the caller as thrown. */
  public static <T> T call(Supplier<T> work) {
    try {
      return work.get();
    } catch (StackOverflowError e) {
      // Below: again, with room.
    }
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread deep =
        new Thread(
            null,
            () -> {
              try {
                result.set(work.get());
              } catch (RuntimeException | Error e) {
                failure.set(e);
              }
            },
            "plumbline-deep",
            STACK_BYTES);
    deep.start();
    try {
      deep.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while working on a deeply nested document", e);
    }
    Throwable thrown = failure.get();
    if (thrown instanceof RuntimeException r) {
      throw r;
    }
    if (thrown instanceof Error r) {
      throw r;
    }
    return result.get();
  }
}
