package dev.plumbline.samples;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The sample events bundled with the storefront pipeline: sessions of shoppers and anonymous
 * visitors, one JSON event per line (NDJSON), with some bad lines the way real traffic has them.
 * The resource's {@code README.md} lists which lines are bad and how.
 *
 * <pre>{@code
 * ImmutableList<String> lines = StorefrontEvents.lines();
 * lines.size(); // 240
 * }</pre>
 */
public final class StorefrontEvents {
  /** The classpath resource holding the events. */
  public static final String RESOURCE = "/dev/plumbline/samples/storefront-events.ndjson";

  private StorefrontEvents() {}

  /**
   * Every line of the bundled file, in order, without line ends; line {@code n} (1-based) is at
   * index {@code n - 1}.
   *
   * @throws UncheckedIOException if the resource cannot be read (a broken build)
   */
  public static ImmutableList<String> lines() {
    try (InputStream in = StorefrontEvents.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("resource not found: " + RESOURCE));
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().collect(ImmutableList.toImmutableList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
