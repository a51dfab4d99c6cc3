package dev.plumbline.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plumbline.validation.Violation;
import dev.plumbline.validation.ViolationCode;
import org.junit.jupiter.api.Test;

class CollectorTest {

  @Test
  void locationsFollowPushAndPopWithEscapedNamesAndIndices() {
    Collector c = new Collector("/properties", "events/Order Completed/properties");
    c.push("a/b~c", "a/b~c");
    c.push(3, "items");
    c.push(null, null);
    c.add(ViolationCode.TYPE_MISMATCH, "deep");
    c.pop();
    c.pop();
    c.add(ViolationCode.RANGE, "object");
    c.pop();
    c.addAt(Integer.valueOf(0), null, ViolationCode.ENUM_MISMATCH, "boxed index");
    c.add(ViolationCode.PATTERN_MISMATCH, "root");

    assertThat(c.violations())
        .extracting(Violation::instancePointer, Violation::planLocation)
        .containsExactly(
            tuple("/properties/a~1b~0c/3", "events/Order Completed/properties/a/b~c/items"),
            tuple("/properties/a~1b~0c", "events/Order Completed/properties/a/b~c"),
            tuple("/properties/0", "events/Order Completed/properties"),
            tuple("/properties", "events/Order Completed/properties"));
  }

  @Test
  void popToLeavesEverythingEnteredAfterTheLevelEvenBeyondTheFirstMarks() {
    Collector c = new Collector("", "");
    c.push("root", "root");
    int level = c.level();
    for (int i = 0; i < 40; i++) {
      c.push(i, "items");
    }
    assertThat(c.level()).isEqualTo(41);
    c.popTo(level);
    assertThat(c.level()).isEqualTo(1);
    c.popTo(level); // already there: nothing to leave
    c.add(ViolationCode.NESTING_TOO_DEEP, "too deep");
    c.pop();
    c.add(ViolationCode.TYPE_MISMATCH, "at the root");

    assertThat(c.violations())
        .extracting(Violation::instancePointer, Violation::planLocation)
        .containsExactly(tuple("/root", "root"), tuple("", ""));
  }
}
