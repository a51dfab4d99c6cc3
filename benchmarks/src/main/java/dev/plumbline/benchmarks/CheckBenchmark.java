package dev.plumbline.benchmarks;

import static dev.plumbline.core.types.Types.string;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.samples.StorefrontPipeline;
import dev.plumbline.validation.TypeValidator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One check at a time, on a few values in cache: a storefront pattern, the {@code uri} and {@code
 * email} formats, and a storefront product object. Where {@link ValidationBenchmark} moves by ±15%
 * between runs on a shared machine, these are steadier (a few percent for the strings), enough to
 * see whether a change to one check helps. Each method validates the next of three values
 * (cycling); {@link #setUp} fails if any of them is invalid.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CheckBenchmark -f 3
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class CheckBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode[] skus = texts("SHO-2001", "ACC-31337", "BAG-4412");
  private final JsonNode[] urls =
      texts(
          "https://shop.example.com/",
          "https://shop.example.com/c/shoes",
          "https://cdn.example.com/img/p-2001.jpg");
  private final JsonNode[] emails =
      texts("ada@example.com", "grace.hopper@example.org", "x@example.com");
  private JsonNode[] products;

  private TypeValidator sku;
  private TypeValidator uri;
  private TypeValidator email;
  private TypeValidator product;
  private int next;

  /** Compiles the checks and fails if any value is invalid. */
  @Setup
  public void setUp() throws Exception {
    products =
        new JsonNode[] {
          JSON.readTree(
              "{\"product_id\":\"p-2001\",\"sku\":\"SHO-2001\",\"name\":\"Trail Runner 3\","
                  + "\"price\":119.95,\"category\":\"Shoes\",\"brand\":\"Pace\",\"position\":1}"),
          JSON.readTree(
              "{\"product_id\":\"p-2002\",\"sku\":\"SHO-2002\",\"name\":\"City Loafer\","
                  + "\"price\":79.0,\"category\":\"Shoes\",\"brand\":\"Marlow\",\"position\":2}"),
          JSON.readTree(
              "{\"product_id\":\"p-2003\",\"sku\":\"SHO-2003\",\"name\":\"Canvas Low Top\","
                  + "\"price\":49.99,\"category\":\"Shoes\",\"brand\":\"Pace\",\"position\":3}")
        };
    sku = TypeValidator.compile(string().pattern("^[A-Z]{2,4}-[0-9]{3,6}$"), Map.of());
    uri = TypeValidator.compile(string().format(StringFormat.URI), Map.of());
    email = TypeValidator.compile(string().format(StringFormat.EMAIL).maxLength(254), Map.of());
    // The storefront plan's own Product type, with the custom types it may refer to.
    TrackingPlan plan = StorefrontPipeline.pipeline().plan();
    product = TypeValidator.compile(plan.customTypes().get("Product").type(), plan.customTypes());
    for (int i = 0; i < 3; i++) {
      requireValid(sku, skus[i]);
      requireValid(uri, urls[i]);
      requireValid(email, emails[i]);
      requireValid(product, products[i]);
    }
  }

  private static void requireValid(TypeValidator validator, JsonNode value) {
    if (!validator.validate(value).valid()) {
      throw new IllegalStateException(value + ": " + validator.validate(value).violations());
    }
  }

  private static JsonNode[] texts(String... values) {
    JsonNode[] nodes = new JsonNode[values.length];
    for (int i = 0; i < values.length; i++) {
      nodes[i] = TextNode.valueOf(new String(values[i]));
    }
    return nodes;
  }

  private int nextIndex() {
    int i = next;
    next = i == 2 ? 0 : i + 1;
    return i;
  }

  /** {@code ^[A-Z]{2,4}-[0-9]{3,6}$} on an 8- or 9-character SKU. */
  @Benchmark
  public boolean skuPattern() {
    return sku.validate(skus[nextIndex()]).valid();
  }

  /** {@code format: uri} on a 25- to 38-character product URL. */
  @Benchmark
  public boolean uriFormat() {
    return uri.validate(urls[nextIndex()]).valid();
  }

  /** {@code format: email} with {@code maxLength: 254}. */
  @Benchmark
  public boolean emailFormat() {
    return email.validate(emails[nextIndex()]).valid();
  }

  /** The storefront {@code Product} type on a product with 7 of its 11 properties. */
  @Benchmark
  public boolean productObject() {
    return product.validate(products[nextIndex()]).valid();
  }
}
