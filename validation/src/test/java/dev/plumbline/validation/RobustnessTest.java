package dev.plumbline.validation;

import static dev.plumbline.core.types.Types.array;
import static dev.plumbline.core.types.Types.object;
import static dev.plumbline.core.types.Types.string;
import static dev.plumbline.validation.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.plumbline.core.EventType;
import dev.plumbline.core.plan.EnforcementPolicy;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.JsonSchemaType;
import dev.plumbline.core.types.ObjectType;
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.core.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RobustnessTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final EventValidator VALIDATOR = EventValidator.compile(Fixtures.storefront());
  private static final String HUGE = "A".repeat(50 * 1024 * 1024);

  private static JsonNode nested(int depth, JsonNode leaf) {
    JsonNode node = leaf;
    for (int i = 0; i < depth; i++) {
      ObjectNode o = F.objectNode();
      o.set("a", node);
      node = o;
    }
    return node;
  }

  private static ObjectNode event(String name, JsonNode properties) {
    ObjectNode e = F.objectNode();
    e.put("type", "track");
    e.put("event", name);
    e.set("properties", properties);
    return e;
  }

  @Test
  void tenThousandLevelsOfNestingAreDataNotACrash() {
    JsonNode deep = nested(10_000, F.numberNode(1));
    ObjectNode open = F.objectNode();
    open.set("other", deep);
    assertThat(VALIDATOR.validate(event("Anything", open)).valid()).isTrue();

    ObjectNode closed = (ObjectNode) json(Fixtures.VALID_ORDER);
    closed.set("extra", deep);
    assertThat(VALIDATOR.validate(event("Order Completed", closed)).violations())
        .extracting(Violation::code, Violation::instancePointer)
        .containsExactly(tuple(ViolationCode.UNPLANNED_PROPERTY, "/properties/extra"));

    // uniqueItems compares items whole, however deep (equality does not recurse)
    TypeValidator unique = TypeValidator.compile(array(object().open()).uniqueItems(), Map.of());
    ArrayNode same = F.arrayNode().add(deep).add(nested(10_000, F.numberNode(1)));
    assertThat(unique.validate(same).violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.UNIQUE);
    ArrayNode distinct = F.arrayNode().add(deep).add(nested(10_000, F.numberNode(2)));
    assertThat(unique.validate(distinct).valid()).isTrue();
    TypeValidator uniqueSchema =
        TypeValidator.compile(JsonSchemaType.of("{\"uniqueItems\":true}"), Map.of());
    assertThat(uniqueSchema.validate(distinct).valid()).isTrue();
    assertThat(uniqueSchema.validate(same).violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.UNIQUE);

    Enforcer enforcer =
        Enforcer.of(
            TrackingPlan.named("p")
                .event(EventSpec.track("Anything").open())
                .policy(EventType.TRACK, EnforcementPolicy.DEFAULT.propagateViolations(true))
                .build());
    EnforcementDecision d = enforcer.enforce(event("Anything", open));
    assertThat(d).isInstanceOf(EnforcementDecision.Forward.class);
  }

  @Test
  void aPlanDeeperThanTheLimitReportsNestingTooDeep() {
    DataType type = Types.integer();
    for (int i = 0; i < 260; i++) {
      type = object().required("a", type);
    }
    TrackingPlan plan =
        TrackingPlan.named("deep").event(EventSpec.track("Deep").required("a", type)).build();
    ValidationResult r =
        EventValidator.compile(plan).validate(event("Deep", nested(261, F.numberNode(1))));
    assertThat(r.violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.NESTING_TOO_DEEP);
    assertThat(r.violations().get(0).instancePointer()).hasSize("/properties".length() + 2 * 255);
    // within the limit, as deep as the draft-07 engine goes: valid
    DataType within = Types.integer();
    for (int i = 0; i < 250; i++) {
      within = object().required("a", within);
    }
    assertThat(
            EventValidator.compile(
                    TrackingPlan.named("d")
                        .event(EventSpec.track("Deep").required("a", within))
                        .build())
                .validate(event("Deep", nested(251, F.numberNode(1))))
                .valid())
        .isTrue();
  }

  /**
   * A thread created with a small stack (128 KB; 224 KB overflowed at 256 levels): deep values are
   * validated on a thread with room, so no StackOverflowError escapes and the results are those of
   * an ordinary thread.
   */
  @Test
  void deepValuesAreValidatedAlikeOnThreadsWithSmallStacks() throws Exception {
    DataType type = Types.integer();
    for (int i = 0; i < 250; i++) {
      type = object().required("a", type);
    }
    EventValidator typed =
        EventValidator.compile(
            TrackingPlan.named("d").event(EventSpec.track("Deep").required("a", type)).build());
    TypeValidator recursive =
        TypeValidator.compile(
            JsonSchemaType.of("{\"properties\":{\"a\":{\"$ref\":\"#\"}},\"required\":[\"a\"]}"),
            Map.of());
    Enforcer enforcer = Enforcer.of(Fixtures.storefront());
    JsonNode deepValid = event("Deep", nested(251, F.numberNode(1)));
    JsonNode deepInvalid = event("Deep", nested(251, F.textNode("x")));
    JsonNode tenThousand = nested(10_000, F.numberNode(1));
    ObjectNode closed = (ObjectNode) json(Fixtures.VALID_ORDER);
    closed.set("extra", tenThousand);
    List<Object> onSmallStack = new java.util.concurrent.CopyOnWriteArrayList<>();
    Thread small =
        new Thread(
            null,
            () -> {
              try {
                onSmallStack.add(typed.validate(deepValid).valid());
                onSmallStack.add(typed.validate(deepInvalid).violations());
                onSmallStack.add(recursive.validate(tenThousand).violations());
                onSmallStack.add(enforcer.enforce(event("Order Completed", closed)).action());
              } catch (Throwable t) {
                onSmallStack.add(t);
              }
            },
            "small-stack",
            128 * 1024);
    small.start();
    small.join();

    assertThat(onSmallStack)
        .containsExactly(
            true,
            typed.validate(deepInvalid).violations(),
            recursive.validate(tenThousand).violations(),
            enforcer.enforce(event("Order Completed", closed)).action());
    assertThat(typed.validate(deepInvalid).violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.TYPE_MISMATCH);
    assertThat(recursive.validate(tenThousand).violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.NESTING_TOO_DEEP);
  }

  @Test
  void fiftyMegabyteStringsAreCheckedAndTruncatedInMessages() {
    ObjectType payload =
        object()
            .optional("sku", string().pattern("^[A-Z]+$").maxLength(10))
            .optional("email", string().format(StringFormat.EMAIL))
            .optional("uri", string().format(StringFormat.URI))
            .optional("tag", Types.enumOf("A"));
    TrackingPlan plan =
        TrackingPlan.named("big")
            .event(
                EventSpec.of(EventType.TRACK, "Big")
                    .property("p", dev.plumbline.core.types.Property.optional(payload)))
            .build();
    ObjectNode p = F.objectNode();
    TextNode huge = F.textNode(HUGE);
    p.set("sku", huge);
    p.set("email", huge);
    p.set("uri", huge);
    p.set("tag", huge);
    ObjectNode props = F.objectNode();
    props.set("p", p);
    ValidationResult r = EventValidator.compile(plan).validate(event("Big", props));
    assertThat(r.violations())
        .extracting(Violation::code)
        .containsExactly(
            ViolationCode.FORMAT_MISMATCH, // email
            ViolationCode.LENGTH, // sku
            ViolationCode.ENUM_MISMATCH, // tag
            ViolationCode.FORMAT_MISMATCH); // uri
    assertThat(r.violations()).allSatisfy(v -> assertThat(v.message()).hasSizeLessThan(200));
    assertThat(VALIDATOR.validate(event(HUGE, F.objectNode())).violations().get(0).message())
        .hasSizeLessThan(200);
  }

  @Test
  void hugeNumbersAreComparedNotCrashedOn() throws Exception {
    ObjectMapper exact =
        JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    String text =
        Fixtures.orderCompleted(
                "{'order_id':'o','revenue':1e400,'currency':'USD','products':[{'sku':'ABC','price':-1e400,'quantity':1e400}]}")
            .replace('\'', '"');
    // Parsed as doubles, 1e400 is infinite: beyond every bound and no multiple of anything.
    assertThat(VALIDATOR.validate(Fixtures.JSON.readTree(text)).violations())
        .extracting(Violation::code, Violation::instancePointer)
        .containsExactly(
            tuple(ViolationCode.RANGE, "/properties/products/0/price"),
            tuple(ViolationCode.RANGE, "/properties/products/0/quantity"),
            tuple(ViolationCode.MULTIPLE_OF, "/properties/revenue"));
    // Parsed exactly, 1e400 is an integer and a multiple of 0.01.
    assertThat(VALIDATOR.validate(exact.readTree(text)).violations())
        .extracting(Violation::code, Violation::instancePointer)
        .containsExactly(
            tuple(ViolationCode.RANGE, "/properties/products/0/price"),
            tuple(ViolationCode.RANGE, "/properties/products/0/quantity"));
  }

  @Test
  void oneValidatorGivesTheSameResultsOnManyThreads() throws Exception {
    List<JsonNode> events = new ArrayList<>();
    events.add(json(Fixtures.orderCompleted(Fixtures.VALID_ORDER)));
    events.add(
        json(
            Fixtures.orderCompleted(
                "{'order_id':'','revenue':-1,'currency':'X','products':[{'sku':'a','price':'1'}],'z':1}")));
    events.add(json("{'type':'identify','traits':{'email':'nope'}}"));
    events.add(
        json(
            "{'type':'track','event':'Payment Added','properties':{'method':'card','last4':'12'}}"));
    events.add(json("{'type':'nope'}"));
    List<ValidationResult> expected = new ArrayList<>();
    for (JsonNode e : events) {
      expected.add(VALIDATOR.validate(e));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 2_000; i++) {
                    int k = i % events.size();
                    if (!VALIDATOR.validate(events.get(k)).equals(expected.get(k))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> f : futures) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
