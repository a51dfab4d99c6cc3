package dev.plumbline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdaptersTest {
  private static final EventValidator VALIDATOR = EventValidator.compile(Fixtures.storefront());

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "UNPLANNED_EVENT, Unplanned-Event",
    "REQUIRED_MISSING, Required-Missing",
    "TYPE_MISMATCH, Datatype-Mismatch",
    "UNPLANNED_PROPERTY, Additional-Properties",
    "ENUM_MISMATCH, Unknown-Violation",
    "RANGE, Unknown-Violation",
    "INVALID_ENVELOPE, Unknown-Violation",
    "NESTING_TOO_DEEP, Unknown-Violation"
  })
  void rudderStackHasFiveTypes(ViolationCode code, String type) {
    assertThat(RudderStackViolations.type(code)).isEqualTo(type);
  }

  @Test
  void rudderStackShapeKeepsItsSpellingAndNamesTheMissingProperty() {
    ValidationResult r =
        VALIDATOR.validate(Fixtures.json("{'type':'group','traits':{'company':1}}"));
    ValidationResult missing = VALIDATOR.validate(Fixtures.json("{'type':'group','traits':{}}"));
    ArrayNode json =
        RudderStackViolations.toJson(List.of(r.violations().get(0), missing.violations().get(0)));
    assertThat(json.toString())
        .isEqualTo(
            "[{\"type\":\"Datatype-Mismatch\",\"message\":\"expected string, found integer 1\","
                + "\"meta\":{\"instacePath\":\"/traits/company\",\"schemaPath\":\"events/Group/traits/company\"}},"
                + "{\"type\":\"Required-Missing\",\"message\":\"expected required property 'company', found none\","
                + "\"meta\":{\"instacePath\":\"/traits\",\"schemaPath\":\"events/Group/traits/company\","
                + "\"missingProperty\":\"company\"}}]");
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "REQUIRED_MISSING|expected required property 'x', found none|Required",
        "TYPE_MISMATCH|expected string, found integer 1|Type",
        "ENUM_MISMATCH|expected one of [\"a\"], found \"b\"|Enum",
        "PATTERN_MISMATCH|expected string matching /a/, found \"b\"|Pattern",
        "FORMAT_MISMATCH|expected email, found \"b\"|Format",
        "RANGE|expected number >= 0, found -1|Minimum",
        "RANGE|expected number > 0, found 0|ExclusiveMinimum",
        "RANGE|expected integer <= 5, found 6|Maximum",
        "RANGE|expected integer < 5, found 5|ExclusiveMaximum",
        "MULTIPLE_OF|expected a multiple of 2, found 3|MultipleOf",
        "LENGTH|expected string of at least 3 characters, found 2|MinLength",
        "LENGTH|expected string of at most 3 characters, found 4|MaxLength",
        "ITEMS|expected array of at least 1 item, found 0|MinItems",
        "ITEMS|expected array of at most 1 item, found 2|MaxItems",
        "UNIQUE|expected unique items, found items 0 and 1 equal|UniqueItems",
        "UNPLANNED_PROPERTY|expected no property 'x' (not declared), found string|AdditionalProperties",
        "ANY_OF_NO_MATCH|expected any of [string, integer], found boolean true|AnyOf",
        "ONE_OF_NO_MATCH|expected exactly one of [string, integer], found boolean true|OneOf",
        "UNPLANNED_EVENT|expected a planned event, found track \"x\"|UnplannedEvent",
        // built elsewhere, with a message that does not name the bound: the code, not a guess
        "RANGE|value too small|Range",
        "LENGTH|too short|Length",
        "ITEMS|not enough items|Items",
        "PROPERTIES_COUNT|too many|PropertiesCount",
      })
  void segmentTypesAreTitleCaseKeywords(ViolationCode code, String message, String type) {
    assertThat(
            SegmentViolations.violationType(
                new Violation(code, "/properties/x", "events/e", message)))
        .isEqualTo(type);
  }

  @Test
  void violationsHoldJsonPointers() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Violation(ViolationCode.RANGE, "properties/x", "events/E", "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "instancePointer must be a JSON pointer (empty or starting with '/'), got"
                + " 'properties/x'");
  }

  @Test
  void segmentFieldIsTheDottedPointer() {
    assertThat(
            SegmentViolations.violationField(
                new Violation(ViolationCode.RANGE, "/properties/products/0/price", "", "m")))
        .isEqualTo("properties.products.0.price");
    assertThat(
            SegmentViolations.violationField(
                new Violation(ViolationCode.RANGE, "/properties/a~1b~0c", "", "m")))
        .isEqualTo("properties.a/b~c");
    assertThat(
            SegmentViolations.violationField(
                new Violation(ViolationCode.INVALID_ENVELOPE, "", "", "m")))
        .isEmpty();
    ValidationResult r =
        VALIDATOR.validate(
            Fixtures.json(
                Fixtures.orderCompleted("{'order_id':'o','revenue':1,'currency':'USD'}")));
    assertThat(SegmentViolations.toJson(r.violations().get(0)).toString())
        .isEqualTo(
            "{\"violationType\":\"Required\",\"violationField\":\"properties.products\","
                + "\"violationDescription\":\"expected required property 'products', found none\"}");
  }
}
