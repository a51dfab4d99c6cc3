package dev.plumbline.core.manifest;

import static dev.plumbline.core.conditions.Conditions.*;
import static dev.plumbline.core.steps.Steps.*;
import static dev.plumbline.core.types.Types.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.core.EventType;
import dev.plumbline.core.Literal;
import dev.plumbline.core.PiiCategory;
import dev.plumbline.core.Pipeline;
import dev.plumbline.core.Problem;
import dev.plumbline.core.env.Environment;
import dev.plumbline.core.plan.EnforcementPolicy;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.plan.UnplannedEventAction;
import dev.plumbline.core.plan.UnplannedPropertyAction;
import dev.plumbline.core.plan.ViolationAction;
import dev.plumbline.core.routing.Contract;
import dev.plumbline.core.routing.Destination;
import dev.plumbline.core.routing.Route;
import dev.plumbline.core.routing.SecretRef;
import dev.plumbline.core.steps.CastTarget;
import dev.plumbline.core.steps.Normalization;
import dev.plumbline.core.types.JsonSchemaType;
import dev.plumbline.core.types.Property;
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.core.types.Variants;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ManifestsTest {

  /**
   * A plan whose types nest as deep as an import of the deepest schema gives (about 500 typed
   * levels) compiles and loads back on an ordinary thread: both run on a thread with room.
   */
  @Test
  void aDeeplyNestedPlanCompilesAndLoadsOnAnOrdinaryThread() throws Exception {
    dev.plumbline.core.types.DataType type = string();
    for (int i = 0; i < 600; i++) {
      type = object().required("a", type);
    }
    Pipeline deep =
        Pipeline.named("deep")
            .plan(TrackingPlan.named("deep").event(EventSpec.track("E").required("a", type)))
            .build();
    Manifest compiled = Manifests.compile(deep);
    Manifest read = Manifests.load(compiled.json());
    assertThat(read.digest()).isEqualTo(compiled.digest());
    // (record equality recurses per level too)
    java.util.concurrent.atomic.AtomicBoolean same =
        new java.util.concurrent.atomic.AtomicBoolean();
    Thread compare =
        new Thread(null, () -> same.set(read.pipeline().equals(deep)), "roomy", 512L << 20);
    compare.start();
    compare.join();
    assertThat(same).isTrue();
  }

  /** The pipeline of docs/MANIFEST.md's example. */
  static Pipeline storefront() {
    TrackingPlan plan =
        TrackingPlan.named("storefront")
            .version("1.4.0")
            .category("Ecommerce", "Browsing and buying")
            .customType(
                "Product",
                object()
                    .required("sku", string().minLength(1).pattern("^[A-Z0-9-]+$"))
                    .required("price", number().min(0).multipleOf(new BigDecimal("0.01"))))
            .event(
                EventSpec.track("Order Completed")
                    .description("A customer paid for an order")
                    .category("Ecommerce")
                    .owner("checkout-team")
                    .required("order_id", string().minLength(1))
                    .required("revenue", number().exclusiveMin(0))
                    .required("products", array(ref("Product")).minItems(1))
                    .optional("coupon", nullable(string()))
                    .required("method", enumOf("card", "paypal"))
                    .variants(
                        Variants.on("method")
                            .when(
                                "Card",
                                List.of("card"),
                                Map.of("last4", Property.required(string().minLength(4))))))
            .event(
                EventSpec.identify("Identify")
                    .property(
                        "email",
                        Property.required(string().format(StringFormat.EMAIL))
                            .pii(PiiCategory.EMAIL)
                            .description("Login email"))
                    .optional("age", JsonSchemaType.of("{\"type\":\"integer\",\"minimum\":13}")))
            .policy(
                EventType.TRACK,
                EnforcementPolicy.DEFAULT
                    .unplannedEvent(UnplannedEventAction.DROP)
                    .unplannedProperty(UnplannedPropertyAction.STRIP)
                    .otherViolation(ViolationAction.QUARANTINE)
                    .propagateViolations(true))
            .build();
    return Pipeline.named("storefront")
        .plan(plan)
        .steps(
            normalize("traits.email", Normalization.TRIM, Normalization.LOWERCASE),
            filter(equalTo("context.app.env", "test")))
        .destination(
            Destination.named("warehouse")
                .kind("snowflake")
                .setting("password", SecretRef.env("SNOWFLAKE_PASSWORD"))
                .setting("schema", "EVENTS")
                .contract(Contract.acceptingAllEvents().acceptPii(PiiCategory.values())))
        .destination(
            Destination.named("email")
                .kind("braze")
                .setting("api_key", SecretRef.env("BRAZE_KEY"))
                .contract(
                    Contract.acceptingEvents("Order Completed", "Identify")
                        .requireFields("userId")))
        .route(Route.to("warehouse"))
        .route(
            Route.to("email")
                .named("lifecycle-to-email")
                .when(or(eventIn("Order Completed"), typeIn(EventType.IDENTIFY)))
                .steps(
                    hash("traits.email").withSalt(SecretRef.env("EMAIL_SALT")),
                    cast("properties.revenue", CastTarget.NUMBER),
                    setDefault("properties.currency", Literal.of("USD"))))
        .environment(
            Environment.named("staging")
                .destination("email", o -> o.disabled())
                .destination("warehouse", o -> o.sampling(0.25).setting("schema", "STAGING")))
        .environment(Environment.named("prod"))
        .build();
  }

  @Test
  void loadOfCompileGivesBackThePipelineAndTheSameBytes() {
    Pipeline p = storefront();
    Manifest m = Manifests.compile(p);
    Manifest loaded = Manifests.load(m.json());
    assertThat(loaded.pipeline()).isEqualTo(p);
    assertThat(loaded.json()).isEqualTo(m.json());
    assertThat(Manifests.load(m.bytes()).bytes()).isEqualTo(m.bytes());
    assertThat(loaded.environment()).isEmpty();
  }

  @Test
  void canonicalTextHasFixedLayout() {
    String json = Manifests.compile(storefront(), "staging").json();
    assertThat(json)
        .startsWith("{\n  \"apiVersion\": \"plumbline.dev/v1\",\n  \"kind\": \"Pipeline\",");
    assertThat(json).endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
    assertThat(json).contains("\"environment\": \"staging\"");
    assertThat(json.indexOf("\"email\": {")).isLessThan(json.indexOf("\"warehouse\": {"));
    assertThat(json).contains("\"password\": \"${env:SNOWFLAKE_PASSWORD}\"");
    assertThat(json).contains("\"multipleOf\": 0.01").contains("\"sampling\": 0.25");
  }

  @Test
  void environmentsShareTheSpecDigestButNotTheManifestDigest() {
    Pipeline p = storefront();
    Manifest none = Manifests.compile(p);
    Manifest staging = Manifests.compile(p, "staging");
    Manifest prod = Manifests.compile(p, "prod");
    assertThat(staging.specDigest()).isEqualTo(prod.specDigest()).isEqualTo(none.specDigest());
    assertThat(staging.digest()).isNotEqualTo(prod.digest()).isNotEqualTo(none.digest());
    assertThat(staging.digest()).matches("sha256:[0-9a-f]{64}");
    assertThat(Manifests.load(staging.json()).environment()).contains("staging");
  }

  @Test
  void unknownEnvironmentIsNamedWithTheDeclaredOnes() {
    assertThatThrownBy(() -> Manifests.compile(storefront(), "qa"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'qa'")
        .hasMessageContaining("staging")
        .hasMessageContaining("prod");
  }

  @Test
  void unsupportedApiVersionIsOneClearProblem() throws Exception {
    ObjectNode tree = tree(Manifests.compile(storefront()));
    tree.put("apiVersion", "plumbline.dev/v9");
    tree.remove("kind");
    assertThat(problems(tree.toString()))
        .containsExactly(
            new Problem(
                "/apiVersion",
                "unsupported apiVersion 'plumbline.dev/v9'; this Plumbline reads plumbline.dev/v1"));
  }

  @Test
  void everyStructuralProblemIsReportedWithItsPointer() throws Exception {
    ObjectNode tree = tree(Manifests.compile(storefront()));
    ObjectNode spec = (ObjectNode) tree.get("spec");
    ((ObjectNode) spec.get("routes").get(1)).remove("destination");
    ((ObjectNode) spec.get("routes").get(1).get("steps").get(0)).put("kind", "explode");
    ((ObjectNode) spec.at("/plan/customTypes/Product/type/properties/sku/type"))
        .put("minLength", "one");
    ((ObjectNode) spec.at("/plan/events/Identify")).put("colour", "red");
    ((ObjectNode) spec.at("/plan/events/Order Completed/properties/method/type"))
        .put("type", "set");
    assertThat(problems(tree.toString()))
        .extracting(Problem::path)
        .containsExactlyInAnyOrder(
            "/spec/plan/customTypes/Product/type/properties/sku/type/minLength",
            "/spec/plan/events/Identify/colour",
            "/spec/plan/events/Order Completed/properties/method/type/type",
            "/spec/routes/1/destination",
            "/spec/routes/1/steps/0/kind");
  }

  @Test
  void modelProblemsBecomePointerProblems() throws Exception {
    ObjectNode tree = tree(Manifests.compile(storefront()));
    ((ObjectNode) tree.at("/spec/routes/1")).put("destination", "nowhere");
    assertThat(problems(tree.toString()))
        .extracting(Problem::path)
        .containsExactly("/spec/routes/1/destination");
    ObjectNode other = tree(Manifests.compile(storefront()));
    ((ObjectNode) other.at("/spec/plan/events/Order Completed/properties/products/type/items"))
        .put("name", "Missing");
    assertThat(problems(other.toString()))
        .extracting(Problem::path)
        .containsExactly("/spec/plan/events/Order Completed/properties/products/items");
  }

  @Test
  void editsAfterCompileAreCaughtByTheDigests() throws Exception {
    ObjectNode tree = tree(Manifests.compile(storefront()));
    ((ObjectNode) tree.at("/spec/plan/events/Identify")).put("description", "edited by hand");
    assertThat(problems(tree.toString()))
        .extracting(Problem::path)
        .containsExactly("/metadata/digests/manifest", "/metadata/digests/spec");
    ObjectNode envEdit = tree(Manifests.compile(storefront()));
    ((ObjectNode) envEdit.at("/spec/environments/staging/destinations/warehouse"))
        .put("sampling", 0.5);
    List<Problem> envProblems = problems(envEdit.toString());
    assertThat(envProblems).extracting(Problem::path).containsExactly("/metadata/digests/manifest");
    assertThat(envProblems.get(0).message()).contains("edited after compile or is stale");
  }

  @Test
  void reformattingDoesNotChangeWhatIsLoaded() throws Exception {
    Manifest m = Manifests.compile(storefront());
    String minified = new ObjectMapper().writeValueAsString(tree(m));
    assertThat(Manifests.load(minified).json()).isEqualTo(m.json());
  }

  @Test
  void namesLongerThanJacksonsDefaultLimitLoadBack() {
    String name = "E" + "x".repeat(60_000);
    Pipeline p =
        Pipeline.named("long")
            .plan(TrackingPlan.named("long").event(EventSpec.track(name).optional(name, string())))
            .build();

    assertThat(Manifests.load(Manifests.compile(p).bytes()).pipeline()).isEqualTo(p);
  }

  @Test
  void aProblemOfTheDocumentItselfPrintsAsRoot() {
    ManifestException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ManifestException.class, () -> Manifests.load("[1]"));

    assertThat(e.problems())
        .extracting(Problem::toString)
        .singleElement()
        .asString()
        .startsWith("(root): ");
    assertThat(new Problem("/spec", "m")).hasToString("/spec: m");
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    Manifest m = Manifests.compile(storefront());
    byte[] text = m.bytes();
    byte[] marked = new byte[text.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(text, 0, marked, 3, text.length);

    assertThat(Manifests.load(marked).bytes()).isEqualTo(text);
  }

  @Test
  void notJsonAndDuplicateKeysReportWhere() {
    assertThat(problems("{\n  \"apiVersion\": \"plumbline.dev/v1\",\n  oops\n}"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("line 3"));
    assertThat(problems("{\"apiVersion\": \"plumbline.dev/v1\", \"apiVersion\": \"x\"}"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("Duplicate field 'apiVersion'"));
    assertThatThrownBy(() -> Manifests.load("[1]".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("must be a JSON object");
  }

  @Test
  void secretsStaySecretsAndTextStaysText() throws Exception {
    ObjectNode tree = tree(Manifests.compile(storefront()));
    ((ObjectNode) tree.at("/spec/destinations/warehouse/settings")).put("schema", "${oops}");
    assertThat(problems(tree.toString()))
        .extracting(Problem::path)
        .containsExactly("/spec/destinations/warehouse/settings/schema");
    assertThat(
            Manifests.load(Manifests.compile(storefront()).json())
                .pipeline()
                .destinations()
                .get("warehouse")
                .settings()
                .get("password"))
        .isEqualTo(SecretRef.env("SNOWFLAKE_PASSWORD"));
  }

  @Test
  void theDocumentedExampleIsWhatCompileWrites() throws Exception {
    String doc = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/MANIFEST.md"));
    String example = doc.substring(doc.indexOf("```json\n", doc.indexOf("## Full example")) + 8);
    example = example.substring(0, example.indexOf("```"));
    assertThat(example).isEqualTo(Manifests.compile(storefront(), "staging").json());
  }

  @Test
  void schemaResourceIsPublished() {
    assertThat(Manifests.schemaJson()).contains("\"$schema\"");
  }

  @Test
  void emptyAcceptedEventsDiffersFromAbsent() {
    Pipeline base = storefront();
    Pipeline none =
        Pipeline.named("x")
            .plan(base.plan())
            .destination(
                new Destination(
                    "d",
                    "k",
                    com.google.common.collect.ImmutableMap.of(),
                    new Contract(
                        com.google.common.collect.ImmutableSet.of(),
                        com.google.common.collect.ImmutableSet.of(),
                        Optional.of(com.google.common.collect.ImmutableSet.of()))))
            .build();
    Manifest m = Manifests.compile(none);
    assertThat(m.json()).contains("\"acceptedEvents\": []");
    assertThat(Manifests.load(m.json()).pipeline()).isEqualTo(none);
  }

  private static ObjectNode tree(Manifest m) throws Exception {
    return (ObjectNode) new ObjectMapper().readTree(m.json());
  }

  private static List<Problem> problems(String json) {
    try {
      Manifests.load(json);
    } catch (ManifestException e) {
      return e.problems();
    }
    throw new AssertionError("expected a ManifestException");
  }
}
