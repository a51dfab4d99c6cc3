package dev.plumbline.core.manifest;

import static java.util.Objects.requireNonNull;

import dev.plumbline.core.Pipeline;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A pipeline compiled to its portable form: canonical JSON text and two digests. Equal pipelines
 * compiled for the same environment give identical text, on any machine.
 *
 * <pre>{@code
 * Manifest staging = Manifests.compile(pipeline, "staging");
 * Files.write(Path.of("build/storefront.staging.json"), staging.bytes());
 * staging.digest();      // sha256:... of the whole manifest (without its digests)
 * staging.specDigest();  // sha256:... of plan, policies, steps, destinations and routes;
 *                        // equal for the staging and prod manifests of one pipeline
 * }</pre>
 *
 * @param pipeline the pipeline the manifest declares
 * @param environment the environment it was compiled for, if any
 * @param json the canonical manifest text (UTF-8, LF, 2-space indent, trailing newline)
 * @param digest {@code sha256:<hex>} of the canonical text without {@code metadata.digests}
 * @param specDigest {@code sha256:<hex>} of the canonical {@code spec} without {@code
 *     spec.environments}
 */
public record Manifest(
    Pipeline pipeline,
    Optional<String> environment,
    String json,
    String digest,
    String specDigest) {

  public Manifest {
    requireNonNull(pipeline, "pipeline");
    requireNonNull(environment, "environment");
    requireNonNull(json, "json");
    requireNonNull(digest, "digest");
    requireNonNull(specDigest, "specDigest");
  }

  /** The manifest text as UTF-8 bytes, ready to write to a file. */
  public byte[] bytes() {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
