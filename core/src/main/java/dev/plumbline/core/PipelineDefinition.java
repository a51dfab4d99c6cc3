package dev.plumbline.core;

/**
 * A class that declares a pipeline, found by name by the {@code plumbline compile} command and by
 * test tooling. Implement it in your own code with a public no-argument constructor:
 *
 * <pre>{@code
 * public final class StorefrontPipeline implements PipelineDefinition {
 *   @Override
 *   public Pipeline define() {
 *     return Pipeline.named("storefront").plan(plan()).destination(...).route(...).build();
 *   }
 * }
 * }</pre>
 *
 * <pre>
 * java -jar plumbline.jar compile --pipeline com.acme.StorefrontPipeline \
 *     --classpath target/classes --out build/plumbline
 * </pre>
 */
@FunctionalInterface
public interface PipelineDefinition {
  /** Declares the pipeline. Called once per compile; should be free of side effects. */
  Pipeline define();
}
