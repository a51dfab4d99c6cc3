package dev.plumbline.validation;

import static dev.plumbline.core.conditions.Conditions.*;
import static dev.plumbline.core.steps.Steps.*;
import static dev.plumbline.core.types.Types.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.core.EventType;
import dev.plumbline.core.PiiCategory;
import dev.plumbline.core.Pipeline;
import dev.plumbline.core.Problem;
import dev.plumbline.core.env.Environment;
import dev.plumbline.core.manifest.Manifest;
import dev.plumbline.core.manifest.ManifestException;
import dev.plumbline.core.manifest.Manifests;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.routing.Contract;
import dev.plumbline.core.routing.Destination;
import dev.plumbline.core.routing.Route;
import dev.plumbline.core.routing.SecretRef;
import dev.plumbline.core.steps.Normalization;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.JsonSchemaType;
import dev.plumbline.core.types.StringFormat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Pipeline pipeline() {
    return Pipeline.named("shop")
        .plan(
            TrackingPlan.named("shop")
                .version("2.0.1")
                .customType("Money", number().min(0))
                .event(
                    EventSpec.track("Order Completed")
                        .required("order id", string().minLength(1))
                        .required("total", ref("Money")))
                .event(
                    EventSpec.identify("Identify")
                        .required("email", string().format(StringFormat.EMAIL), PiiCategory.EMAIL)))
        .steps(normalize("traits.email", Normalization.LOWERCASE))
        .destination(
            Destination.named("a/b warehouse")
                .kind("snowflake")
                .setting("password", SecretRef.env("PW"))
                .setting("region", "eu")
                .contract(Contract.acceptingAllEvents().acceptPii(PiiCategory.EMAIL)))
        .route(Route.to("a/b warehouse").when(typeIn(EventType.TRACK, EventType.IDENTIFY)))
        .environment(Environment.named("dev").destination("a/b warehouse", o -> o.sampling(0.5)))
        .build();
  }

  private static ObjectNode tree() throws Exception {
    return (ObjectNode) JSON.readTree(Manifests.compile(pipeline()).json());
  }

  private static List<Problem> problems(Consumer<ObjectNode> edit) throws Exception {
    ObjectNode t = tree();
    edit.accept(t);
    try {
      ManifestReader.read(JSON.writeValueAsString(t));
    } catch (ManifestException e) {
      return e.problems();
    }
    throw new AssertionError("expected a ManifestException");
  }

  @Test
  void aPlanReadBackFromItsManifestReportsLikeTheDeclaredOne() throws Exception {
    // Declared out of name order, with a nested object and variants: the manifest lists properties
    // by name, the loaded plan equals the declared one, and so must every result and decision.
    TrackingPlan declared =
        TrackingPlan.named("p")
            .event(
                EventSpec.track("E")
                    .required("zeta", string().minLength(2))
                    .optional("beta", integer())
                    .optional(
                        "nested",
                        object()
                            .required("y", bool())
                            .required("b", bool())
                            .optional("m", integer()))
                    .required("alpha", number().min(0)))
            .build();
    Pipeline pipeline = Pipeline.named("p").plan(declared).build();
    TrackingPlan loaded = ManifestReader.read(Manifests.compile(pipeline).json()).pipeline().plan();
    assertThat(loaded).isEqualTo(declared);

    ObjectNode event =
        (ObjectNode)
            JSON.readTree(
                "{\"type\":\"track\",\"event\":\"E\",\"properties\":{\"zeta\":\"z\","
                    + "\"beta\":\"x\",\"nested\":{\"m\":\"q\",\"u\":1},\"alpha\":-1,\"extra\":1}}");
    ValidationResult fromDeclared = EventValidator.compile(declared).validate(event);
    assertThat(EventValidator.compile(loaded).validate(event)).isEqualTo(fromDeclared);
    assertThat(fromDeclared.violations())
        .extracting(Violation::code, Violation::instancePointer)
        .containsExactly(
            tuple(ViolationCode.RANGE, "/properties/alpha"),
            tuple(ViolationCode.TYPE_MISMATCH, "/properties/beta"),
            tuple(ViolationCode.REQUIRED_MISSING, "/properties/nested/b"),
            tuple(ViolationCode.TYPE_MISMATCH, "/properties/nested/m"),
            tuple(ViolationCode.REQUIRED_MISSING, "/properties/nested/y"),
            tuple(ViolationCode.UNPLANNED_PROPERTY, "/properties/nested/u"),
            tuple(ViolationCode.LENGTH, "/properties/zeta"),
            tuple(ViolationCode.UNPLANNED_PROPERTY, "/properties/extra"));
    assertThat(Enforcer.of(loaded).enforce(event)).isEqualTo(Enforcer.of(declared).enforce(event));
  }

  @Test
  void everitLoadsTheSchemaAndACompiledManifestReadsBack() {
    assertThat(ManifestReader.schema()).isNotNull();
    Manifest m = Manifests.compile(pipeline(), "dev");
    Manifest read = ManifestReader.read(m.json());
    assertThat(read.pipeline()).isEqualTo(pipeline());
    assertThat(read.json()).isEqualTo(m.json());
    assertThat(read.environment()).contains("dev");
  }

  @Test
  void readsFilesAndStreams(@TempDir Path dir) throws Exception {
    Manifest m = Manifests.compile(pipeline());
    Path file = dir.resolve("shop.json");
    Files.write(file, m.bytes());
    assertThat(ManifestReader.read(file).digest()).isEqualTo(m.digest());
    assertThat(ManifestReader.read(new ByteArrayInputStream(m.bytes())).digest())
        .isEqualTo(m.digest());
  }

  @Test
  void unsupportedApiVersionIsCheckedBeforeTheSchema() throws Exception {
    assertThat(
            problems(
                t -> {
                  t.put("apiVersion", "plumbline.dev/v2");
                  t.remove("spec");
                  t.put("colour", "red");
                }))
        .containsExactly(
            new Problem(
                "/apiVersion",
                "unsupported apiVersion 'plumbline.dev/v2'; this Plumbline reads plumbline.dev/v1"));
  }

  @Test
  void eachKindOfSchemaErrorHasItsPointer() throws Exception {
    assertThat(problems(t -> ((ObjectNode) t.at("/spec/routes/0")).put("colour", "red")))
        .containsExactly(new Problem("/spec/routes/0", "extraneous key [colour] is not permitted"));
    assertThat(problems(t -> ((ObjectNode) t.at("/spec/routes/0")).remove("destination")))
        .containsExactly(new Problem("/spec/routes/0", "required key [destination] not found"));
    assertThat(problems(t -> orderId(t).put("minLength", "x")))
        .extracting(Problem::path)
        .containsExactly("/spec/plan/events/Order Completed/properties/order id/type/minLength");
    assertThat(problems(t -> orderId(t).put("type", "set")))
        .extracting(Problem::path)
        .containsExactly("/spec/plan/events/Order Completed/properties/order id/type/type");
    assertThat(problems(t -> ((ArrayNode) t.at("/spec/steps")).addObject().put("kind", "explode")))
        .extracting(Problem::path)
        .containsExactly("/spec/steps/1/kind");
    assertThat(problems(t -> ((ObjectNode) t.at("/spec/routes/0/when")).put("op", "xor")))
        .extracting(Problem::path)
        .containsExactly("/spec/routes/0/when/op");
    assertThat(problems(t -> ((ObjectNode) t.at("/metadata/digests")).put("spec", "md5:1")))
        .extracting(Problem::path)
        .containsExactly("/metadata/digests/spec");
  }

  @Test
  void namesWithSlashesAreEscapedInPointers() throws Exception {
    assertThat(
            problems(
                t ->
                    ((ObjectNode) t.at("/spec/environments/dev/destinations/a~1b warehouse"))
                        .put("sampling", 2)))
        .containsExactly(
            new Problem(
                "/spec/environments/dev/destinations/a~1b warehouse/sampling",
                "2 is not less or equal to 1"));
    List<Problem> secret =
        problems(
            t ->
                ((ObjectNode) t.at("/spec/destinations/a~1b warehouse/settings"))
                    .put("region", "${oops}"));
    assertThat(secret)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("/spec/destinations/a~1b warehouse/settings/region");
              assertThat(p.message()).startsWith("matches none of the allowed forms");
            });
  }

  @Test
  void everySchemaErrorIsReportedAtOnce() throws Exception {
    assertThat(
            problems(
                t -> {
                  t.put("kind", "Pipe");
                  ((ObjectNode) t.at("/spec/routes/0")).remove("steps");
                  orderId(t).put("maxLength", -1);
                  ((ObjectNode) t.at("/spec/plan/customTypes/Money/type")).put("multipleOf", 0);
                }))
        .extracting(Problem::path)
        .containsExactlyInAnyOrder(
            "/kind",
            "/spec/routes/0",
            "/spec/plan/events/Order Completed/properties/order id/type/maxLength",
            "/spec/plan/customTypes/Money/type/multipleOf");
  }

  @Test
  void aSchemaValidManifestStillGetsTheModelAndDigestChecks() throws Exception {
    assertThat(problems(t -> ((ObjectNode) t.at("/spec/routes/0")).put("destination", "nowhere")))
        .extracting(Problem::path)
        .containsExactly("/spec/routes/0/destination");
    assertThat(problems(t -> ((ObjectNode) t.at("/metadata")).put("name", "renamed")))
        .extracting(Problem::path)
        .containsExactly("/metadata/digests/manifest");
  }

  @Test
  void notJsonReportsLineAndColumn() {
    assertThatThrownBy(() -> ManifestReader.read("{\n  \"apiVersion\": \"plumbline.dev/v1\",\n  ]"))
        .isInstanceOf(ManifestException.class)
        .satisfies(
            e -> {
              Problem p = ((ManifestException) e).problems().get(0);
              assertThat(p.path()).isEmpty();
              assertThat(p.message()).contains("line 3, column 3");
            });
    assertThatThrownBy(() -> ManifestReader.read("{\"apiVersion\": 1, \"apiVersion\": 2}"))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("Duplicate field 'apiVersion'");
    assertThatThrownBy(
            () ->
                ManifestReader.read(
                    new ByteArrayInputStream("\"x\"".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("must be a JSON object");
  }

  /** everit and org.json recurse per level: a deep plan overflowed the caller's stack. */
  @Test
  void deeplyNestedPlansReadBack() {
    DataType objects = string();
    for (int i = 0; i < 120; i++) {
      objects = object().optional("a", objects);
    }
    DataType arrays = string();
    for (int i = 0; i < 200; i++) {
      arrays = array(arrays);
    }
    Pipeline deep =
        Pipeline.named("shop")
            .plan(
                TrackingPlan.named("shop")
                    .event(EventSpec.track("E").required("o", objects).required("l", arrays)))
            .build();
    Manifest written = Manifests.compile(deep);
    Manifest read = ManifestReader.read(written.json());
    assertThat(read.digest()).isEqualTo(written.digest());
    assertThat(read.pipeline()).isEqualTo(deep);
  }

  /** A JSON Schema type may nest 1,000 levels; in a manifest it sits a few levels deeper. */
  @Test
  void aPlanHoldingTheDeepestJsonSchemaTypeReadsBack() throws Exception {
    int levels = 1000;
    JsonSchemaType deepest =
        JsonSchemaType.of("{\"items\":".repeat(levels - 1) + "{}" + "}".repeat(levels - 1));
    Pipeline deep =
        Pipeline.named("shop")
            .plan(TrackingPlan.named("shop").event(EventSpec.track("E").required("s", deepest)))
            .build();
    Manifest written = Manifests.compile(deep);
    Manifest read = ManifestReader.read(written.json());
    assertThat(read.digest()).isEqualTo(written.digest());
    assertThat(read.pipeline()).isEqualTo(deep);
    EventValidator validator = EventValidator.compile(read.pipeline().plan());
    String event = "{\"type\":\"track\",\"event\":\"E\",\"properties\":{\"s\":%s}}";
    assertThat(validator.validate(JSON.readTree(String.format(event, "[[[1]]]"))).valid()).isTrue();
    // a manifest edited to hold a deeper schema: one problem in words, no Jackson internals
    ObjectNode tree = (ObjectNode) Manifests.parse(written.bytes());
    ObjectNode holder = (ObjectNode) tree.at("/spec/plan/events/E/properties/s/type");
    ObjectNode deeper = JSON.createObjectNode();
    deeper.putObject("not").set("not", holder.get("schema"));
    holder.set("schema", deeper);
    assertThatThrownBy(() -> Manifests.load(tree))
        .hasMessageContaining(
            "/spec/plan/events/E/properties/s/type/schema: not a JSON Schema the model can keep:"
                + " the document nests more than 1000 levels of objects and arrays")
        .hasMessageNotContaining("StreamWriteConstraints");
    assertThatThrownBy(
            () -> JsonSchemaType.of("{\"items\":".repeat(levels) + "{}" + "}".repeat(levels)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nests more than 1000 levels of objects and arrays");
  }

  @Test
  void aNumberTooLongToWriteOutIsAProblemAtItsField() throws Exception {
    String path = "/spec/plan/customTypes/Money/type/minimum";
    String json =
        JSON.writeValueAsString(tree()).replace("\"minimum\":0", "\"minimum\":1e999999999");
    assertThat(json).contains("1e999999999");
    assertThatThrownBy(() -> ManifestReader.read(json))
        .isInstanceOf(ManifestException.class)
        .satisfies(
            e ->
                assertThat(((ManifestException) e).problems())
                    .extracting(Problem::path, Problem::message)
                    .contains(
                        tuple(
                            path,
                            "a number must be at most 1000 characters written out, got"
                                + " 1E+999999999 (1000000000 characters)")));
  }

  @Test
  void problemsWithoutAnEveritMessageSayWhatIsExpected() throws Exception {
    assertThat(problems(t -> t.put("kind", "Plan")))
        .extracting(Problem::path, Problem::message)
        .containsExactly(tuple("/kind", "expected \"Pipeline\""));
  }

  @Test
  void inputThatIsNoManifestTextSaysWhy() {
    assertThatThrownBy(() -> ManifestReader.read("  "))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("a manifest must be a JSON object, got nothing");
    String good = Manifests.compile(pipeline()).json();
    assertThatThrownBy(
            () ->
                ManifestReader.read(
                    new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_16BE))))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("not UTF-8: byte 0 is zero");
    assertThatThrownBy(() -> ManifestReader.read("[".repeat(10_001) + "]".repeat(10_001)))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining(
            "not read: Document nesting depth (10001) exceeds the maximum allowed (10000); a"
                + " manifest is read up to 10000 levels deep")
        .hasMessageNotContaining("StreamReadConstraints");
  }

  private static ObjectNode orderId(ObjectNode t) {
    return (ObjectNode) t.at("/spec/plan/events/Order Completed/properties/order id/type");
  }
}
