package dev.plumbline.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * How the command shows what an input held, so that the output says exactly that and nothing can
 * drive the terminal.
 *
 * <ul>
 *   <li>{@link #value}: a name, key or pointer taken from the input, in text output: a backslash is
 *       written {@code \\}, control characters {@code \n}, {@code \r}, {@code \t} or {@code
 *       \\u0007}, lone surrogates {@code \\uD83D}; so two different keys never print the same.
 *   <li>{@link #escapingLoneSurrogates}: every stream the command writes (text, JSON, errors): a
 *       lone surrogate, which no encoder can write, is written {@code \\uD83D} instead of the
 *       {@code ?} an encoder would put there. In JSON output that is the string escape of the same
 *       character.
 * </ul>
 *
 * <pre>{@code
 * Shown.value("a\\b" + (char) 7);   // prints a\\b\\u0007
 * }</pre>
 */
public final class Shown {
  private Shown() {}

  /** A name, key or pointer from the input as text output shows it; see the class comment. */
  public static String value(String s) {
    int i = 0;
    while (i < s.length() && !needsEscape(s, i)) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 8).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if (c == '\\') {
        out.append("\\\\");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (JsonInput.isControl(c) || Character.isSurrogate(c)) {
        appendEscape(out, c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean needsEscape(String s, int i) {
    char c = s.charAt(i);
    return c == '\\' || JsonInput.isControl(c) || Character.isSurrogate(c);
  }

  private static void appendEscape(StringBuilder out, char c) {
    out.append(String.format("\\u%04X", (int) c));
  }

  /**
   * A print writer over {@code out} that writes each lone surrogate as {@code \\uXXXX}; its error
   * state includes {@code out}'s, so a closed or full output is still seen by {@link
   * PrintWriter#checkError}.
   */
  public static PrintWriter escapingLoneSurrogates(PrintWriter out) {
    return new PrintWriter(new LoneSurrogates(out), true);
  }

  /**
   * Writes lone surrogates as {@code \\uXXXX}, pairs as they are; see {@link
   * #escapingLoneSurrogates}.
   */
  private static final class LoneSurrogates extends Writer {
    private final PrintWriter out;

    /** A high surrogate that ended the last write, waiting to see what follows it; or 0. */
    private char pending;

    LoneSurrogates(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
      write(java.nio.CharBuffer.wrap(buffer, offset, length), 0, length);
    }

    @Override
    public void write(String s, int offset, int length) {
      write((CharSequence) s, offset, length);
    }

    private void write(CharSequence s, int offset, int length) {
      int end = offset + length;
      int start = offset;
      for (int i = offset; i < end; i++) {
        char c = s.charAt(i);
        if (pending != 0) {
          if (Character.isLowSurrogate(c)) {
            out.write(pending);
            out.write(c);
            pending = 0;
            start = i + 1;
            continue;
          }
          out.write(escape(pending));
          pending = 0;
        }
        if (!Character.isSurrogate(c)) {
          continue;
        }
        if (Character.isHighSurrogate(c)
            && i + 1 < end
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++; // a pair, written with the text around it
          continue;
        }
        out.append(s, start, i);
        start = i + 1;
        if (Character.isHighSurrogate(c) && i + 1 == end) {
          pending = c; // its low half may come in the next write
        } else {
          out.write(escape(c));
        }
      }
      out.append(s, start, end);
    }

    private static String escape(char c) {
      return String.format("\\u%04X", (int) c);
    }

    @Override
    public void flush() throws IOException {
      if (pending != 0) {
        out.write(escape(pending));
        pending = 0;
      }
      if (out.checkError()) { // flushes
        throw new IOException("the output was closed or is full");
      }
    }

    @Override
    public void close() throws IOException {
      flush();
      out.close();
    }
  }
}
