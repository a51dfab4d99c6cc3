package dev.plumbline.validation;

import static dev.plumbline.core.types.Types.nullable;
import static dev.plumbline.core.types.Types.number;
import static dev.plumbline.core.types.Types.object;
import static dev.plumbline.core.types.Types.string;
import static dev.plumbline.validation.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.JsonSchemaType;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The draft-07 engine behind {@link JsonSchemaType}: codes, locations, references, limits. */
class JsonSchemaTypeTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private static JsonSchemaType schema(String text) {
    return JsonSchemaType.of(text.replace('\'', '"'));
  }

  private static ValidationResult validate(DataType type, String value) {
    return TypeValidator.compile(type, Map.of()).validate(json(value));
  }

  private static ValidationResult validate(String schema, String value) {
    return validate(schema(schema), value);
  }

  @Test
  void aPropertyThatIsNotAllowedSuggestsAnAbsentDeclaredOneWithACloseName() {
    String closed =
        "{'properties':{'quantity':{'type':'integer'},'sku':{}},'additionalProperties':false}";
    assertThat(validate(closed, "{'quantiy':2,'sku':'a'}").violations())
        .extracting(Violation::code, Violation::instancePointer, Violation::message)
        .containsExactly(
            tuple(
                ViolationCode.UNPLANNED_PROPERTY,
                "/quantiy",
                "expected no property 'quantiy' (additionalProperties: false; did you mean"
                    + " 'quantity'?), found integer"));
    assertThat(validate(closed, "{'quantity':1,'quantiy':2}").violations())
        .extracting(Violation::message)
        .containsExactly(
            "expected no property 'quantiy' (additionalProperties: false), found integer");
  }

  @Test
  void schemaProblemsNameEachInvalidPartUpFront() {
    TypeValidator broken =
        TypeValidator.compile(object().optional("a", schema("{'minLength':-1}")), Map.of());
    assertThat(broken.schemaProblems())
        .containsExactly("a: 'minLength' must be a non-negative integer, found -1 (at /minLength)");
    // The part still rejects what it applies to, and only that.
    assertThat(broken.validate(json("{}")).valid()).isTrue();
    assertThat(broken.validate(json("{'a':'x'}")).violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.UNSUPPORTED_SCHEMA);
    assertThat(TypeValidator.compile(schema("{'minLength':1}"), Map.of()).schemaProblems())
        .isEmpty();
    assertThat(TypeValidator.compile(string().minLength(1), Map.of()).schemaProblems()).isEmpty();
  }

  @Test
  void floatNodesAreJudgedAtTheDecimalTheyPrintAs() {
    FloatNode point3 = FloatNode.valueOf(0.3f);
    assertThat(TypeValidator.compile(number().max(0.3), Map.of()).validate(point3).valid())
        .isTrue();
    assertThat(
            TypeValidator.compile(number().multipleOf(new BigDecimal("0.1")), Map.of())
                .validate(point3)
                .valid())
        .isTrue();
    assertThat(
            TypeValidator.compile(schema("{'const':0.1}"), Map.of())
                .validate(FloatNode.valueOf(0.1f))
                .valid())
        .isTrue();
    assertThat(TypeValidator.compile(number().max(0.25), Map.of()).validate(point3).violations())
        .extracting(Violation::message)
        .containsExactly("expected number <= 0.25, found 0.3");
  }

  @Test
  void sizeBoundsNameTheBoundAndWhatWasFound() {
    assertThat(validate("{'minProperties':2}", "{'a':1}").violations())
        .extracting(Violation::message)
        .containsExactly("expected object of at least 2 properties, found 1");
    assertThat(validate("{'maxProperties':0}", "{'a':1}").violations())
        .extracting(Violation::message)
        .containsExactly("expected object of at most 0 properties, found 1");
    assertThat(validate("{'minItems':2}", "[1]").violations())
        .extracting(Violation::code, Violation::message)
        .containsExactly(tuple(ViolationCode.ITEMS, "expected array of at least 2 items, found 1"));
    assertThat(validate("{'maxLength':2}", "'abc'").violations())
        .extracting(Violation::code, Violation::message)
        .containsExactly(
            tuple(ViolationCode.LENGTH, "expected string of at most 2 characters, found 3"));
  }

  @Test
  void remoteReferencesAreRejectedAtCompileNamingTheRefAndWhereItIs() {
    assertThatThrownBy(
            () ->
                TypeValidator.compile(
                    schema("{'properties':{'foo':{'$ref':'http://localhost:1234/integer.json'}}}"),
                    Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "remote $ref 'http://localhost:1234/integer.json' at /properties/foo/$ref is not"
                + " supported: only references within the document are");
  }

  /** Validating with $refs that only refer to one another would never end: refused at compile. */
  @Test
  void refCyclesThatNeverReachAKeywordAreRejectedAtCompile() {
    assertThatThrownBy(() -> TypeValidator.compile(schema("{'$ref':'#'}"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "$ref cycle at the root: '#' -> '#' refer only to one another and never reach a schema"
                + " keyword");
    assertThatThrownBy(
            () ->
                TypeValidator.compile(
                    schema(
                        "{'definitions':{'a':{'$ref':'#/definitions/b'},'b':{'$ref':'#/definitions/a'}},"
                            + "'properties':{'x':{'$ref':'#/definitions/a'}}}"),
                    Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "$ref cycle at /properties/x: '#/properties/x' -> '#/definitions/a' ->"
                + " '#/definitions/b' -> '#/definitions/a' refer only to one another");
    // A broken link further down a chain is reported once, where it is.
    assertThatThrownBy(
            () ->
                TypeValidator.compile(
                    schema(
                        "{'properties':{'x':{'$ref':'#/definitions/a'},'y':{'$ref':'#/definitions/a'}},"
                            + "'definitions':{'a':{'$ref':'#/definitions/missing'}}}"),
                    Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "$ref '#/definitions/missing' at /definitions/a/$ref does not resolve: nothing at"
                + " '#/definitions/missing'");
    // Recursion through a keyword is fine.
    assertThat(
            TypeValidator.compile(
                    schema("{'properties':{'child':{'$ref':'#'}},'required':['id']}"), Map.of())
                .validate(Fixtures.json("{'id':1,'child':{'id':2,'child':{}}}"))
                .violations())
        .extracting(Violation::instancePointer)
        .containsExactly("/child/child/id");
  }

  /** The schema's pointers are relative to the schema: the error also names where it sits. */
  @Test
  void aBadReferenceInAPlanNamesTheEventAndProperty() {
    JsonSchemaType remote = JsonSchemaType.of("{\"$ref\":\"http://example.com/s.json\"}");
    TrackingPlan plan =
        TrackingPlan.named("p")
            .event(
                EventSpec.track("E")
                    .optional("ok", string())
                    .optional(
                        "lines",
                        dev.plumbline.core.types.Types.array(object().optional("a/b", remote))))
            .build();
    assertThatThrownBy(() -> EventValidator.compile(plan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "events/E/properties/lines/items/a~1b: remote $ref 'http://example.com/s.json' at"
                + " /$ref is not supported");
    assertThatThrownBy(() -> Enforcer.of(plan))
        .hasMessageStartingWith("events/E/properties/lines/items/a~1b: remote $ref");
  }

  @Test
  void schemaProblemsOfNestedPartsSayWhereThePartIs() {
    DataType type =
        object()
            .optional("a", object().optional("b", JsonSchemaType.of("{\"minLength\": -1}")).open());
    assertThat(TypeValidator.compile(type, Map.of()).schemaProblems())
        .containsExactly(
            "a/b: 'minLength' must be a non-negative integer, found -1 (at /minLength)");
  }

  @Test
  void everyUnresolvableReferenceIsNamedEvenInUnusedDefinitions() {
    assertThatThrownBy(
            () ->
                TypeValidator.compile(
                    schema(
                        "{'definitions':{'a':{'$ref':'other.json#/x'},"
                            + "'b':{'$ref':'#/definitions/missing'}},'type':'string'}"),
                    Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("remote $ref 'other.json#/x' at /definitions/a/$ref")
        .hasMessageContaining(
            "$ref '#/definitions/missing' at /definitions/b/$ref does not resolve");
  }

  @Test
  void referencesFollowPointersIdsAndAnchorsAndIgnoreTheirSiblings() {
    String pointer =
        "{'properties':{'a~b':{'$ref':'#/definitions/x%25y~1z'}},"
            + "'definitions':{'x%y/z':{'type':'integer'}}}";
    assertThat(validate(pointer, "{'a~b':1}").valid()).isTrue();
    assertThat(validate(pointer, "{'a~b':'1'}").violations())
        .extracting(Violation::code, Violation::instancePointer, Violation::planLocation)
        .containsExactly(tuple(ViolationCode.TYPE_MISMATCH, "/a~0b", "properties/a~0b/$ref"));

    String anchor = "{'allOf':[{'$ref':'#num'}],'definitions':{'n':{'$id':'#num','minimum':3}}}";
    assertThat(validate(anchor, "2").violations())
        .extracting(Violation::code, Violation::planLocation)
        .containsExactly(tuple(ViolationCode.RANGE, "allOf/0/$ref"));

    // An empty reference is the document itself, like '#'.
    String self = "{'type':'object','required':['id'],'properties':{'child':{'$ref':''}}}";
    assertThat(validate(self, "{'id':1,'child':{'id':2}}").valid()).isTrue();
    assertThat(validate(self, "{'id':1,'child':{}}").violations())
        .extracting(Violation::code, Violation::instancePointer)
        .containsExactly(tuple(ViolationCode.REQUIRED_MISSING, "/child/id"));

    String base =
        "{'$id':'http://example.com/root.json','items':{'$ref':'item.json'},"
            + "'definitions':{'i':{'$id':'item.json','type':'string'}}}";
    assertThat(validate(base, "['a','b']").valid()).isTrue();
    assertThat(validate(base, "['a',2]").violations())
        .extracting(Violation::instancePointer)
        .containsExactly("/1");

    String siblings =
        "{'$ref':'#/definitions/s','maxLength':1,'definitions':{'s':{'type':'string'}}}";
    assertThat(validate(siblings, "'long'").valid()).isTrue();
  }

  @Test
  void recursiveSchemasCheckRecursiveValues() {
    String tree =
        "{'type':'object','required':['value'],'properties':{'value':{'type':'integer'},"
            + "'children':{'type':'array','items':{'$ref':'#'}}},'additionalProperties':false}";
    assertThat(
            validate(
                    tree,
                    "{'value':1,'children':[{'value':2,'children':[]},"
                        + "{'value':3,'children':[{'value':4}]}]}")
                .valid())
        .isTrue();
    assertThat(
            validate(tree, "{'value':1,'children':[{'value':2,'children':[{'value':'x'}]}]}")
                .violations())
        .extracting(Violation::code, Violation::instancePointer, Violation::planLocation)
        .containsExactly(
            tuple(
                ViolationCode.TYPE_MISMATCH,
                "/children/0/children/0/value",
                "properties/children/items/$ref/properties/children/items/$ref/properties/value"));
  }

  @Test
  void evaluationDepthIsBoundedSoDeepValuesAndRefCyclesAreViolationsNotCrashes() {
    JsonNode deep = F.numberNode(1);
    for (int i = 0; i < 10_000; i++) {
      ObjectNode o = F.objectNode();
      o.set("a", deep);
      deep = o;
    }
    TypeValidator recursive =
        TypeValidator.compile(schema("{'properties':{'a':{'$ref':'#'}}}"), Map.of());
    assertThat(recursive.validate(deep).violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.NESTING_TOO_DEEP);

    ArrayNode deepArray = F.arrayNode();
    ArrayNode current = deepArray;
    for (int i = 0; i < 10_000; i++) {
      ArrayNode next = F.arrayNode();
      current.add(next);
      current = next;
    }
    assertThat(
            TypeValidator.compile(schema("{'items':{'$ref':'#'}}"), Map.of())
                .validate(deepArray)
                .violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.NESTING_TOO_DEEP);

    // (A bare {'$ref':'#'} is refused at compile: see refCyclesThatNeverReachAKeyword...)
    // Negating an evaluation that ran out of depth must not make it valid.
    assertThat(validate("{'not':{'$ref':'#'}}", "1").violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.NESTING_TOO_DEEP);
    assertThat(validate("{'anyOf':[{'$ref':'#'},true]}", "1").valid()).isFalse();
  }

  @Test
  void theDeepestSchemaJacksonParsesCompilesAndIsCutAtTheEvaluationLimit() {
    int levels = 998;
    String deep = "{\"not\":".repeat(levels) + "{}" + "}".repeat(levels);
    TypeValidator v = TypeValidator.compile(JsonSchemaType.of(deep), Map.of());
    assertThat(v.validate(F.numberNode(1)).violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.NESTING_TOO_DEEP);
    String shallow = "{\"not\":".repeat(200) + "{}" + "}".repeat(200);
    assertThat(
            TypeValidator.compile(JsonSchemaType.of(shallow), Map.of())
                .validate(F.numberNode(1))
                .valid())
        .isTrue();
  }

  @Test
  void eachKeywordReportsItsOwnCodeAtTheRightPointer() {
    assertThat(validate("{'contains':{'type':'integer'}}", "['a']").violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.CONTAINS);
    assertThat(validate("{'contains':{'type':'integer'}}", "[]").violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.CONTAINS);
    assertThat(validate("{'propertyNames':{'maxLength':3}}", "{'ok':1,'long':2}").violations())
        .extracting(Violation::code, Violation::instancePointer, Violation::planLocation)
        .containsExactly(tuple(ViolationCode.PROPERTY_NAME, "/long", "propertyNames"));
    assertThat(validate("{'dependencies':{'card':['billing']}}", "{'card':1}").violations())
        .extracting(Violation::code, Violation::instancePointer, Violation::planLocation)
        .containsExactly(tuple(ViolationCode.DEPENDENCY, "/billing", "dependencies/card"));
    assertThat(
            validate("{'dependencies':{'card':{'required':['billing']}}}", "{'card':1}")
                .violations())
        .extracting(Violation::code, Violation::instancePointer, Violation::planLocation)
        .containsExactly(
            tuple(ViolationCode.DEPENDENCY, "", "dependencies/card"),
            tuple(ViolationCode.REQUIRED_MISSING, "/billing", "dependencies/card"));
    assertThat(validate("{'minProperties':2}", "{'a':1}").violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.PROPERTIES_COUNT);
    assertThat(validate("{'maxProperties':0}", "{'a':1}").violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.PROPERTIES_COUNT);
    assertThat(
            validate(
                    "{'if':{'properties':{'country':{'const':'US'}}},"
                        + "'then':{'required':['zip']},'else':{'required':['postcode']}}",
                    "{'country':'US'}")
                .violations())
        .extracting(Violation::code, Violation::instancePointer, Violation::planLocation)
        .containsExactly(
            tuple(ViolationCode.IF_THEN_ELSE, "", ""),
            tuple(ViolationCode.REQUIRED_MISSING, "/zip", "then"));
    assertThat(validate("{'not':{'const':0}}", "0.0").violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.NOT_MATCHED);
    assertThat(
            validate("{'items':[{'type':'string'}],'additionalItems':false}", "['a',1]")
                .violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.ITEMS);
    assertThat(
            validate(
                    "{'items':[{'type':'string'}],'additionalItems':{'type':'integer'}}",
                    "[1,2,'x']")
                .violations())
        .extracting(Violation::code, Violation::instancePointer, Violation::planLocation)
        .containsExactly(
            tuple(ViolationCode.TYPE_MISMATCH, "/0", "items/0"),
            tuple(ViolationCode.TYPE_MISMATCH, "/2", "additionalItems"));
    assertThat(
            validate(
                    "{'patternProperties':{'^x_':{'type':'integer'}},'additionalProperties':false}",
                    "{'x_a':'s','y':1}")
                .violations())
        .extracting(Violation::code, Violation::instancePointer, Violation::planLocation)
        .containsExactly(
            tuple(ViolationCode.TYPE_MISMATCH, "/x_a", "patternProperties/^x_"),
            tuple(ViolationCode.UNPLANNED_PROPERTY, "/y", ""));
    assertThat(validate("{'allOf':[{'minimum':2},{'multipleOf':2}]}", "1").violations())
        .extracting(Violation::code, Violation::planLocation)
        .containsExactly(
            tuple(ViolationCode.RANGE, "allOf/0"), tuple(ViolationCode.MULTIPLE_OF, "allOf/1"));
    assertThat(validate("{'const':1}", "1.0").valid()).isTrue();
    assertThat(validate("{'maxLength':1}", "'\uD83D\uDE00'").valid()).isTrue();
  }

  @Test
  void newCodesHaveSegmentTypesNamedAfterTheirKeyword() {
    assertThat(
            validate("{'minProperties':2,'contains':{'const':1},'not':{'type':'array'}}", "[2]")
                .violations())
        .extracting(SegmentViolations::violationType)
        .containsExactly("Contains", "Not");
    assertThat(validate("{'minProperties':2}", "{}").violations())
        .extracting(SegmentViolations::violationType)
        .containsExactly("MinProperties");
    assertThat(validate("{'items':[true],'additionalItems':false}", "[1,2]").violations())
        .extracting(SegmentViolations::violationType)
        .containsExactly("AdditionalItems");
  }

  @Test
  void invalidDraft07SchemasRejectEveryValueNamingTheKeyword() {
    ValidationResult r = validate("{'properties':{'a':{'minLength':-1}}}", "{}");
    assertThat(r.violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.UNSUPPORTED_SCHEMA);
    assertThat(r.violations().get(0).message())
        .contains("'minLength' must be a non-negative integer")
        .contains("/properties/a/minLength");
    assertThat(validate("{'pattern':'('}", "1").violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.UNSUPPORTED_SCHEMA);
    // Unknown keywords and unknown formats are ignored, as draft-07 says.
    assertThat(validate("{'x-owner':'me','format':'color'}", "'red'").valid()).isTrue();
  }

  @Test
  void objectConstraintsAreCheckedTogetherWithTheTypedObject() {
    DataType type =
        object()
            .required("name", string())
            .open()
            .constraints(
                schema("{'minProperties':2,'patternProperties':{'^x_':{'type':'integer'}}}"));
    assertThat(validate(type, "{'name':'n','x_1':1}").valid()).isTrue();
    assertThat(validate(type, "{'name':'n'}").violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.PROPERTIES_COUNT);
    assertThat(validate(type, "{'x_1':'s'}").violations())
        .extracting(Violation::code, Violation::instancePointer)
        .containsExactly(
            tuple(ViolationCode.REQUIRED_MISSING, "/name"),
            tuple(ViolationCode.TYPE_MISMATCH, "/x_1"),
            tuple(ViolationCode.PROPERTIES_COUNT, ""));
    assertThat(validate(nullable(type), "null").valid()).isTrue();

    TrackingPlan plan =
        TrackingPlan.named("p")
            .event(
                EventSpec.track("Signed Up")
                    .required(
                        "profile",
                        object()
                            .optional("a", string())
                            .open()
                            .constraints(schema("{'maxProperties':1}"))))
            .build();
    ValidationResult r =
        EventValidator.compile(plan)
            .validate(
                json(
                    "{'type':'track','event':'Signed Up','properties':{'profile':{'a':'x','b':1}}}"));
    assertThat(r.violations())
        .extracting(Violation::code, Violation::instancePointer, Violation::planLocation)
        .containsExactly(
            tuple(
                ViolationCode.PROPERTIES_COUNT,
                "/properties/profile",
                "events/Signed Up/properties/profile"));
  }
}
