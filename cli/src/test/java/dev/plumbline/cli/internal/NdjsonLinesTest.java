package dev.plumbline.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

  /** Each line as {@code 3 ok {"a":1}} or {@code 4 error not JSON ...}. */
  private static List<String> read(byte[] input) throws IOException {
    List<String> out = new ArrayList<>();
    NdjsonLines.read(
        new ByteArrayInputStream(input),
        line -> {
          if (line instanceof NdjsonLines.Parsed p) {
            out.add(p.number() + " ok " + p.value());
          } else if (line instanceof NdjsonLines.Unreadable u) {
            out.add(u.number() + " error " + u.error());
          }
        });
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void should_skip_a_byte_order_mark_at_the_start_and_windows_line_ends() throws IOException {
    assertThat(read(utf8("\uFEFF{\"a\":1}\r\n{\"a\":2}\r\n")))
        .containsExactly("1 ok {\"a\":1}", "2 ok {\"a\":2}");
  }

  @Test
  void should_not_skip_a_byte_order_mark_inside_the_file() throws IOException {
    assertThat(read(utf8("{\"a\":1}\n\uFEFF{\"a\":2}\n")))
        .satisfiesExactly(
            first -> assertThat(first).isEqualTo("1 ok {\"a\":1}"),
            second -> assertThat(second).startsWith("2 error not JSON at column 1: "));
  }

  @Test
  void should_count_columns_across_a_carriage_return_inside_a_line() throws IOException {
    assertThat(read(utf8("{\"a\":1}\r{\"b\":2}\n")))
        .containsExactly("1 error not JSON at column 9: more than one value on the line");
  }

  @Test
  void should_read_numbers_longer_than_a_thousand_digits() throws IOException {
    String digits = "9".repeat(5000);
    assertThat(read(utf8("{\"n\":" + digits + "}\n")))
        .containsExactly("1 ok {\"n\":" + digits + "}");
  }

  @Test
  void should_skip_blank_lines_but_count_them() throws IOException {
    assertThat(read(utf8("\n   \n{\"a\":3}\n\t\n{\"a\":5}")))
        .containsExactly("3 ok {\"a\":3}", "5 ok {\"a\":5}");
  }

  @Test
  void should_name_the_column_and_the_problem_of_a_bad_line_and_go_on() throws IOException {
    assertThat(
            read(
                utf8(
                    String.join(
                        "\n",
                        "{\"a\":1} {\"a\":2}",
                        "{\"a\":1}garbage",
                        "[1,2",
                        "{\"a\":1,\"a\":2}",
                        "{\"a\":1}"))))
        .containsExactly(
            "1 error not JSON at column 9: more than one value on the line",
            "2 error not JSON at column 8: Unrecognized token 'garbage': was expecting (JSON"
                + " String, Number, Array, Object or token 'null', 'true' or 'false')",
            "3 error not JSON at column 5: Unexpected end-of-input: expected close marker for"
                + " Array (start marker at column 1)",
            "4 error not JSON at column 11: Duplicate field 'a'",
            "5 ok {\"a\":1}");
  }

  @Test
  void should_report_a_line_that_is_not_utf8() throws IOException {
    byte[] input = {'"', (byte) 0xC3, '"', '\n', '1', '\n'};
    assertThat(read(input)).containsExactly("1 error not valid UTF-8", "2 ok 1");
  }

  @Test
  void should_skip_only_lines_of_json_whitespace_and_parse_lines_that_merely_look_blank()
      throws IOException {
    // JSON whitespace is space, tab, CR and LF; a form feed, a vertical tab, the information
    // separators U+001C..U+001F, an em space, an ideographic space or a line separator is not.
    String[] lookBlank = {"\f", "\u000b", "\u001c\u001d\u001e\u001f", "\u2003", "\u3000", "\u2028"};
    List<String> lines = read(utf8(String.join("\n", lookBlank) + "\n \t \r\n\n{}\n"));

    assertThat(lines).hasSize(lookBlank.length + 1);
    for (int i = 0; i < lookBlank.length; i++) {
      assertThat(lines.get(i)).startsWith((i + 1) + " error not JSON at column ");
    }
    assertThat(lines.get(lookBlank.length)).isEqualTo((lookBlank.length + 3) + " ok {}");
  }

  @Test
  void should_read_property_names_as_long_as_string_values() throws IOException {
    String name = "k".repeat(60_000);
    assertThat(read(utf8("{\"" + name + "\":1}\n"))).containsExactly("1 ok {\"" + name + "\":1}");
  }

  @Test
  void should_call_a_line_beyond_a_reader_limit_so_and_not_say_it_is_not_json() throws IOException {
    int depth = JsonInput.MAX_DEPTH + 1;
    String deep = "[".repeat(depth) + "]".repeat(depth);
    String longNumber = "1".repeat(JsonInput.MAX_NUMBER_LENGTH + 1);

    assertThat(read(utf8(deep + "\n" + longNumber + "\n")))
        .satisfiesExactly(
            first ->
                assertThat(first)
                    .isEqualTo(
                        "1 error not read: beyond a reader limit: nesting depth over 100000"),
            second ->
                assertThat(second)
                    .isEqualTo(
                        "2 error not read: beyond a reader limit: a number longer than 100000"
                            + " characters"));
  }
}
