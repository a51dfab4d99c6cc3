package dev.plumbline.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NameTableTest {

  @Test
  void findsEachNameAndNothingElse() {
    NameTable<Integer> table =
        NameTable.of(Map.of("Order Completed", 1, "Order Created", 2, "", 3, "O", 4, "Od", 5));
    assertThat(table.get("Order Completed")).isEqualTo(1);
    assertThat(table.get("Order Created")).isEqualTo(2);
    assertThat(table.get("")).isEqualTo(3);
    assertThat(table.get("O")).isEqualTo(4);
    assertThat(table.get("Od")).isEqualTo(5);
    // same length, first and last character as a key, but a different name
    assertThat(table.get("Order Cxxxxxxed")).isNull();
    assertThat(table.get("order completed")).isNull();
    assertThat(table.get("Order Completed ")).isNull();
  }

  @Test
  void anEmptyTableFindsNothing() {
    NameTable<String> table = NameTable.of(Map.of());
    assertThat(table.get("")).isNull();
    assertThat(table.get("track")).isNull();
  }

  @Property(tries = 2000)
  void agreesWithAHashMap(@ForAll Map<String, Integer> entries, @ForAll String probe) {
    NameTable<Integer> table = NameTable.of(entries);
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      assertThat(table.get(e.getKey())).isEqualTo(e.getValue());
      // a copy of the key (another String instance) is found too
      assertThat(table.get(new String(e.getKey().toCharArray()))).isEqualTo(e.getValue());
    }
    assertThat(table.get(probe)).isEqualTo(new HashMap<>(entries).get(probe));
  }
}
