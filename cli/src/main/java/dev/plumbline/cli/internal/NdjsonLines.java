package dev.plumbline.cli.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

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

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private NdjsonLines() {}

  /** Reads every line of the stream; blank lines are skipped but counted. */
  public static void read(InputStream in, Visitor visitor) throws IOException {
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
  }

  /** Jackson's location of an earlier token inside a message; the source is never included. */
  private static final Pattern EMBEDDED_LOCATION =
      Pattern.compile("\\[Source: [^;]*; line: \\d+, column: (\\d+)\\]");

  /**
   * {@code not JSON at column 9: more than one value on the line}: Jackson's message without its
   * internal names, and the column (counted in characters from 1) where reading stopped.
   */
  static String notJson(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message.startsWith("Trailing token")) {
      message = "more than one value on the line";
    } else {
      message = EMBEDDED_LOCATION.matcher(message).replaceAll("column $1");
    }
    JsonLocation at = e.getLocation();
    return at == null || at.getColumnNr() < 1
        ? "not JSON: " + message
        : "not JSON at column " + at.getColumnNr() + ": " + message;
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
    if (text.isBlank()) {
      return;
    }
    try {
      visitor.line(new Parsed(number, JSON.readTree(text)));
    } catch (JsonProcessingException e) {
      visitor.line(new Unreadable(number, notJson(e)));
    } catch (StackOverflowError e) {
      visitor.line(new Unreadable(number, "not readable: nested too deeply"));
    }
  }
}
