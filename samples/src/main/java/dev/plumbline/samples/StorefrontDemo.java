package dev.plumbline.samples;

import dev.plumbline.core.Pipeline;

/**
 * Builds the storefront pipeline, prints a summary of it and of its compiled manifest, then
 * validates the bundled sample events and prints what enforcement did with each. Run it with:
 *
 * <pre>
 * mvn -B -q package -DskipTests -pl samples -am
 * java -jar samples/target/plumbline-samples.jar
 * </pre>
 */
public final class StorefrontDemo {
  private StorefrontDemo() {}

  /**
   * Prints the summaries of {@link StorefrontPipeline} and the validation report of its samples.
   */
  public static void main(String[] args) {
    Pipeline pipeline = StorefrontPipeline.pipeline();
    System.out.print(new StorefrontSummary().render(pipeline));
    System.out.println();
    System.out.print(new ManifestSummary().render(pipeline));
    System.out.println();
    System.out.println(
        "Validating the "
            + StorefrontEvents.lines().size()
            + " sample events bundled in "
            + StorefrontEvents.RESOURCE
            + " against the plan and its enforcement policies:");
    System.out.print(new SampleValidationReport().render(pipeline, StorefrontEvents.lines()));
  }
}
