package dev.plumbline.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs work that recurses once per level of a document or a plan's types (importing a schema nested
 * up to {@link JsonDepth#MAX_DEPTH} levels, compiling or loading a manifest), or once per character
 * (a {@code java.util.regex} search over a long text): on the caller's thread when it is shallow,
 * else on a thread of its own with room to recurse. Decided up front from the document's depth,
 * measured without recursion, rather than by catching a stack overflow, which would leave a class
 * whose initializer it interrupted unusable.
 */
public final class RoomToRecurse {
  /** Documents up to this deep are worked on in the caller's thread. */
  static final int CALLERS_STACK_DEPTH = 100;

  /** The stack of the thread for deeper documents (reserved, not committed, until used). */
  static final long STACK_BYTES = 512L << 20;

  private RoomToRecurse() {}

  /** A thread with room to recurse. */
  private static final class Roomy extends Thread {
    Roomy(Runnable work) {
      super(null, work, "plumbline-deep-document", STACK_BYTES);
    }
  }

  /**
   * Whether the current thread is one this class started: work that finds itself deeper than it
   * expected on another thread can stop and be run again with {@code call} (a type check, no
   * thread-local).
   */
  public static boolean onRoomyThread() {
    return Thread.currentThread() instanceof Roomy;
  }

  /** The work's result; its exceptions and errors reach the caller as thrown. */
  public static <T> T call(JsonNode document, Supplier<T> work) {
    return call(document == null ? 0 : JsonDepth.depth(document), work);
  }

  /**
   * The work's result, for work that recurses {@code depth} levels deep (a plan's {@link
   * TypeDepth}); its exceptions and errors reach the caller as thrown.
   */
  public static <T> T call(int depth, Supplier<T> work) {
    if (depth <= CALLERS_STACK_DEPTH) {
      return work.get();
    }
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread deep =
        new Roomy(
            () -> {
              try {
                result.set(work.get());
              } catch (RuntimeException | Error e) {
                failure.set(e);
              }
            });
    deep.setDaemon(true);
    deep.start();
    boolean interrupted = false;
    while (true) {
      try {
        deep.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // the work is short; finish it, then keep the interrupt for the caller
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
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
