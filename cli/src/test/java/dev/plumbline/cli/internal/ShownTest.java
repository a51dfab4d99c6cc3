package dev.plumbline.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ShownTest {

  @Test
  void should_show_backslashes_control_characters_and_lone_surrogates_escaped_and_pairs_as_is() {
    assertThat(Shown.value("plain é 😀")).isEqualTo("plain é 😀");
    assertThat(Shown.value("a\\b")).isEqualTo("a\\\\b");
    assertThat(Shown.value("\\u0007")).isEqualTo("\\\\u0007");
    assertThat(Shown.value("\u0007\n\t\u009b\u2028")).isEqualTo("\\u0007\\n\\t\\u009B\\u2028");
    assertThat(Shown.value("x\ud83dy\udc00")).isEqualTo("x\\uD83Dy\\uDC00");
  }

  @Test
  void should_write_lone_surrogates_escaped_and_pairs_whole_even_across_writes() {
    StringWriter text = new StringWriter();
    PrintWriter out = Shown.escapingLoneSurrogates(new PrintWriter(text));

    out.print("a\ud83d"); // the high half of a pair ends one write...
    out.print("\ude00b"); // ...and its low half starts the next
    out.print("\ud83d"); // a lone high surrogate, followed by no low one
    out.print("c\udc00d");
    out.write(new char[] {'[', '\ud83d', '\ude00', '\ud800', ']'}, 1, 3);
    out.println();

    assertThat(text.toString()).isEqualTo("a😀b\\uD83Dc\\uDC00d😀\\uD800" + System.lineSeparator());
    assertThat(out.checkError()).isFalse();
  }

  @Test
  void should_report_an_output_that_failed_underneath() {
    PrintWriter failing =
        new PrintWriter(
            new java.io.Writer() {
              @Override
              public void write(char[] b, int off, int len) throws java.io.IOException {
                throw new java.io.IOException("closed");
              }

              @Override
              public void flush() {}

              @Override
              public void close() {}
            });
    PrintWriter out = Shown.escapingLoneSurrogates(failing);

    out.println("x");

    assertThat(out.checkError()).isTrue();
  }
}
