package dev.plumbline.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses JSON that a user handed to the command line: strictly (a duplicate key or a second value
 * is an error), with exact decimal numbers, deep nesting and long strings allowed (the validator
 * reports what is too deep), and problems described without Jackson's internal names.
 *
 * <pre>{@code
 * JsonInput.parse("{\"a\":1} {\"a\":2}");
 * // throws NotJson: "more than one value on the line", line 1, column 9
 * }</pre>
 */
public final class JsonInput {
  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(100_000)
                          .maxNumberLength(100_000)
                          .maxStringLength(Integer.MAX_VALUE)
                          .build())
                  .build())
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private JsonInput() {}

  /** Why a text is not JSON: the problem, and its line and column when known (else 0). */
  public static final class NotJson extends Exception {
    private static final long serialVersionUID = 1L;

    public final String problem;
    public final int line;
    public final int column;

    /**
     * The 1-based position in the text, counting every character (a carriage return alone starts no
     * new line here), or 0 when unknown.
     */
    public final long position;

    NotJson(String problem, int line, int column, long position, Throwable cause) {
      super(problem, cause);
      this.problem = problem;
      this.line = line;
      this.column = column;
      this.position = position;
    }
  }

  /** Parses one JSON value. */
  public static JsonNode parse(String text) throws NotJson {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw notJson(e);
    } catch (NumberFormatException e) {
      throw outOfRange(e);
    }
  }

  /** Parses one JSON value from UTF-8 bytes. */
  public static JsonNode parse(byte[] utf8) throws NotJson, IOException {
    try {
      return JSON.readTree(utf8);
    } catch (JsonProcessingException e) {
      throw notJson(e);
    } catch (NumberFormatException e) {
      throw outOfRange(e);
    }
  }

  /** Jackson's location of an earlier token inside a message; the source is never included. */
  private static final Pattern EMBEDDED_LOCATION =
      Pattern.compile("\\[Source: [^;]*; line: \\d+, column: (\\d+)\\]");

  /** Advice about parser features the user cannot switch on, and the names of limits. */
  private static final Pattern INTERNALS =
      Pattern.compile(
          ": (?:enable|use) `[^`]*` to allow|, from `[^`]*`"
              + "| ?\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)");

  private static NotJson notJson(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message.startsWith("Trailing token")) {
      message = "more than one value on the line";
    } else {
      message = EMBEDDED_LOCATION.matcher(message).replaceAll("column $1");
      message = INTERNALS.matcher(message).replaceAll("");
    }
    message = printable(message);
    JsonLocation at = e.getLocation();
    return at == null
        ? new NotJson(message, 0, 0, 0, e)
        : new NotJson(
            message,
            Math.max(0, at.getLineNr()),
            Math.max(0, at.getColumnNr()),
            at.getCharOffset() >= 0 ? at.getCharOffset() + 1 : 0,
            e);
  }

  /**
   * The message with control characters (an ESC the line held, say) written as {@code \\u001B}, so
   * that echoing a bad line cannot drive the terminal.
   */
  public static String printable(String message) {
    StringBuilder out = null;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      boolean control = isControl(c);
      if (control && out == null) {
        out = new StringBuilder(message.length() + 16).append(message, 0, i);
      }
      if (out != null) {
        if (control) {
          out.append(String.format("\\u%04X", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? message : out.toString();
  }

  /**
   * A C0 or C1 control character (a C1 such as U+009B drives some terminals) or a Unicode line or
   * paragraph separator: what text printed to a terminal shows escaped.
   */
  public static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029;
  }

  /** Jackson reads a number whose exponent does not fit as a NumberFormatException. */
  private static final Pattern NUMBER =
      Pattern.compile("Value \"([^\"]*)\" can not be deserialized as `[^`]*`, reason: *(.*?)\\.?");

  private static NotJson outOfRange(NumberFormatException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    Matcher m = NUMBER.matcher(message);
    String problem =
        m.matches()
            ? "the number "
                + shorten(m.group(1))
                + " is out of range ("
                + m.group(2).toLowerCase(java.util.Locale.ROOT)
                + ")"
            : "a number is out of range (" + message + ")";
    return new NotJson(problem, 0, 0, 0, e);
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
