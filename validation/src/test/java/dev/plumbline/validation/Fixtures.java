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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.plumbline.core.PiiCategory;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.types.Property;
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.core.types.Types;
import dev.plumbline.core.types.Variants;
import java.util.List;
import java.util.Map;

/** A storefront plan and JSON helpers shared by the tests. */
final class Fixtures {
  static final ObjectMapper JSON = JsonMapper.builder().build();

  private Fixtures() {}

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  static TrackingPlan storefront() {
    return TrackingPlan.named("storefront")
        .version("1.4.0")
        .customType(
            "Product",
            object()
                .required("sku", string().minLength(3).maxLength(8).pattern("^[A-Z0-9-]+$"))
                .required("price", number().min(0))
                .optional("quantity", integer().min(1).max(100))
                .optional("tags", array(string()).maxItems(3).uniqueItems()))
        .event(
            EventSpec.track("Order Completed")
                .required("order_id", string().minLength(1))
                .required("revenue", number().min(0).multipleOf(0.01))
                .required("currency", enumOf("USD", "EUR", "GBP"))
                .required("products", array(ref("Product")).minItems(1))
                .optional("coupon", nullable(string()))
                .optional("shipping", Types.anyOf(string(), integer()))
                .optional("payment", Types.oneOf(integer().max(10), integer().min(5)))
                .optional("gift", bool()))
        .event(
            EventSpec.track("Payment Added")
                .required("method", enumOf("card", "paypal"))
                .optional("amount", number())
                .variants(
                    Variants.on("method")
                        .when(
                            "Card",
                            List.of("card"),
                            Map.of("last4", Property.required(string().minLength(4).maxLength(4))))
                        .when(
                            "PayPal",
                            List.of("paypal"),
                            Map.of("payer_id", Property.required(string())))
                        .otherwise(Map.of("note", Property.optional(string())))))
        .event(EventSpec.track("Anything").open().optional("known", integer()))
        .event(
            EventSpec.identify("Identify")
                .required("email", string().format(StringFormat.EMAIL), PiiCategory.EMAIL)
                .optional("age", integer().min(0)))
        .event(EventSpec.identify("Identify Lite").optional("plan", string()))
        .event(EventSpec.group("Group").required("company", string()))
        .event(EventSpec.page("Home").optional("path", string()))
        .event(EventSpec.screen("Cart").optional("items", integer()))
        .build();
  }

  static String orderCompleted(String properties) {
    return "{'type':'track','event':'Order Completed','properties':" + properties + "}";
  }

  static final String VALID_ORDER =
      "{'order_id':'o-1','revenue':12.34,'currency':'USD',"
          + "'products':[{'sku':'ABC-1','price':5,'quantity':2,'tags':['a','b']}]}";
}
