package dev.plumbline.validation.export;

import static dev.plumbline.core.types.Types.array;
import static dev.plumbline.core.types.Types.bool;
import static dev.plumbline.core.types.Types.enumOf;
import static dev.plumbline.core.types.Types.integer;
import static dev.plumbline.core.types.Types.number;
import static dev.plumbline.core.types.Types.object;
import static dev.plumbline.core.types.Types.ref;
import static dev.plumbline.core.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.export.JsonSchemaExporter;
import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.types.ObjectType;
import dev.plumbline.core.types.Property;
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.core.types.Variants;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.everit.json.schema.Schema;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Variants: a case's properties are allowed and its required ones required only when the case is
 * selected; otherwise the default applies, also when the discriminator is absent or not a string.
 */
class VariantsExportTest {

  private static Variants paymentVariants() {
    Map<String, Property> card = new LinkedHashMap<>();
    card.put("last4", Property.required(string().pattern("^[0-9]{4}$")));
    card.put("brand", Property.optional(enumOf("visa", "amex")));
    Map<String, Property> paypal = new LinkedHashMap<>();
    paypal.put("payer_email", Property.required(string().format(StringFormat.EMAIL)));
    Map<String, Property> otherwise = new LinkedHashMap<>();
    otherwise.put("reference", Property.required(string().minLength(3)));
    otherwise.put("memo", Property.optional(string()));
    return Variants.on("method")
        .when("Card", List.of("card", "credit_card"), card)
        .when("PayPal", List.of("paypal"), paypal)
        .when("Cash", List.of("cash"), Map.of())
        .otherwise(otherwise);
  }

  private static ObjectType payment() {
    return object()
        .optional("method", string())
        .required("amount", number().min(0))
        .variants(paymentVariants());
  }

  private static Schema load(ObjectType type) {
    return EveritCheck.load(JsonSchemaExporter.typeSchema(type, Map.of()));
  }

  @Nested
  class Closed {
    final Schema schema = load(payment());

    @Test
    void firstCaseByEachOfItsMatchValues() {
      assertThat(
              EveritCheck.violations(
                  schema,
                  "{\"method\":\"card\",\"amount\":5,\"last4\":\"4242\",\"brand\":\"visa\"}"))
          .isEmpty();
      assertThat(
              EveritCheck.violations(
                  schema, "{\"method\":\"credit_card\",\"amount\":5,\"last4\":\"4242\"}"))
          .isEmpty();
    }

    @Test
    void selectedCaseRequiresAndChecksItsProperties() {
      assertThat(EveritCheck.violations(schema, "{\"method\":\"card\",\"amount\":5}"))
          .containsExactly("required #");
      assertThat(
              EveritCheck.violations(schema, "{\"method\":\"card\",\"amount\":5,\"last4\":\"42\"}"))
          .containsExactly("pattern #/last4");
      assertThat(
              EveritCheck.violations(
                  schema, "{\"method\":\"card\",\"amount\":5,\"last4\":\"4242\",\"brand\":\"x\"}"))
          .containsExactly("enum #/brand");
    }

    @Test
    void baseConstraintsStillApplyInACase() {
      assertThat(
              EveritCheck.violations(
                  schema, "{\"method\":\"card\",\"amount\":-1,\"last4\":\"4242\"}"))
          .containsExactly("minimum #/amount");
      assertThat(EveritCheck.violations(schema, "{\"method\":\"cash\"}"))
          .containsExactly("required #");
    }

    @Test
    void propertiesOfUnselectedCasesAreUndeclared() {
      assertThat(
              EveritCheck.violations(
                  schema,
                  "{\"method\":\"card\",\"amount\":5,\"last4\":\"4242\",\"payer_email\":\"a@b.co\"}"))
          .containsExactly("additionalProperties #");
      assertThat(
              EveritCheck.violations(
                  schema, "{\"method\":\"cash\",\"amount\":5,\"last4\":\"4242\"}"))
          .containsExactly("additionalProperties #");
      assertThat(
              EveritCheck.violations(
                  schema, "{\"method\":\"cash\",\"amount\":5,\"reference\":\"abc\"}"))
          .containsExactly("additionalProperties #");
      assertThat(EveritCheck.violations(schema, "{\"method\":\"cash\",\"amount\":5,\"x\":1}"))
          .containsExactly("additionalProperties #");
    }

    @Test
    void secondCase() {
      assertThat(
              EveritCheck.violations(
                  schema, "{\"method\":\"paypal\",\"amount\":1,\"payer_email\":\"a@b.co\"}"))
          .isEmpty();
      assertThat(
              EveritCheck.violations(
                  schema, "{\"method\":\"paypal\",\"amount\":1,\"payer_email\":\"nope\"}"))
          .containsExactly("format #/payer_email");
    }

    @Test
    void caseWithoutPropertiesAcceptsOnlyTheBase() {
      assertThat(EveritCheck.violations(schema, "{\"method\":\"cash\",\"amount\":5}")).isEmpty();
    }

    @Test
    void defaultAppliesToUnmatchedValues() {
      assertThat(
              EveritCheck.violations(
                  schema,
                  "{\"method\":\"sepa\",\"amount\":5,\"reference\":\"abc\",\"memo\":\"m\"}"))
          .isEmpty();
      assertThat(EveritCheck.violations(schema, "{\"method\":\"sepa\",\"amount\":5}"))
          .containsExactly("required #");
      assertThat(
              EveritCheck.violations(
                  schema, "{\"method\":\"sepa\",\"amount\":5,\"reference\":\"a\"}"))
          .containsExactly("minLength #/reference");
      assertThat(
              EveritCheck.violations(
                  schema,
                  "{\"method\":\"sepa\",\"amount\":5,\"reference\":\"abc\",\"last4\":\"1\"}"))
          .containsExactly("additionalProperties #");
    }

    @Test
    void matchingIsExactAndCaseSensitive() {
      assertThat(
              EveritCheck.violations(
                  schema, "{\"method\":\"Card\",\"amount\":5,\"reference\":\"abc\"}"))
          .isEmpty();
      assertThat(
              EveritCheck.violations(
                  schema, "{\"method\":\"Card\",\"amount\":5,\"last4\":\"4242\"}"))
          .contains("additionalProperties #");
    }

    @Test
    void defaultAppliesWhenTheDiscriminatorIsAbsent() {
      assertThat(EveritCheck.violations(schema, "{\"amount\":5,\"reference\":\"abc\"}")).isEmpty();
      assertThat(EveritCheck.violations(schema, "{\"amount\":5}")).containsExactly("required #");
      assertThat(EveritCheck.violations(schema, "{\"amount\":5,\"last4\":\"4242\"}"))
          .contains("additionalProperties #");
    }

    @Test
    void defaultAppliesWhenTheDiscriminatorIsNotAString() {
      Schema anyDiscriminator =
          load(
              object()
                  .optional("method", bool())
                  .optional("n", integer())
                  .variants(
                      Variants.on("method")
                          .when("True", List.of("true"), Map.of("t", Property.required(bool())))
                          .otherwise(Map.of("d", Property.required(bool())))));
      assertThat(EveritCheck.violations(anyDiscriminator, "{\"method\":true,\"d\":false}"))
          .isEmpty();
      assertThat(EveritCheck.violations(anyDiscriminator, "{\"method\":true,\"t\":false}"))
          .contains("additionalProperties #", "required #");
      assertThat(
              EveritCheck.violations(schema, "{\"method\":7,\"amount\":5,\"reference\":\"abc\"}"))
          .containsExactly("type #/method");
    }
  }

  @Nested
  class Open {
    final Schema schema = load(payment().open());

    @Test
    void undeclaredAndUnselectedCasePropertiesAreAccepted() {
      assertThat(
              EveritCheck.violations(
                  schema,
                  "{\"method\":\"card\",\"amount\":5,\"last4\":\"4242\",\"payer_email\":1,\"x\":2}"))
          .isEmpty();
      assertThat(
              EveritCheck.violations(
                  schema, "{\"method\":\"sepa\",\"amount\":5,\"reference\":\"abc\",\"z\":[]}"))
          .isEmpty();
    }

    @Test
    void selectedCaseAndDefaultAreStillChecked() {
      assertThat(EveritCheck.violations(schema, "{\"method\":\"card\",\"amount\":5}"))
          .containsExactly("required #");
      assertThat(
              EveritCheck.violations(schema, "{\"method\":\"card\",\"amount\":5,\"last4\":\"1\"}"))
          .containsExactly("pattern #/last4");
      assertThat(EveritCheck.violations(schema, "{\"amount\":5}")).containsExactly("required #");
    }
  }

  @Test
  void variantsInsideACustomTypeInsideAnArray() {
    Map<String, CustomType> types =
        Map.of("Payment", new CustomType("Payment", payment(), Optional.empty()));
    Schema schema = EveritCheck.load(JsonSchemaExporter.typeSchema(array(ref("Payment")), types));
    assertThat(
            EveritCheck.violations(
                schema,
                "[{\"method\":\"card\",\"amount\":1,\"last4\":\"1234\"},"
                    + "{\"method\":\"paypal\",\"amount\":2,\"payer_email\":\"a@b.co\"},"
                    + "{\"amount\":3,\"reference\":\"ref\"}]"))
        .isEmpty();
    assertThat(
            EveritCheck.violations(
                schema,
                "[{\"method\":\"card\",\"amount\":1,\"last4\":\"1234\"},"
                    + "{\"method\":\"paypal\",\"amount\":2}]"))
        .containsExactly("required #/1");
  }
}
