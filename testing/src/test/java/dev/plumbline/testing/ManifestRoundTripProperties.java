package dev.plumbline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.plumbline.core.Pipeline;
import dev.plumbline.core.manifest.Manifest;
import dev.plumbline.core.manifest.Manifests;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.validation.ManifestReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ManifestRoundTripProperties {

  @Property(tries = 1000)
  void loadOfCompileGivesBackThePipeline(@ForAll("pipelines") Pipeline p) {
    Manifest m = Manifests.compile(p);
    Manifest loaded = Manifests.load(m.json());
    assertThat(loaded.pipeline()).isEqualTo(p);
    assertThat(ManifestReader.read(m.json()).pipeline()).isEqualTo(p);
    assertThat(Manifests.compile(loaded.pipeline()).bytes()).isEqualTo(m.bytes());
    assertThat(loaded.digest()).isEqualTo(m.digest());
    assertThat(loaded.specDigest()).isEqualTo(m.specDigest());
  }

  @Property(tries = 200)
  void equalPipelinesGiveIdenticalBytesWhateverTheDeclarationOrder(
      @ForAll("pipelines") Pipeline p) {
    Pipeline reordered = reversed(p);
    assertThat(reordered).isEqualTo(p);
    assertThat(Manifests.compile(reordered).json()).isEqualTo(Manifests.compile(p).json());
  }

  @Property(tries = 200)
  void anyChangeChangesTheDigest(@ForAll("pipelines") Pipeline p) {
    Manifest m = Manifests.compile(p);

    Pipeline bumped = withPlan(p, withVersion(p.plan(), bump(p.plan().version())));
    Manifest b = Manifests.compile(bumped);
    assertThat(b.digest()).isNotEqualTo(m.digest());
    assertThat(b.specDigest()).isNotEqualTo(m.specDigest());

    Pipeline renamed =
        new Pipeline(
            p.name() + "2", p.plan(), p.steps(), p.destinations(), p.routes(), p.environments());
    Manifest r = Manifests.compile(renamed);
    assertThat(r.digest()).isNotEqualTo(m.digest());
    assertThat(r.specDigest()).as("the name is metadata, not spec").isEqualTo(m.specDigest());
  }

  @Property(tries = 300)
  void environmentsShareTheSpecDigestAndDifferInTheManifestDigest(@ForAll("pipelines") Pipeline p) {
    Manifest none = Manifests.compile(p);
    List<String> digests = new ArrayList<>();
    digests.add(none.digest());
    for (String env : p.environments().keySet()) {
      Manifest m = Manifests.compile(p, env);
      assertThat(m.specDigest()).isEqualTo(none.specDigest());
      assertThat(m.environment()).contains(env);
      Manifest loaded = ManifestReader.read(m.json());
      assertThat(loaded.environment()).contains(env);
      assertThat(loaded.pipeline()).isEqualTo(p);
      digests.add(m.digest());
    }
    assertThat(digests).doesNotHaveDuplicates();
  }

  @Provide
  Arbitrary<Pipeline> pipelines() {
    return PipelineArbitraries.pipelines();
  }

  private static String bump(String semver) {
    int dash = semver.indexOf('-');
    String core = dash < 0 ? semver : semver.substring(0, dash);
    String[] parts = core.split("\\.");
    return parts[0] + "." + parts[1] + "." + (Integer.parseInt(parts[2]) + 1);
  }

  private static TrackingPlan withVersion(TrackingPlan t, String version) {
    return new TrackingPlan(
        t.name(), version, t.events(), t.customTypes(), t.categories(), t.policies());
  }

  private static Pipeline withPlan(Pipeline p, TrackingPlan plan) {
    return new Pipeline(p.name(), plan, p.steps(), p.destinations(), p.routes(), p.environments());
  }

  /** The same pipeline with every map declared in reverse order. */
  private static Pipeline reversed(Pipeline p) {
    TrackingPlan t = p.plan();
    TrackingPlan plan =
        new TrackingPlan(
            t.name(),
            t.version(),
            reverse(t.events()),
            reverse(t.customTypes()),
            reverse(t.categories()),
            reverse(t.policies()));
    return new Pipeline(
        p.name(),
        plan,
        p.steps(),
        reverse(p.destinations()),
        p.routes(),
        reverse(p.environments()));
  }

  private static <K, V> ImmutableMap<K, V> reverse(Map<K, V> map) {
    Map<K, V> out = new LinkedHashMap<>();
    ImmutableList.copyOf(map.keySet()).reverse().forEach(k -> out.put(k, map.get(k)));
    return ImmutableMap.copyOf(out);
  }
}
