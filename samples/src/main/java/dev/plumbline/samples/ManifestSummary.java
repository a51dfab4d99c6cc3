package dev.plumbline.samples;

import dev.plumbline.core.Pipeline;
import dev.plumbline.core.manifest.Manifest;
import dev.plumbline.core.manifest.Manifests;

/**
 * The compiled manifest of a pipeline, in a few lines: its size and digests without an environment
 * and for each environment (whose spec digests are equal: same plan, steps and routes everywhere).
 *
 * <pre>{@code
 * System.out.print(new ManifestSummary().render(StorefrontPipeline.pipeline()));
 * }</pre>
 */
public final class ManifestSummary {

  /** Renders the summary; lines end with {@code \n}. */
  public String render(Pipeline pipeline) {
    StringBuilder out = new StringBuilder();
    Manifest base = Manifests.compile(pipeline);
    out.append("Manifest (")
        .append(Manifests.API_VERSION)
        .append("): ")
        .append(base.bytes().length)
        .append(" bytes of canonical JSON\n");
    out.append(String.format("  %-12s digest %s%n", "(no env)", base.digest()));
    for (String env : pipeline.environments().keySet()) {
      Manifest m = Manifests.compile(pipeline, env);
      out.append(String.format("  %-12s digest %s%n", env, m.digest()));
    }
    out.append(String.format("  %-12s spec   %s%n", "every env", base.specDigest()));
    return out.toString();
  }
}
