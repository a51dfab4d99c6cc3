package dev.plumbline.core.importing;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.plumbline.core.Problem;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** For importer tests: the problems an import reports. */
final class ImportProblems {
  private ImportProblems() {}

  /**
   * The problems of the {@link SchemaImportException} that {@code call} throws; fails the test when
   * it throws nothing or something else.
   */
  static List<Problem> problemsOf(ThrowingCallable call) {
    SchemaImportException e = catchThrowableOfType(SchemaImportException.class, call);
    if (e == null) {
      throw new AssertionError("expected a SchemaImportException, but the import succeeded");
    }
    return e.problems();
  }
}
