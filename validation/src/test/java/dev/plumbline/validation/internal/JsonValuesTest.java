package dev.plumbline.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

  @Test
  void should_keep_messages_on_one_line_and_quotes_unambiguous() {
    assertThat(JsonValues.quote("Product Viewed\n")).isEqualTo("\"Product Viewed\\n\"");
    assertThat(JsonValues.quote("a\"b\\c\t\u0000\u007f"))
        .isEqualTo("\"a\\\"b\\\\c\\t\\u0000\\u007f\"");
    // Unquoted names escape control characters only.
    assertThat(JsonValues.truncate("line\r\nbreak \"x\"")).isEqualTo("line\\r\\nbreak \"x\"");
    assertThat(JsonValues.truncate("plain")).isSameAs(JsonValues.truncate("plain"));
  }

  @Test
  void should_cut_long_text_and_count_all_of_it() {
    String longText = "x".repeat(39) + "\n" + "y".repeat(100);
    assertThat(JsonValues.quote(longText)).isEqualTo("\"" + "x".repeat(39) + "\\n…(140 chars)\"");
  }

  @Property(tries = 2000)
  void printableTextHasNoControlCharactersAndReadsBackAsJson(@ForAll String s) throws Exception {
    String quoted = JsonValues.quote(s);
    assertThat(quoted.chars()).noneMatch(c -> c < 0x20 || c == 0x7f);
    if (s.length() <= JsonValues.MAX_SHOWN) {
      String back =
          new com.fasterxml.jackson.databind.ObjectMapper().readValue(quoted, String.class);
      assertThat(back).isEqualTo(s);
    }
  }
}
