package dev.plumbline.validation.internal;

/**
 * For tests that call checkers directly (not through {@code EventValidator}/{@code TypeValidator},
 * which do this themselves): a walk that reaches {@link NeedsRoom#DEPTH} levels on an ordinary
 * thread stops, and the body runs again on a thread with room.
 */
final class DeepWalks {
  private DeepWalks() {}

  static void withRoom(Runnable body) {
    try {
      body.run();
    } catch (NeedsRoom deep) {
      NeedsRoom.again(
          () -> {
            body.run();
            return null;
          });
    }
  }
}
