package dev.plumbline.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads newline-delimited JSON one line at a time. A line that is not valid UTF-8, not JSON, has
 * duplicate keys or trailing content becomes an error for that line only; reading goes on.
 */
public final class NdjsonLines {
  /** What one line held. */
  public sealed interface Line {
    /** 1-based line number. */
    long number();
  }

  /** A line holding one JSON value. */
  public record Parsed(long number, JsonNode value) implements Line {}

  /** A line that could not be read, and why. */
  public record Unreadable(long number, String error) implements Line {}

  /** Receives each non-blank line in order. */
  @FunctionalInterface
  public interface Visitor {
    void line(Line line);
  }

  private NdjsonLines() {}

  /**
   * Reads every line of the stream; blank lines are skipped but counted.
   *
   * @return how many lines there were, blank ones included
   */
  public static long read(InputStream in, Visitor visitor) throws IOException {
    ByteArrayOutputStream current = new ByteArrayOutputStream();
    long number = 0;
    byte[] buffer = new byte[64 * 1024];
    int n;
    while ((n = in.read(buffer)) != -1) {
      int start = 0;
      for (int i = 0; i < n; i++) {
        if (buffer[i] == '\n') {
          current.write(buffer, start, i - start);
          visit(++number, current.toByteArray(), visitor);
          current.reset();
          start = i + 1;
        }
      }
      current.write(buffer, start, n - start);
    }
    if (current.size() > 0) {
      visit(++number, current.toByteArray(), visitor);
    }
    return number;
  }

  /**
   * The column in the line: the parser counts a carriage return alone as a line break, which in
   * NDJSON it is not, so after one its own column would start again at 1.
   */
  private static long column(JsonInput.NotJson e) {
    return e.line <= 1 || e.position == 0 ? e.column : e.position;
  }

  /**
   * Whether a line holds only JSON whitespace (RFC 8259: space, tab, carriage return, line feed),
   * or nothing. Other characters that look blank ({@code \f}, U+3000, U+2028, ...) are not JSON
   * whitespace: such a line goes to the parser, which says so.
   */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return false;
      }
    }
    return true;
  }

  private static void visit(long number, byte[] bytes, Visitor visitor) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      visitor.line(new Unreadable(number, "not valid UTF-8"));
      return;
    }
    if (number == 1 && text.startsWith("\uFEFF")) {
      text = text.substring(1); // a byte order mark some editors write at the start of a file
    }
    if (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
    }
    if (isBlank(text)) {
      return;
    }
    try {
      visitor.line(new Parsed(number, JsonInput.parse(text)));
    } catch (JsonInput.NotJson e) {
      visitor.line(
          new Unreadable(number, e.describe(column(e) > 0 ? " at column " + column(e) : "")));
    } catch (StackOverflowError e) {
      visitor.line(new Unreadable(number, "not readable: nested too deeply"));
    }
  }
}
