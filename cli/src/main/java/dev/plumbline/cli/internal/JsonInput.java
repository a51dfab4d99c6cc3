package dev.plumbline.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses JSON that a user handed to the command line: strictly (a duplicate key or a second value
 * is an error), with exact decimal numbers, deep nesting and long strings and property names
 * allowed (the validator reports what is too deep), and problems described without Jackson's
 * internal names. What this reader does not take (nesting deeper than {@link #MAX_DEPTH}, a number
 * longer than {@link #MAX_NUMBER_LENGTH} characters) is a {@link NotJson} whose {@link
 * NotJson#readerLimit} is set: the text may well be JSON.
 *
 * <pre>{@code
 * JsonInput.parse("{\"a\":1} {\"a\":2}");
 * // throws NotJson: "more than one value on the line", line 1, column 9
 * }</pre>
 */
public final class JsonInput {
  /** How deeply a value may nest arrays and objects to be read. */
  public static final int MAX_DEPTH = 100_000;

  /**
   * How many characters a number may have to be read (turning a longer one into an exact decimal
   * takes time that grows with the square of its length).
   */
  public static final int MAX_NUMBER_LENGTH = 100_000;

  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_DEPTH)
                          .maxNumberLength(MAX_NUMBER_LENGTH)
                          // names as long as string values: both are text of the event
                          .maxNameLength(Integer.MAX_VALUE)
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

    /**
     * Whether the text went beyond a limit of this reader ({@code nesting depth over 100000})
     * rather than breaking JSON's grammar: JSON itself sets no such limit.
     */
    public final boolean readerLimit;

    NotJson(String problem, int line, int column, long position, Throwable cause) {
      this(problem, line, column, position, false, cause);
    }

    NotJson(
        String problem, int line, int column, long position, boolean readerLimit, Throwable cause) {
      super(problem, cause);
      this.problem = problem;
      this.line = line;
      this.column = column;
      this.position = position;
      this.readerLimit = readerLimit;
    }

    /**
     * How the problem reads after a file name or line number: {@code not JSON: <problem>} or {@code
     * not read: beyond a reader limit: <problem>}; {@code where} (a column, say) follows the first
     * words when not empty.
     */
    public String describe(String where) {
      return (readerLimit
              ? "not read" + where + ": beyond a reader limit: "
              : "not JSON" + where + ": ")
          + problem;
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

  /** Jackson's words for one of its limits: {@code Document nesting depth (100001) exceeds ...}. */
  private static final Pattern LIMIT =
      Pattern.compile("(.+?) \\((\\d+)\\) exceeds the maximum [a-z ]*\\((\\d+).*", Pattern.DOTALL);

  /**
   * A limit of the reader, in words that say which limit and its value. Jackson's own count is
   * where it stopped, which for a name or number can be the size of a buffer rather than of what
   * the text held, so only the limit is given.
   */
  private static String limit(String message) {
    Matcher m = LIMIT.matcher(message);
    if (!m.matches()) {
      return INTERNALS.matcher(message).replaceAll("");
    }
    String what = m.group(1).toLowerCase(java.util.Locale.ROOT);
    String max = m.group(3);
    if (what.contains("nesting depth")) {
      return "nesting depth over " + max;
    }
    if (what.startsWith("number")) {
      return "a number longer than " + max + " characters";
    }
    return what + " over " + max;
  }

  private static NotJson notJson(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      JsonLocation at = e.getLocation();
      return at == null
          ? new NotJson(limit(message), 0, 0, 0, true, e)
          : new NotJson(
              limit(message),
              Math.max(0, at.getLineNr()),
              Math.max(0, at.getColumnNr()),
              at.getCharOffset() >= 0 ? at.getCharOffset() + 1 : 0,
              true,
              e);
    }
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
