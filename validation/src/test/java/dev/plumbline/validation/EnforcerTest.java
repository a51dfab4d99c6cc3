package dev.plumbline.validation;

import static dev.plumbline.validation.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.core.EventType;
import dev.plumbline.core.PiiCategory;
import dev.plumbline.core.plan.EnforcementPolicy;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.plan.UnplannedEventAction;
import dev.plumbline.core.plan.UnplannedPropertyAction;
import dev.plumbline.core.plan.ViolationAction;
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.core.types.Types;
import dev.plumbline.validation.EnforcementDecision.Action;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnforcerTest {
  private static final String VALID = Fixtures.orderCompleted(Fixtures.VALID_ORDER);
  private static final String UNPLANNED = "{'type':'track','event':'Nope','properties':{'a':1}}";
  private static final String EXTRA =
      Fixtures.orderCompleted(Fixtures.VALID_ORDER.replace("'order_id'", "'x':1,'order_id'"));
  private static final String OTHER =
      Fixtures.orderCompleted(Fixtures.VALID_ORDER.replace("12.34", "-1"));
  private static final String BOTH =
      Fixtures.orderCompleted(
          Fixtures.VALID_ORDER.replace("'order_id'", "'x':1,'order_id'").replace("12.34", "-1"));

  private static Enforcer enforcer(
      UnplannedEventAction event,
      UnplannedPropertyAction property,
      ViolationAction other,
      boolean propagate) {
    TrackingPlan base = Fixtures.storefront();
    return Enforcer.of(
        new TrackingPlan(
            base.name(),
            base.version(),
            base.events(),
            base.customTypes(),
            base.categories(),
            com.google.common.collect.ImmutableMap.of(
                EventType.TRACK, new EnforcementPolicy(event, property, other, propagate))));
  }

  /** Strips unplanned properties, flags everything else. */
  private static Enforcer stripping() {
    return enforcer(
        UnplannedEventAction.FLAG, UnplannedPropertyAction.STRIP, ViolationAction.FLAG, false);
  }

  private static String event(String name) {
    switch (name) {
      case "VALID":
        return VALID;
      case "UNPLANNED":
        return UNPLANNED;
      case "EXTRA":
        return EXTRA;
      case "OTHER":
        return OTHER;
      default:
        return BOTH;
    }
  }

  @ParameterizedTest(name = "{0}: event={1} property={2} other={3} -> {4} {5}")
  @CsvSource(
      delimiter = '|',
      value = {
        "VALID|DROP|DROP_EVENT|QUARANTINE|FORWARD|",
        "UNPLANNED|ALLOW|FLAG|FLAG|FORWARD|",
        "UNPLANNED|FLAG|FLAG|FLAG|FORWARD|UNPLANNED_EVENT",
        "UNPLANNED|DROP|FLAG|FORWARD|DROP|UNPLANNED_EVENT",
        "EXTRA|FLAG|FORWARD|QUARANTINE|FORWARD|",
        "EXTRA|FLAG|STRIP|QUARANTINE|STRIP|UNPLANNED_PROPERTY",
        "EXTRA|FLAG|FLAG|QUARANTINE|FORWARD|UNPLANNED_PROPERTY",
        "EXTRA|FLAG|DROP_EVENT|FORWARD|DROP|UNPLANNED_PROPERTY",
        "OTHER|DROP|DROP_EVENT|FORWARD|FORWARD|",
        "OTHER|DROP|DROP_EVENT|FLAG|FORWARD|RANGE",
        "OTHER|FLAG|FLAG|DROP|DROP|RANGE",
        "OTHER|FLAG|FLAG|QUARANTINE|QUARANTINE|RANGE",
        "BOTH|FLAG|STRIP|FORWARD|STRIP|UNPLANNED_PROPERTY",
        "BOTH|FLAG|STRIP|FLAG|STRIP|RANGE UNPLANNED_PROPERTY",
        "BOTH|FLAG|STRIP|DROP|DROP|RANGE UNPLANNED_PROPERTY",
        "BOTH|FLAG|DROP_EVENT|FLAG|DROP|RANGE UNPLANNED_PROPERTY",
        "BOTH|FLAG|DROP_EVENT|QUARANTINE|QUARANTINE|RANGE UNPLANNED_PROPERTY",
        "BOTH|FLAG|FORWARD|QUARANTINE|QUARANTINE|RANGE",
        "BOTH|FLAG|FLAG|FORWARD|FORWARD|UNPLANNED_PROPERTY",
        "BOTH|FLAG|FORWARD|FORWARD|FORWARD|",
      })
  void mostSevereOutcomeWinsAndRecordedViolationsFollowThePolicy(
      String kind,
      UnplannedEventAction onEvent,
      UnplannedPropertyAction onProperty,
      ViolationAction onOther,
      Action expected,
      String recorded) {
    JsonNode input = json(event(kind));
    String before = input.toString();
    EnforcementDecision d = enforcer(onEvent, onProperty, onOther, false).enforce(input);
    assertThat(d.action()).isEqualTo(expected);
    assertThat(d.violations().stream().map(v -> v.code().name()).collect(Collectors.joining(" ")))
        .isEqualTo(recorded == null ? "" : recorded);
    assertThat(input.toString()).as("input not mutated").isEqualTo(before);
    if (d instanceof EnforcementDecision.Forward f) {
      assertThat(f.event()).isSameAs(input);
    }
    if (d instanceof EnforcementDecision.Strip s) {
      assertThat(s.removedPointers()).containsExactly("/properties/x");
      assertThat(s.event().at("/properties").has("x")).isFalse();
      assertThat(s.event().at("/properties/order_id").asText()).isEqualTo("o-1");
    }
  }

  @Test
  void propagationAddsRudderStackContextToACopy() {
    JsonNode input = json(BOTH.replace("'type'", "'context':{'ip':'1.2.3.4'},'type'"));
    String before = input.toString();
    EnforcementDecision d =
        enforcer(
                UnplannedEventAction.FLAG,
                UnplannedPropertyAction.STRIP,
                ViolationAction.FLAG,
                true)
            .enforce(input);
    assertThat(input.toString()).isEqualTo(before);
    EnforcementDecision.Strip s = (EnforcementDecision.Strip) d;
    JsonNode context = s.event().get("context");
    assertThat(context.get("ip").asText()).isEqualTo("1.2.3.4");
    assertThat(context.get("trackingPlanId").asText()).isEqualTo("storefront");
    assertThat(context.get("trackingPlanVersion").asText()).isEqualTo("1.4.0");
    assertThat(context.get("violationErrors"))
        .isEqualTo(RudderStackViolations.toJson(d.violations()));
    assertThat(context.get("violationErrors").size()).isEqualTo(2);

    EnforcementDecision valid =
        enforcer(
                UnplannedEventAction.FLAG,
                UnplannedPropertyAction.STRIP,
                ViolationAction.FLAG,
                true)
            .enforce(json(VALID));
    JsonNode forwarded = ((EnforcementDecision.Forward) valid).event();
    assertThat(forwarded.at("/context/violationErrors").size()).isZero();
    assertThat(forwarded.at("/context/trackingPlanId").asText()).isEqualTo("storefront");
  }

  @Test
  void aNonObjectContextIsLeftAlone() {
    JsonNode input = json(OTHER.replace("'type'", "'context':'x','type'"));
    EnforcementDecision d =
        enforcer(
                UnplannedEventAction.FLAG, UnplannedPropertyAction.FLAG, ViolationAction.FLAG, true)
            .enforce(input);
    assertThat(((EnforcementDecision.Forward) d).event()).isSameAs(input);
  }

  @Test
  void nestedUnplannedPropertiesAreStripped() {
    JsonNode input =
        json(
            Fixtures.orderCompleted(
                Fixtures.VALID_ORDER.replace("'price':5", "'price':5,'a~b':1")));
    EnforcementDecision.Strip s = (EnforcementDecision.Strip) stripping().enforce(input);
    assertThat(s.removedPointers()).containsExactly("/properties/products/0/a~0b");
    assertThat(s.event().at("/properties/products/0").has("a~b")).isFalse();
    assertThat(input.at("/properties/products/0").has("a~b")).isTrue();
  }

  @Test
  void aStrippedEventSharesNoMutableBytesWithTheInput() throws Exception {
    JsonNode input =
        json(
            Fixtures.orderCompleted(
                Fixtures.VALID_ORDER.replace("'price':5", "'price':5,'a~b':1")));
    ((com.fasterxml.jackson.databind.node.ObjectNode) input)
        .putObject("context")
        .put("blob", new byte[] {1, 2, 3});

    EnforcementDecision.Strip s = (EnforcementDecision.Strip) stripping().enforce(input);
    s.event().at("/context/blob").binaryValue()[0] = 9;

    assertThat(input.at("/context/blob").binaryValue()).containsExactly(1, 2, 3);
  }

  @Test
  void anUnplannedPropertyInsideTheOnlyUnionOptionOfItsKindIsStripped() {
    TrackingPlan plan =
        TrackingPlan.named("p")
            .event(
                EventSpec.track("E")
                    .optional(
                        "discount",
                        Types.anyOf(
                            Types.object().required("amount", Types.number()), Types.integer())))
            .policy(
                EventType.TRACK,
                EnforcementPolicy.DEFAULT
                    .unplannedProperty(UnplannedPropertyAction.STRIP)
                    .otherViolation(ViolationAction.FORWARD))
            .build();
    JsonNode input =
        json("{'type':'track','event':'E','properties':{'discount':{'amount':5,'email':'x@y.z'}}}");
    EnforcementDecision d = Enforcer.of(plan).enforce(input);
    assertThat(d).isInstanceOf(EnforcementDecision.Strip.class);
    assertThat(((EnforcementDecision.Strip) d).removedPointers())
        .containsExactly("/properties/discount/email");
    assertThat(((EnforcementDecision.Strip) d).event().at("/properties/discount").toString())
        .isEqualTo("{\"amount\":5}");
    assertThat(d.violations())
        .extracting(Violation::code, Violation::instancePointer)
        .containsExactly(tuple(ViolationCode.UNPLANNED_PROPERTY, "/properties/discount/email"));
  }

  @Test
  void violationsOfPiiPropertiesDoNotShowTheirValues() {
    TrackingPlan plan =
        TrackingPlan.named("p")
            .event(
                EventSpec.identify("Identify")
                    .required("email", Types.string().format(StringFormat.EMAIL), PiiCategory.EMAIL)
                    .optional("ssn", Types.integer().max(10), PiiCategory.GOVERNMENT_ID)
                    .optional(
                        "address",
                        Types.object().required("street", Types.string().minLength(3)),
                        PiiCategory.ADDRESS)
                    .optional("plan", Types.enumOf("free", "pro")))
            .policy(
                EventType.IDENTIFY,
                EnforcementPolicy.DEFAULT
                    .otherViolation(ViolationAction.FLAG)
                    .propagateViolations(true))
            .build();
    JsonNode input =
        json(
            "{'type':'identify','traits':{'email':'jane.doe@@example.com','ssn':123456789,"
                + "'address':{'street':'Ma'},'plan':'gold'}}");
    EnforcementDecision.Forward f = (EnforcementDecision.Forward) Enforcer.of(plan).enforce(input);
    assertThat(f.violations())
        .extracting(Violation::instancePointer, Violation::message)
        .containsExactly(
            tuple(
                "/traits/address/street",
                "expected string of at least 3 characters, found a value not shown (PII)"),
            tuple("/traits/email", "expected email, found a value not shown (PII)"),
            tuple("/traits/plan", "expected one of [\"free\", \"pro\"], found \"gold\""),
            tuple("/traits/ssn", "expected integer <= 10, found a value not shown (PII)"));
    String propagated = f.event().at("/context/violationErrors").toString();
    assertThat(propagated).contains("gold").doesNotContain("jane").doesNotContain("123456789");
    // A wrong kind is a PII value too.
    assertThat(
            EventValidator.compile(plan)
                .validate(json("{'type':'identify','traits':{'email':['jane@x.io']}}"))
                .violations()
                .get(0)
                .message())
        .isEqualTo("expected string, found a value not shown (PII)");
    // A value standing where PII properties are declared may be PII itself.
    assertThat(
            EventValidator.compile(plan)
                .validate(json("{'type':'identify','traits':'jane@x.io'}"))
                .violations()
                .get(0)
                .message())
        .isEqualTo("expected object, found a value not shown (PII)");
    assertThat(
            EventValidator.compile(plan)
                .validate(
                    json("{'type':'identify','traits':{'email':'a@b.co','address':'Main St'}}"))
                .violations()
                .get(0)
                .message())
        .isEqualTo("expected object, found a value not shown (PII)");
  }

  @Test
  void eachEventTypeUsesItsOwnPolicyAndBadEnvelopesTheTrackPolicy() {
    TrackingPlan base = Fixtures.storefront();
    Enforcer e =
        Enforcer.of(
            new TrackingPlan(
                base.name(),
                base.version(),
                base.events(),
                base.customTypes(),
                base.categories(),
                com.google.common.collect.ImmutableMap.of(
                    EventType.TRACK,
                        EnforcementPolicy.DEFAULT.otherViolation(ViolationAction.QUARANTINE),
                    EventType.IDENTIFY,
                        EnforcementPolicy.DEFAULT.otherViolation(ViolationAction.DROP))));
    assertThat(e.enforce(json("{'type':'identify','traits':{'email':'x'}}")).action())
        .isEqualTo(Action.DROP);
    assertThat(e.enforce(json("{'type':'group','traits':{}}")).action()).isEqualTo(Action.FORWARD);
    assertThat(e.enforce(json("{'type':'nope'}")).action()).isEqualTo(Action.QUARANTINE);
    assertThat(e.enforce(com.fasterxml.jackson.databind.node.MissingNode.getInstance()).action())
        .isEqualTo(Action.QUARANTINE);
    List<Violation> flagged = e.enforce(json("{'type':'group','traits':{}}")).violations();
    assertThat(flagged).extracting(Violation::code).containsExactly(ViolationCode.REQUIRED_MISSING);
  }

  @Test
  void aValueThatIsNotAnObjectIsNeverForwarded() {
    Enforcer forwardAll =
        enforcer(
            UnplannedEventAction.ALLOW,
            UnplannedPropertyAction.FORWARD,
            ViolationAction.FORWARD,
            true);
    for (JsonNode notAnEvent :
        List.<JsonNode>of(
            com.fasterxml.jackson.databind.node.MissingNode.getInstance(),
            com.fasterxml.jackson.databind.node.NullNode.getInstance(),
            json("'track'"),
            json("[1]"))) {
      EnforcementDecision d = forwardAll.enforce(notAnEvent);
      assertThat(d.action()).as("%s", notAnEvent).isEqualTo(Action.QUARANTINE);
      // Held apart as received, for inspection and replay.
      assertThat(((EnforcementDecision.Quarantine) d).event()).isSameAs(notAnEvent);
      assertThat(d.violations())
          .extracting(Violation::code)
          .containsExactly(ViolationCode.INVALID_ENVELOPE);
    }
    // A policy that drops keeps dropping.
    assertThat(
            enforcer(
                    UnplannedEventAction.ALLOW,
                    UnplannedPropertyAction.FORWARD,
                    ViolationAction.DROP,
                    false)
                .enforce(json("'track'"))
                .action())
        .isEqualTo(Action.DROP);
  }

  @Test
  void strippingRemovesOnlyPropertiesInsideThePayloadWhateverTheResultSays() {
    JsonNode input = json(EXTRA);
    ValidationResult foreign =
        new ValidationResult(
            java.util.Optional.empty(),
            com.google.common.collect.ImmutableList.of(
                new Violation(ViolationCode.UNPLANNED_PROPERTY, "/type", "events", "x"),
                new Violation(ViolationCode.UNPLANNED_PROPERTY, "/properties", "events", "x"),
                new Violation(ViolationCode.UNPLANNED_PROPERTY, "/properties/x", "events", "x")));
    EnforcementDecision.Strip s = (EnforcementDecision.Strip) stripping().enforce(input, foreign);
    assertThat(s.removedPointers()).containsExactly("/properties/x");
    assertThat(s.event().has("type")).isTrue();
    assertThat(s.event().get("properties").has("order_id")).isTrue();
  }

  @Test
  void aViolationPointerMustBeAnRfc6901Pointer() {
    for (String bad : List.of("a", "/a~", "/~2", "/a~b")) {
      assertThatThrownBy(() -> new Violation(ViolationCode.RANGE, bad, "", "m"))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(bad);
    }
    assertThat(new Violation(ViolationCode.RANGE, "/a~0b/~1", "", "m").instancePointer())
        .isEqualTo("/a~0b/~1");
  }

  /** No nulls across the API: a decision to forward needs an event to forward. */
  @Test
  void nullsAreRejectedNamingTheParameter() {
    Enforcer e = Enforcer.of(Fixtures.storefront());
    Violation v = new Violation(ViolationCode.RANGE, "/a", "a", "m");
    java.util.Map<String, org.assertj.core.api.ThrowableAssert.ThrowingCallable> calls =
        new java.util.LinkedHashMap<>();
    calls.put("code", () -> RudderStackViolations.type(null));
    calls.put("violation", () -> RudderStackViolations.toJson((Violation) null));
    calls.put("violations", () -> RudderStackViolations.toJson((List<Violation>) null));
    calls.put("violation ", () -> SegmentViolations.violationType(null));
    calls.put("violation  ", () -> SegmentViolations.violationField(null));
    calls.put("violation   ", () -> SegmentViolations.toJson(null));
    // The plan DSL's null checks are core's: see NullArgumentsTest there.
    calls.forEach(
        (name, call) ->
            assertThatThrownBy(call)
                .as(name)
                .isInstanceOf(NullPointerException.class)
                .hasMessage(name.strip()));
    assertThat(SegmentViolations.violationField(v)).isEqualTo("a");
    assertThatThrownBy(() -> e.enforce(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("event");
    assertThatThrownBy(() -> e.enforce(null, ValidationResult.validWithoutSpec()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("event");
    assertThatThrownBy(() -> ValidationResult.validWithoutSpec().has(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("code");
    assertThatThrownBy(() -> ValidationResult.validWithoutSpec().violations(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("code");
    assertThatThrownBy(() -> new ValidationResult(java.util.Optional.empty(), null))
        .hasMessage("violations");
    assertThatThrownBy(() -> new EnforcementDecision.Drop(null)).hasMessage("violations");
    assertThatThrownBy(
            () ->
                new EnforcementDecision.Strip(
                    json("{}"), null, com.google.common.collect.ImmutableList.of()))
        .hasMessage("removedPointers");
  }
}
