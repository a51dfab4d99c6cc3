package dev.plumbline.validation;

import static dev.plumbline.validation.Fixtures.json;
import static dev.plumbline.validation.Fixtures.orderCompleted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.types.Types;
import org.junit.jupiter.api.Test;

class EventValidatorTest {
  private static final EventValidator VALIDATOR = EventValidator.compile(Fixtures.storefront());

  private static ValidationResult validate(String event) {
    return VALIDATOR.validate(json(event));
  }

  private static ValidationResult order(String properties) {
    return validate(orderCompleted(properties));
  }

  private static void assertSingle(
      ValidationResult r, ViolationCode code, String pointer, String planLocation) {
    assertThat(r.violations())
        .extracting(Violation::code, Violation::instancePointer, Violation::planLocation)
        .containsExactly(tuple(code, pointer, planLocation));
  }

  @Test
  void validEventReturnsTheSharedResultOfItsSpec() {
    ValidationResult first = validate(orderCompleted(Fixtures.VALID_ORDER));
    ValidationResult second = validate(orderCompleted(Fixtures.VALID_ORDER));
    assertThat(first.valid()).isTrue();
    assertThat(first.planned()).isTrue();
    assertThat(first.spec().orElseThrow().name()).isEqualTo("Order Completed");
    assertThat(second).isSameAs(first);
  }

  @Test
  void envelopeMustBeAnObjectWithAKnownType() {
    for (JsonNode bad :
        new JsonNode[] {
          null, MissingNode.getInstance(), NullNode.getInstance(), json("[1]"), json("3")
        }) {
      ValidationResult r = VALIDATOR.validate(bad);
      assertSingle(r, ViolationCode.INVALID_ENVELOPE, "", "events");
      assertThat(r.planned()).isFalse();
    }
    assertThat(VALIDATOR.validate(new POJONode(new Object())).violations())
        .extracting(Violation::message)
        .containsExactly("expected an event object, found a Java object");
    assertThat(
            validate(orderCompleted(Fixtures.VALID_ORDER.replace("'o-1'", "'o-1','gift':1")))
                .violations())
        .extracting(Violation::message)
        .containsExactly("expected boolean, found integer 1");
    assertSingle(
        validate("{'event':'Order Completed'}"), ViolationCode.INVALID_ENVELOPE, "/type", "events");
    assertSingle(
        validate("{'type':'purchase'}"), ViolationCode.INVALID_ENVELOPE, "/type", "events");
    assertSingle(validate("{'type':7}"), ViolationCode.INVALID_ENVELOPE, "/type", "events");
    assertSingle(validate("{'type':'track'}"), ViolationCode.INVALID_ENVELOPE, "/event", "events");
    assertSingle(
        validate("{'type':'track','event':5}"), ViolationCode.INVALID_ENVELOPE, "/event", "events");
    assertSingle(
        validate("{'type':'page','name':true}"), ViolationCode.INVALID_ENVELOPE, "/name", "events");
  }

  @Test
  void unplannedEventsAreReportedAtTheirNameField() {
    ValidationResult r = validate("{'type':'track','event':'Nope'}");
    assertSingle(r, ViolationCode.UNPLANNED_EVENT, "/event", "events");
    assertThat(r.violations().get(0).message())
        .isEqualTo("expected a planned event, found track \"Nope\"");
    // A page spec named like a track event does not match a track call, and vice versa.
    assertSingle(
        validate("{'type':'track','event':'Home'}"),
        ViolationCode.UNPLANNED_EVENT,
        "/event",
        "events");
    assertSingle(
        validate("{'type':'page','name':'Order Completed'}"),
        ViolationCode.UNPLANNED_EVENT,
        "/name",
        "events");
    assertSingle(validate("{'type':'page'}"), ViolationCode.UNPLANNED_EVENT, "/name", "events");
  }

  @Test
  void unplannedNamesSuggestWhatWasProbablyMeant() {
    assertThat(message("{'type':'track','event':'Order Compelted'}"))
        .isEqualTo(
            "expected a planned event, found track \"Order Compelted\""
                + " (did you mean \"Order Completed\"?)");
    assertThat(message("{'type':'track','event':'order_completed'}"))
        .endsWith("(did you mean \"Order Completed\"?)");
    assertThat(message("{'type':'track','event':'Home'}"))
        .isEqualTo("expected a planned event, found track \"Home\" (planned as a page event)");
    assertThat(message("{'type':'page','name':'Order Completed'}"))
        .endsWith("(planned as a track event)");
    assertThat(message("{'type':'track','event':'Refund Issued'}"))
        .isEqualTo("expected a planned event, found track \"Refund Issued\"");

    // A property: only declared properties the object lacks are suggested.
    ValidationResult typo =
        validate(
            orderCompleted(
                "{'order_id':'o','revenue':1,'currency':'USD','cupon':'X',"
                    + "'products':[{'sku':'AB-1','price':1,'quantiy':2}]}"));
    assertThat(typo.violations())
        .extracting(Violation::instancePointer, Violation::message)
        .containsExactly(
            tuple(
                "/properties/products/0/quantiy",
                "expected no property 'quantiy' (not declared; did you mean 'quantity'?),"
                    + " found integer"),
            tuple(
                "/properties/cupon",
                "expected no property 'cupon' (not declared; did you mean 'coupon'?), found"
                    + " string"));
    ValidationResult present =
        validate(
            orderCompleted(
                "{'order_id':'o','revenue':1,'currency':'USD','coupon':'X','cupon':'X',"
                    + "'products':[{'sku':'AB-1','price':1}]}"));
    assertThat(present.violations())
        .extracting(Violation::message)
        .containsExactly("expected no property 'cupon' (not declared), found string");
  }

  private static String message(String event) {
    ValidationResult r = validate(event);
    assertThat(r.violations()).hasSize(1);
    return r.violations().get(0).message();
  }

  @Test
  void planLocationsEscapeNamesSoEachIsOneSegment() {
    EventValidator v =
        EventValidator.compile(
            TrackingPlan.named("p")
                .event(
                    EventSpec.track("com.acme/add")
                        .required("a/b", Types.string())
                        .optional("c~d", Types.integer()))
                .build());
    ValidationResult r =
        v.validate(json("{'type':'track','event':'com.acme/add','properties':{'c~d':'x'}}"));
    assertThat(r.violations())
        .extracting(Violation::instancePointer, Violation::planLocation)
        .containsExactly(
            tuple("/properties/a~1b", "events/com.acme~1add/properties/a~1b"),
            tuple("/properties/c~0d", "events/com.acme~1add/properties/c~0d"));
  }

  @Test
  void everyEnvelopeTypeFindsItsSpecAndPayload() {
    assertThat(
            validate("{'type':'page','name':'Home','properties':{'path':'/'}}")
                .spec()
                .orElseThrow()
                .name())
        .isEqualTo("Home");
    assertSingle(
        validate("{'type':'screen','name':'Cart','properties':{'items':'x'}}"),
        ViolationCode.TYPE_MISMATCH,
        "/properties/items",
        "events/Cart/properties/items");
    assertSingle(
        validate("{'type':'group','groupId':'g','traits':{}}"),
        ViolationCode.REQUIRED_MISSING,
        "/traits/company",
        "events/Group/traits/company");
    // identify: the first identify spec, or the one named by 'name'.
    ValidationResult identify = validate("{'type':'identify','traits':{'email':'a@b.co'}}");
    assertThat(identify.valid()).isTrue();
    assertThat(identify.spec().orElseThrow().name()).isEqualTo("Identify");
    ValidationResult lite =
        validate("{'type':'identify','name':'Identify Lite','traits':{'plan':'pro'}}");
    assertThat(lite.valid()).isTrue();
    assertThat(lite.spec().orElseThrow().name()).isEqualTo("Identify Lite");
    assertThat(
            validate("{'type':'identify','name':'Other','traits':{'email':'a@b.co'}}")
                .spec()
                .orElseThrow()
                .name())
        .isEqualTo("Identify");
    // For identify and group 'name' is only a label: a non-string one selects the first spec.
    assertThat(validate("{'type':'identify','name':3,'traits':{'email':'a@b.co'}}").valid())
        .isTrue();
    // alias is not validated.
    ValidationResult alias = validate("{'type':'alias','previousId':'x'}");
    assertThat(alias.valid()).isTrue();
    assertThat(alias.planned()).isFalse();
  }

  /** A manifest keeps events sorted by name: the fallback must not depend on plan order. */
  @Test
  void identifyWithoutANamedSpecUsesTheSpecWhoseNameSortsFirstBeforeAndAfterAManifest() {
    TrackingPlan plan =
        TrackingPlan.named("p")
            .event(EventSpec.identify("Zed").required("z", dev.plumbline.core.types.Types.string()))
            .event(
                EventSpec.identify("Alpha").required("a", dev.plumbline.core.types.Types.string()))
            .build();
    TrackingPlan loaded =
        dev.plumbline.core.manifest.Manifests.load(
                dev.plumbline.core.manifest.Manifests.compile(
                        dev.plumbline.core.Pipeline.named("p").plan(plan).build())
                    .json())
            .pipeline()
            .plan();
    for (TrackingPlan p : java.util.List.of(plan, loaded)) {
      ValidationResult r =
          EventValidator.compile(p).validate(json("{'type':'identify','traits':{'a':'x'}}"));
      assertThat(r.valid()).isTrue();
      assertThat(r.spec().orElseThrow().name()).isEqualTo("Alpha");
    }
  }

  @Test
  void identifyWithoutAnIdentifySpecIsUnplanned() {
    EventValidator noIdentify =
        EventValidator.compile(TrackingPlan.named("p").event(EventSpec.track("A")).build());
    ValidationResult r = noIdentify.validate(json("{'type':'identify','traits':{}}"));
    assertSingle(r, ViolationCode.UNPLANNED_EVENT, "/type", "events");
  }

  @Test
  void aResultPrintsTheSpecByNameNotWhole() {
    assertThat(order("{'order_id':'o','revenue':-1,'currency':'USD','products':[]}").toString())
        .startsWith("ValidationResult[track \"Order Completed\", [")
        .contains("RANGE at /properties/revenue")
        .doesNotContain("Property[");
    assertThat(ValidationResult.validWithoutSpec()).hasToString("ValidationResult[no spec, []]");
  }

  @Test
  void missingPayloadIsAnEmptyObjectAndNonObjectPayloadIsATypeMismatch() {
    ValidationResult missing = validate("{'type':'track','event':'Order Completed'}");
    assertThat(missing.violations())
        .extracting(Violation::code, Violation::instancePointer)
        .containsExactly(
            tuple(ViolationCode.REQUIRED_MISSING, "/properties/currency"),
            tuple(ViolationCode.REQUIRED_MISSING, "/properties/order_id"),
            tuple(ViolationCode.REQUIRED_MISSING, "/properties/products"),
            tuple(ViolationCode.REQUIRED_MISSING, "/properties/revenue"));
    assertSingle(
        order("[1,2]"),
        ViolationCode.TYPE_MISMATCH,
        "/properties",
        "events/Order Completed/properties");
    assertSingle(
        order("null"),
        ViolationCode.TYPE_MISMATCH,
        "/properties",
        "events/Order Completed/properties");
  }

  @Test
  void violationsInsideCustomTypesAreLocatedThroughTheUseSite() {
    ValidationResult r =
        order(
            "{'order_id':'o','revenue':1,'currency':'USD','products':[{'sku':'ABC','price':1},{'sku':'ABC','price':-5}]}");
    assertSingle(
        r,
        ViolationCode.RANGE,
        "/properties/products/1/price",
        "events/Order Completed/properties/products/items/price");
    assertThat(r.violations().get(0).message()).isEqualTo("expected number >= 0, found -5");
  }

  @Test
  void violationsComeInNameOrderWhateverTheEventsFieldOrderThenUndeclaredOnes() {
    ValidationResult r = order("{'zzz':1,'gift':'yes','currency':'usd','revenue':-1,'yyy':2}");
    assertThat(r.violations())
        .extracting(Violation::code, Violation::instancePointer)
        .containsExactly(
            tuple(ViolationCode.ENUM_MISMATCH, "/properties/currency"),
            tuple(ViolationCode.TYPE_MISMATCH, "/properties/gift"),
            tuple(ViolationCode.REQUIRED_MISSING, "/properties/order_id"),
            tuple(ViolationCode.REQUIRED_MISSING, "/properties/products"),
            tuple(ViolationCode.RANGE, "/properties/revenue"),
            tuple(ViolationCode.UNPLANNED_PROPERTY, "/properties/zzz"),
            tuple(ViolationCode.UNPLANNED_PROPERTY, "/properties/yyy"));
    // The same event with its fields in declared order reports the same list.
    assertThat(order("{'revenue':-1,'currency':'usd','gift':'yes','zzz':1,'yyy':2}").violations())
        .isEqualTo(r.violations());
    // Variants: the object's own properties, then the selected case's, then undeclared ones.
    assertThat(
            validate(
                    "{'type':'track','event':'Payment Added','properties':"
                        + "{'extra':1,'last4':'12','method':'card','amount':'x'}}")
                .violations())
        .extracting(Violation::code, Violation::instancePointer)
        .containsExactly(
            tuple(ViolationCode.TYPE_MISMATCH, "/properties/amount"),
            tuple(ViolationCode.LENGTH, "/properties/last4"),
            tuple(ViolationCode.UNPLANNED_PROPERTY, "/properties/extra"));
  }

  @Test
  void closedPayloadsReportEachUndeclaredPropertyAndOpenOnesAllowThem() {
    ValidationResult r =
        order(
            "{'order_id':'o','revenue':1,'currency':'USD','products':[{'sku':'ABC','price':1,'colour':'red'}],'x':1,'a/b':2}");
    assertThat(r.violations())
        .extracting(Violation::code, Violation::instancePointer, Violation::planLocation)
        .containsExactlyInAnyOrder(
            tuple(
                ViolationCode.UNPLANNED_PROPERTY,
                "/properties/products/0/colour",
                "events/Order Completed/properties/products/items"),
            tuple(
                ViolationCode.UNPLANNED_PROPERTY,
                "/properties/x",
                "events/Order Completed/properties"),
            tuple(
                ViolationCode.UNPLANNED_PROPERTY,
                "/properties/a~1b",
                "events/Order Completed/properties"));
    assertThat(
            validate(
                    "{'type':'track','event':'Anything','properties':{'known':1,'other':{'deep':[1]}}}")
                .valid())
        .isTrue();
    assertSingle(
        validate("{'type':'track','event':'Anything','properties':{'known':'1','other':2}}"),
        ViolationCode.TYPE_MISMATCH,
        "/properties/known",
        "events/Anything/properties/known");
  }

  @Test
  void nullValuesArePresentButOnlyNullableTypesAcceptThem() {
    assertThat(
            order(
                    "{'order_id':'o','revenue':1,'currency':'USD','products':[{'sku':'ABC','price':1}],'coupon':null}")
                .valid())
        .isTrue();
    assertSingle(
        order(
            "{'order_id':null,'revenue':1,'currency':'USD','products':[{'sku':'ABC','price':1}]}"),
        ViolationCode.TYPE_MISMATCH,
        "/properties/order_id",
        "events/Order Completed/properties/order_id");
  }

  @Test
  void variantsSelectCasePropertiesByTheDiscriminator() {
    String base = "{'type':'track','event':'Payment Added','properties':";
    assertThat(validate(base + "{'method':'card','last4':'1234'}}").valid()).isTrue();
    assertThat(validate(base + "{'method':'paypal','payer_id':'p'}}").valid()).isTrue();
    assertSingle(
        validate(base + "{'method':'card'}}"),
        ViolationCode.REQUIRED_MISSING,
        "/properties/last4",
        "events/Payment Added/properties/variants/Card/last4");
    assertSingle(
        validate(base + "{'method':'card','last4':'12'}}"),
        ViolationCode.LENGTH,
        "/properties/last4",
        "events/Payment Added/properties/variants/Card/last4");
    // A property of an unselected case is undeclared.
    assertSingle(
        validate(base + "{'method':'card','last4':'1234','payer_id':'p'}}"),
        ViolationCode.UNPLANNED_PROPERTY,
        "/properties/payer_id",
        "events/Payment Added/properties");
    // No case selected: the default properties apply (here with an enum violation on the
    // discriminator).
    ValidationResult other = validate(base + "{'method':'cash','note':'n'}}");
    assertSingle(
        other,
        ViolationCode.ENUM_MISMATCH,
        "/properties/method",
        "events/Payment Added/properties/method");
    ValidationResult noteOnCard = validate(base + "{'method':'card','last4':'1234','note':'n'}}");
    assertSingle(
        noteOnCard,
        ViolationCode.UNPLANNED_PROPERTY,
        "/properties/note",
        "events/Payment Added/properties");
  }

  @Test
  void everyViolationOfAnEventIsReported() {
    ValidationResult r =
        order(
            "{'order_id':'','revenue':-1.005,'currency':'JPY','products':[],'shipping':true,'gift':'yes'}");
    assertThat(r.violations())
        .extracting(Violation::code, Violation::instancePointer)
        .containsExactly(
            tuple(ViolationCode.ENUM_MISMATCH, "/properties/currency"),
            tuple(ViolationCode.TYPE_MISMATCH, "/properties/gift"),
            tuple(ViolationCode.LENGTH, "/properties/order_id"),
            tuple(ViolationCode.ITEMS, "/properties/products"),
            tuple(ViolationCode.RANGE, "/properties/revenue"),
            tuple(ViolationCode.MULTIPLE_OF, "/properties/revenue"),
            tuple(ViolationCode.ANY_OF_NO_MATCH, "/properties/shipping"));
    assertThat(r.violations().get(0).message())
        .isEqualTo("expected one of [\"USD\", \"EUR\", \"GBP\"], found \"JPY\"");
  }

  @Test
  void unionsNeedOneOrExactlyOneMatchingOption() {
    String ok = "'order_id':'o','revenue':1,'currency':'USD','products':[{'sku':'ABC','price':1}]";
    assertThat(order("{" + ok + ",'shipping':'ups'}").valid()).isTrue();
    assertThat(order("{" + ok + ",'shipping':3}").valid()).isTrue();
    assertThat(order("{" + ok + ",'payment':2}").valid()).isTrue();
    assertSingle(
        order("{" + ok + ",'payment':7}"),
        ViolationCode.ONE_OF_MULTIPLE_MATCH,
        "/properties/payment",
        "events/Order Completed/properties/payment");
    assertSingle(
        order("{" + ok + ",'payment':'x'}"),
        ViolationCode.ONE_OF_NO_MATCH,
        "/properties/payment",
        "events/Order Completed/properties/payment");
  }

  @Test
  void messagesTruncateLongValues() {
    String longName = "x".repeat(5000);
    ValidationResult r = validate("{'type':'track','event':'" + longName + "'}");
    assertThat(r.violations().get(0).message()).hasSizeLessThan(120);
  }
}
