package dev.plumbline.validation;

import static dev.plumbline.core.types.Types.array;
import static dev.plumbline.core.types.Types.bool;
import static dev.plumbline.core.types.Types.enumOf;
import static dev.plumbline.core.types.Types.integer;
import static dev.plumbline.core.types.Types.nullable;
import static dev.plumbline.core.types.Types.number;
import static dev.plumbline.core.types.Types.object;
import static dev.plumbline.core.types.Types.ref;
import static dev.plumbline.core.types.Types.string;
import static dev.plumbline.validation.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.plumbline.core.PiiCategory;
import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.JsonSchemaType;
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.core.types.Types;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TypeValidatorTest {
  private static final ObjectMapper EXACT =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  /** type, value, expected code (null = valid), expected pointer. */
  static Stream<Arguments> constraints() {
    return Stream.of(
        // string length counts code points
        Arguments.of(string().minLength(2), "'ab'", null, ""),
        Arguments.of(string().minLength(2), "'a'", ViolationCode.LENGTH, ""),
        Arguments.of(string().maxLength(2), "'\uD83D\uDE00\uD83D\uDE00'", null, ""),
        Arguments.of(string().maxLength(1), "'\uD83D\uDE00\uD83D\uDE00'", ViolationCode.LENGTH, ""),
        Arguments.of(string().minLength(2), "'\uD83D\uDE00'", ViolationCode.LENGTH, ""),
        Arguments.of(string(), "5", ViolationCode.TYPE_MISMATCH, ""),
        // pattern is an unanchored search
        Arguments.of(string().pattern("b+"), "'abbc'", null, ""),
        Arguments.of(string().pattern("^b"), "'abc'", ViolationCode.PATTERN_MISMATCH, ""),
        // a pattern RE2 rejects (back-reference) runs on java.util.regex
        Arguments.of(string().pattern("(a)\\1"), "'xaax'", null, ""),
        Arguments.of(string().pattern("(a)\\1"), "'xax'", ViolationCode.PATTERN_MISMATCH, ""),
        Arguments.of(string().format(StringFormat.EMAIL), "'a@b.co'", null, ""),
        Arguments.of(
            string().format(StringFormat.EMAIL), "'a@b@c'", ViolationCode.FORMAT_MISMATCH, ""),
        // integer: zero fractional part, 1.0 is an integer
        Arguments.of(integer(), "1.0", null, ""),
        Arguments.of(integer(), "1.5", ViolationCode.TYPE_MISMATCH, ""),
        Arguments.of(integer(), "'1'", ViolationCode.TYPE_MISMATCH, ""),
        Arguments.of(integer().min(0), "-1", ViolationCode.RANGE, ""),
        Arguments.of(integer().max(10), "10", null, ""),
        Arguments.of(integer().exclusiveMax(10), "10", ViolationCode.RANGE, ""),
        Arguments.of(integer().exclusiveMin(0), "0", ViolationCode.RANGE, ""),
        Arguments.of(integer().multipleOf(5), "15", null, ""),
        Arguments.of(integer().multipleOf(5), "16", ViolationCode.MULTIPLE_OF, ""),
        Arguments.of(integer().max(9007199254740993L), "9007199254740993", null, ""),
        Arguments.of(integer().max(9007199254740992L), "9007199254740993", ViolationCode.RANGE, ""),
        // numbers are compared exactly
        Arguments.of(number().max(0.1), "0.1", null, ""),
        Arguments.of(number().min(0.1), "0.1", null, ""),
        Arguments.of(number().exclusiveMin(0.1), "0.1", ViolationCode.RANGE, ""),
        Arguments.of(number().max(0.5), "0.5000001", ViolationCode.RANGE, ""),
        Arguments.of(number().multipleOf(0.01), "12.34", null, ""),
        Arguments.of(number().multipleOf(0.1), "0.3", null, ""),
        Arguments.of(number().multipleOf(0.01), "12.345", ViolationCode.MULTIPLE_OF, ""),
        Arguments.of(number().max(100), "1e400", ViolationCode.RANGE, ""),
        Arguments.of(number().min(100), "-1e400", ViolationCode.RANGE, ""),
        Arguments.of(number(), "1e400", null, ""),
        Arguments.of(bool(), "true", null, ""),
        Arguments.of(bool(), "'true'", ViolationCode.TYPE_MISMATCH, ""),
        Arguments.of(enumOf("a", "b"), "'b'", null, ""),
        Arguments.of(enumOf("a", "b"), "'c'", ViolationCode.ENUM_MISMATCH, ""),
        Arguments.of(enumOf("1"), "1", ViolationCode.TYPE_MISMATCH, ""),
        Arguments.of(nullable(string()), "null", null, ""),
        Arguments.of(string(), "null", ViolationCode.TYPE_MISMATCH, ""),
        Arguments.of(nullable(Types.anyOf(string(), integer())), "null", null, ""),
        // arrays
        Arguments.of(array(integer()).minItems(1), "[]", ViolationCode.ITEMS, ""),
        Arguments.of(array(integer()).maxItems(1), "[1,2]", ViolationCode.ITEMS, ""),
        Arguments.of(array(integer()), "[1,'x']", ViolationCode.TYPE_MISMATCH, "/1"),
        Arguments.of(array(number()).uniqueItems(), "[1,2,1.0]", ViolationCode.UNIQUE, ""),
        Arguments.of(array(Types.anyOf(string(), integer())).uniqueItems(), "['1',1]", null, ""),
        Arguments.of(
            array(object().open()).uniqueItems(),
            "[{'a':1,'b':[1]},{'b':[1.0],'a':1}]",
            ViolationCode.UNIQUE,
            ""),
        Arguments.of(array(object().open()).uniqueItems(), "[{'a':1},{'a':2}]", null, ""),
        // objects
        Arguments.of(object().required("a", integer()), "{}", ViolationCode.REQUIRED_MISSING, "/a"),
        Arguments.of(
            object().optional("a", integer()), "{'b':1}", ViolationCode.UNPLANNED_PROPERTY, "/b"),
        Arguments.of(object().optional("a", integer()).open(), "{'b':1}", null, ""),
        Arguments.of(object(), "[]", ViolationCode.TYPE_MISMATCH, ""),
        Arguments.of(
            object().optional("a~b", integer()),
            "{'a~b':'x'}",
            ViolationCode.TYPE_MISMATCH,
            "/a~0b"));
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("constraints")
  void eachConstraintAcceptsAndRejects(
      DataType type, String value, ViolationCode code, String pointer) {
    ValidationResult r = TypeValidator.compile(type, Map.of()).validate(json(value));
    if (code == null) {
      assertThat(r.violations()).isEmpty();
      assertThat(r).isSameAs(ValidationResult.validWithoutSpec());
    } else {
      assertThat(r.violations())
          .extracting(Violation::code, Violation::instancePointer)
          .containsExactly(tuple(code, pointer));
    }
  }

  @Test
  void aUnionWhoseOtherOptionsFaultTheValueItselfIsNotNarrowedToOne() {
    // Each option faults "x" itself: a nested union, a JSON Schema enum, a kind.
    TypeValidator nested =
        TypeValidator.compile(
            Types.anyOf(Types.anyOf(object().required("a", number()), integer()), bool()),
            Map.of());
    assertThat(nested.validate(json("'x'")).violations())
        .extracting(Violation::code, Violation::instancePointer, Violation::message)
        .containsExactly(
            tuple(
                ViolationCode.ANY_OF_NO_MATCH,
                "",
                "expected any of [any of [object, integer], boolean], found string \"x\""));
    TypeValidator enumOption =
        TypeValidator.compile(Types.oneOf(JsonSchemaType.of("{\"enum\":[1,2]}"), bool()), Map.of());
    assertThat(enumOption.validate(json("'x'")).violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.ONE_OF_NO_MATCH);
    // Both options take integers: the value's kind is accepted, its value is not.
    TypeValidator ranges =
        TypeValidator.compile(Types.anyOf(number().max(1), number().min(10)), Map.of());
    assertThat(ranges.validate(json("5")).violations().get(0).message())
        .isEqualTo("expected any of [number, number], found integer 5, which no option accepts");
  }

  @Test
  void valuesStandingWherePiiIsDeclaredAreNotShownAndXPiiIsHonoured() {
    String hidden = "a value not shown (PII)";
    // An enum of the whole object would render the email.
    TypeValidator typed =
        TypeValidator.compile(
            object()
                .required("email", string(), PiiCategory.EMAIL)
                .constraints(JsonSchemaType.of("{\"enum\":[{\"email\":\"x\"}]}")),
            Map.of());
    assertThat(typed.validate(json("{'email':'jane.doe@example.com'}")).violations())
        .extracting(Violation::code, Violation::message)
        .containsExactly(
            tuple(
                ViolationCode.ENUM_MISMATCH,
                "expected one of [{\"email\":\"x\"}], found " + hidden));
    // A string sent where the object is declared may be the email itself.
    assertThat(typed.validate(json("'jane@x.io'")).violations().get(0).message())
        .isEqualTo("expected object, found " + hidden);
    TypeValidator union =
        TypeValidator.compile(
            Types.anyOf(object().required("email", string(), PiiCategory.EMAIL), integer()),
            Map.of());
    assertThat(union.validate(json("'jane@x.io'")).violations().get(0).message())
        .isEqualTo("expected any of [object, integer], found " + hidden);
    // Without PII the object is shown.
    TypeValidator plain =
        TypeValidator.compile(
            object()
                .required("email", string())
                .constraints(JsonSchemaType.of("{\"enum\":[{\"email\":\"x\"}]}")),
            Map.of());
    assertThat(plain.validate(json("{'email':'y'}")).violations().get(0).message())
        .endsWith("found {\"email\":\"y\"}");
    // A raw JSON Schema property annotated x-pii (as Plumbline's export writes) hides its value,
    // and so does the object declaring it.
    TypeValidator raw =
        TypeValidator.compile(
            JsonSchemaType.of(
                "{\"type\":\"object\",\"properties\":{\"user\":{\"properties\":{\"email\":"
                    + "{\"format\":\"email\",\"x-pii\":\"email\"}}}}}"),
            Map.of());
    assertThat(raw.validate(json("{'user':{'email':'jane.doe@@example.com'}}")).violations())
        .extracting(Violation::instancePointer, Violation::message)
        .containsExactly(tuple("/user/email", "expected email, found " + hidden));
    assertThat(raw.validate(json("'jane@x.io'")).violations().get(0).message())
        .isEqualTo("expected object, found " + hidden);
  }

  @Test
  void aUnionReportsTheOnlyOptionOfTheValuesKindElseSaysNoOptionAcceptsIt() {
    TypeValidator oneOf =
        TypeValidator.compile(
            Types.oneOf(object().required("amount", number()), integer()), Map.of());
    assertThat(oneOf.validate(json("{'amount':'5'}")).violations())
        .extracting(Violation::code, Violation::instancePointer, Violation::message)
        .containsExactly(
            tuple(ViolationCode.TYPE_MISMATCH, "/amount", "expected number, found string \"5\""));
    // Two options of the value's kind: which one was meant is unknown, so only the union's code.
    TypeValidator two =
        TypeValidator.compile(
            Types.anyOf(object().required("a", number()), object().required("b", number())),
            Map.of());
    assertThat(two.validate(json("{'c':1}")).violations())
        .extracting(Violation::code, Violation::instancePointer, Violation::message)
        .containsExactly(
            tuple(
                ViolationCode.ANY_OF_NO_MATCH,
                "",
                "expected any of [object, object], found object, which no option accepts"));
    // Two object shapes: the one declaring most of the value's properties is the closest.
    TypeValidator payment =
        TypeValidator.compile(
            Types.oneOf(
                object()
                    .required("card_last4", string().pattern("^[0-9]{4}$"))
                    .required("brand", Types.enumOf("visa", "mastercard")),
                object().required("iban", string().minLength(15))),
            Map.of());
    assertThat(payment.validate(json("{'card_last4':'42','brand':'visa'}")).violations())
        .extracting(Violation::code, Violation::instancePointer)
        .containsExactly(tuple(ViolationCode.PATTERN_MISMATCH, "/card_last4"));
    assertThat(payment.validate(json("{'iban':'DE12'}")).violations())
        .extracting(Violation::code, Violation::instancePointer)
        .containsExactly(tuple(ViolationCode.LENGTH, "/iban"));
    // Equally close (one property of each): the union's code.
    assertThat(payment.validate(json("{'brand':'visa','iban':'DE12'}")).violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.ONE_OF_NO_MATCH);
    // A JSON Schema option's closeness cannot be told: no pick among several candidates.
    TypeValidator mixed =
        TypeValidator.compile(
            Types.anyOf(
                JsonSchemaType.of(
                    "{\"type\":\"object\",\"properties\":{\"b\":{\"type\":\"string\"},"
                        + "\"c\":{\"type\":\"string\"},\"d\":{\"type\":\"string\"}},"
                        + "\"required\":[\"b\",\"c\",\"d\"]}"),
                object().required("b", integer()).required("z", string())),
            Map.of());
    assertThat(mixed.validate(json("{'b':'x','c':'y','d':1}")).violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.ANY_OF_NO_MATCH);
    // No option of the value's kind: the union's code, as before.
    assertThat(oneOf.validate(json("'x'")).violations())
        .extracting(Violation::code, Violation::message)
        .containsExactly(
            tuple(
                ViolationCode.ONE_OF_NO_MATCH,
                "expected exactly one of [object, integer], found string \"x\""));
  }

  @Test
  void exactDecimalsFromAParserThatKeepsThem() throws Exception {
    TypeValidator max = TypeValidator.compile(number().max(new BigDecimal("0.1")), Map.of());
    assertThat(max.validate(EXACT.readTree("0.1")).valid()).isTrue();
    assertThat(max.validate(EXACT.readTree("0.10000000000000000000001")).valid()).isFalse();
    TypeValidator step =
        TypeValidator.compile(number().multipleOf(new BigDecimal("0.3")), Map.of());
    assertThat(step.validate(EXACT.readTree("1e400")).valid()).isFalse();
    assertThat(step.validate(EXACT.readTree("3e400")).valid()).isTrue();
    assertThat(step.validate(EXACT.readTree("0.9")).valid()).isTrue();
    assertThat(step.validate(EXACT.readTree("1e-400")).valid()).isFalse();
    assertThat(TypeValidator.compile(integer(), Map.of()).validate(EXACT.readTree("1e400")).valid())
        .isTrue();
    assertThat(TypeValidator.compile(integer(), Map.of()).validate(EXACT.readTree("1.5e0")).valid())
        .isFalse();
  }

  @Test
  void messagesNameTheExpectationAndTheFinding() {
    assertThat(message(number().min(0), "-5")).isEqualTo("expected number >= 0, found -5");
    assertThat(message(integer().exclusiveMax(10), "12"))
        .isEqualTo("expected integer < 10, found 12");
    assertThat(message(string(), "12")).isEqualTo("expected string, found integer 12");
    assertThat(message(nullable(string()), "{}"))
        .isEqualTo("expected string or null, found object");
    assertThat(message(string().minLength(3), "'ab'"))
        .isEqualTo("expected string of at least 3 characters, found 2");
    assertThat(message(number().multipleOf(0.01), "1.234"))
        .isEqualTo("expected a multiple of 0.01, found 1.234");
    assertThat(message(string().format(StringFormat.UUID), "'" + "z".repeat(100) + "'"))
        .startsWith("expected uuid, found \"zzzz")
        .hasSizeLessThan(90);
  }

  @Test
  void nullableWrappersSayThatNullIsAcceptedToo() {
    Map<String, CustomType> types =
        Map.of(
            "Address",
            new CustomType("Address", object().required("city", string()), Optional.empty()),
            "MaybeAddress",
            new CustomType("MaybeAddress", nullable(ref("Address")), Optional.empty()));
    assertThat(messages(nullable(ref("Address")), types, "'x'"))
        .containsExactly("expected object or null, found string \"x\"");
    // a mismatch below the nullable value is about that child only
    assertThat(messages(nullable(ref("Address")), types, "{'city':5}"))
        .containsExactly("expected string, found integer 5");
    // a reference to a nullable type, itself nullable: said once
    assertThat(messages(nullable(ref("MaybeAddress")), types, "[]"))
        .containsExactly("expected object or null, found array");
    assertThat(messages(nullable(Types.anyOf(string(), integer())), types, "true"))
        .containsExactly("expected any of [string, integer] or null, found boolean true");
    assertThat(messages(nullable(Types.oneOf(string(), integer())), types, "true"))
        .containsExactly("expected exactly one of [string, integer] or null, found boolean true");
    assertThat(messages(nullable(JsonSchemaType.of("{\"type\":\"object\"}")), types, "5"))
        .containsExactly("expected object or null, found integer 5");
    // the same types without nullable do not mention null
    assertThat(messages(ref("Address"), types, "'x'"))
        .containsExactly("expected object, found string \"x\"");
    assertThat(messages(JsonSchemaType.of("{\"type\":\"object\"}"), types, "5"))
        .containsExactly("expected object, found integer 5");
  }

  @Test
  void anUndeclaredPropertyIsReportedOnceWhenTheConstraintsAlsoCloseTheObject() {
    DataType closedTwice =
        object()
            .optional("a", integer())
            .constraints(
                JsonSchemaType.of("{\"properties\":{\"a\":{}},\"additionalProperties\":false}"));
    assertThat(
            TypeValidator.compile(closedTwice, Map.of())
                .validate(json("{'a':1,'z':2,'y':3}"))
                .violations())
        .extracting(Violation::code, Violation::instancePointer)
        .containsExactly(
            tuple(ViolationCode.UNPLANNED_PROPERTY, "/z"),
            tuple(ViolationCode.UNPLANNED_PROPERTY, "/y"));
  }

  @Test
  void constAndEnumMessagesShowContainersAsJson() {
    assertThat(messages(JsonSchemaType.of("{\"const\":{\"a\":[1,2]}}"), Map.of(), "{'a':[1,3]}"))
        .containsExactly("expected {\"a\":[1,2]}, found {\"a\":[1,3]}");
    assertThat(messages(JsonSchemaType.of("{\"enum\":[[1],{\"b\":null}]}"), Map.of(), "[2]"))
        .containsExactly("expected one of [[1], {\"b\":null}], found [2]");
  }

  private static java.util.List<String> messages(
      DataType type, Map<String, CustomType> types, String value) {
    return TypeValidator.compile(type, types).validate(json(value)).violations().stream()
        .map(Violation::message)
        .toList();
  }

  private static String message(DataType type, String value) {
    return TypeValidator.compile(type, Map.of())
        .validate(json(value))
        .violations()
        .get(0)
        .message();
  }

  @Test
  void referencesResolveToTheCustomTypeAtTheUseSite() {
    Map<String, CustomType> types =
        Map.of(
            "Money",
                new CustomType(
                    "Money", object().required("amount", number().min(0)), Optional.empty()),
            "Line",
                new CustomType("Line", object().required("price", ref("Money")), Optional.empty()));
    TypeValidator v = TypeValidator.compile(array(ref("Line")), types);
    ValidationResult r = v.validate(json("[{'price':{'amount':1}},{'price':{'amount':-1}}]"));
    assertThat(r.violations())
        .extracting(Violation::code, Violation::instancePointer, Violation::planLocation)
        .containsExactly(tuple(ViolationCode.RANGE, "/1/price/amount", "items/price/amount"));
    assertThatThrownBy(() -> TypeValidator.compile(ref("Nope"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Nope");
    Map<String, CustomType> loop =
        Map.of("A", new CustomType("A", array(ref("A")), Optional.empty()));
    assertThatThrownBy(() -> TypeValidator.compile(ref("A"), loop))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refers to itself");
  }

  @Test
  void missingValuesAreTypeMismatches() {
    TypeValidator v = TypeValidator.compile(string(), Map.of());
    assertThat(v.validate(null).violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.TYPE_MISMATCH);
    assertThat(v.validate(MissingNode.getInstance()).violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.TYPE_MISMATCH);
  }

  static Stream<Arguments> jsonSchemas() {
    return Stream.of(
        Arguments.of("true", "{'anything':[1]}", null),
        Arguments.of("false", "1", ViolationCode.TYPE_MISMATCH),
        Arguments.of("{}", "'x'", null),
        Arguments.of("{'type':'string','minLength':2}", "'a'", ViolationCode.LENGTH),
        Arguments.of("{'type':['string','null']}", "null", null),
        Arguments.of("{'type':['string','integer']}", "1.5", ViolationCode.TYPE_MISMATCH),
        Arguments.of("{'type':'integer','minimum':3}", "2", ViolationCode.RANGE),
        Arguments.of("{'enum':[1,'a',null]}", "1.0", null),
        Arguments.of("{'enum':[1,'a',null]}", "2", ViolationCode.ENUM_MISMATCH),
        Arguments.of("{'const':{'a':1}}", "{'a':2}", ViolationCode.CONST_MISMATCH),
        Arguments.of(
            "{'type':'object','properties':{'a':{'type':'integer'}},'required':['a']}",
            "{'b':1}",
            ViolationCode.REQUIRED_MISSING),
        Arguments.of(
            "{'type':'object','properties':{'a':{'type':'integer'}},'additionalProperties':false}",
            "{'b':1}",
            ViolationCode.UNPLANNED_PROPERTY),
        Arguments.of(
            "{'type':'array','items':{'type':'string'},'uniqueItems':true}",
            "['a','a']",
            ViolationCode.UNIQUE),
        Arguments.of(
            "{'oneOf':[{'type':'integer'},{'type':'number'}]}",
            "1",
            ViolationCode.ONE_OF_MULTIPLE_MATCH),
        Arguments.of("{'not':{'type':'string'}}", "1", null),
        Arguments.of("{'not':{'type':'string'}}", "'a'", ViolationCode.NOT_MATCHED),
        Arguments.of(
            "{'$ref':'#/definitions/x','definitions':{'x':{'type':'integer'}}}",
            "'a'",
            ViolationCode.TYPE_MISMATCH),
        Arguments.of(
            "{'type':'object','additionalProperties':{'type':'string'}}", "{'a':'x'}", null),
        Arguments.of(
            "{'type':'object','additionalProperties':{'type':'string'}}",
            "{'a':1}",
            ViolationCode.TYPE_MISMATCH),
        Arguments.of("{'minLength':-1}", "'a'", ViolationCode.UNSUPPORTED_SCHEMA));
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("jsonSchemas")
  void jsonSchemaTypesAreCheckedAsDraft07(String schema, String value, ViolationCode code) {
    ValidationResult r =
        TypeValidator.compile(JsonSchemaType.of(schema.replace('\'', '"')), Map.of())
            .validate(json(value));
    if (code == null) {
      assertThat(r.violations()).isEmpty();
    } else {
      assertThat(r.violations()).extracting(Violation::code).containsExactly(code);
    }
  }

  @Test
  void doubleValuesFromJacksonKeepTheirWrittenValue() {
    JsonNode tenth = json("0.1");
    assertThat(TypeValidator.compile(number().max(0.1).min(0.1), Map.of()).validate(tenth).valid())
        .isTrue();
  }
}
