package dev.plumbline.samples;

import dev.plumbline.core.Pipeline;

/**
 * Builds the storefront pipeline and prints a summary of it. Run it with:
 *
 * <pre>
 * mvn -B -q package -DskipTests -pl samples -am
 * java -jar samples/target/plumbline-samples.jar
 * </pre>
 */
public final class StorefrontDemo {
  private StorefrontDemo() {}

  /** Prints the summary of {@link StorefrontPipeline} and the number of bundled sample events. */
  public static void main(String[] args) {
    Pipeline pipeline = StorefrontPipeline.pipeline();
    System.out.print(new StorefrontSummary().render(pipeline));
    System.out.println();
    System.out.println(
        "Sample events: "
            + StorefrontEvents.lines().size()
            + " lines bundled in "
            + StorefrontEvents.RESOURCE);
  }
}
