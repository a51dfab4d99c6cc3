package dev.plumbline.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.plumbline.validation.EventValidator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.json.JSONObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Validating one storefront event: Plumbline's compiled validator against everit 1.14.6 and
 * networknt 1.5.9 on the exported per-event draft-07 schemas. Average time per event, one thread.
 *
 * <p>Each invocation validates the next event of the dataset (cycling). All three pay for the same
 * spec selection: Plumbline's validator reads the envelope and looks the spec up itself; for everit
 * and networknt the benchmark reads {@code type} and {@code event}/{@code name} from the parsed
 * event and looks the pre-loaded schema up in a {@link HashMap}, inside the timed part. Parsing is
 * outside the timed part (Jackson {@code JsonNode} for Plumbline and networknt, org.json {@code
 * JSONObject} for everit). {@link #setUp} fails if the three disagree on any event's verdict.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ValidationBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {

  /**
   * {@code valid}: only events Plumbline accepts; {@code mixed10}: every 10th event is invalid. Not
   * run by default: {@code invalid}, only the invalid events ({@code -p dataset=invalid}).
   */
  @Param({"valid", "mixed10"})
  String dataset;

  private JsonNode[] jackson;
  private JSONObject[] orgJson;
  private int size;
  private int next;

  private EventValidator plumbline;
  private HashMap<String, Schema> everitSchemas;
  private HashMap<String, JsonSchema> networkntSchemas;
  private StorefrontDataset.SpecIndex specIndex;

  /** Loads the data and the three validators and checks that they agree on every event. */
  @Setup
  public void setUp() {
    StorefrontDataset data = StorefrontDataset.load();
    List<StorefrontDataset.Event> events;
    if ("valid".equals(dataset)) {
      events = data.valid();
    } else if ("mixed10".equals(dataset)) {
      events = data.mixed(10);
    } else if ("invalid".equals(dataset)) {
      events = data.invalid();
    } else {
      throw new IllegalArgumentException("unknown dataset " + dataset);
    }
    size = events.size();
    jackson = new JsonNode[size];
    orgJson = new JSONObject[size];
    for (int i = 0; i < size; i++) {
      jackson[i] = events.get(i).jackson();
      orgJson[i] = events.get(i).json();
    }
    plumbline = EventValidator.compile(data.plan());
    everitSchemas = new HashMap<>();
    networkntSchemas = new HashMap<>();
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    for (Map.Entry<String, JsonNode> e : data.schemas().entrySet()) {
      everitSchemas.put(e.getKey(), EveritDeviations.load(e.getValue()));
      networkntSchemas.put(e.getKey(), factory.getSchema(e.getValue()));
    }
    specIndex = data.specIndex();
    checkAgreement(events);
  }

  private void checkAgreement(List<StorefrontDataset.Event> events) {
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      StorefrontDataset.Event e = events.get(i);
      boolean ours = plumbline.validate(jackson[i]).valid();
      boolean everit = everitValid(orgJson[i]);
      Set<ValidationMessage> messages = networkntMessages(jackson[i]);
      boolean networknt = messages != null && messages.isEmpty();
      if (ours != everit || ours != networknt) {
        disagreements.add(
            "line "
                + e.line()
                + " ("
                + e.specName()
                + "): plumbline="
                + ours
                + " everit="
                + everit
                + " networknt="
                + networknt
                + " "
                + messages);
      }
    }
    if (!disagreements.isEmpty()) {
      throw new IllegalStateException(
          "validators disagree on "
              + disagreements.size()
              + " of "
              + events.size()
              + " events of dataset "
              + dataset
              + ":\n  "
              + String.join("\n  ", disagreements));
    }
  }

  private int nextIndex() {
    int i = next;
    next = i + 1 == size ? 0 : i + 1;
    return i;
  }

  /** Plumbline: {@code EventValidator.validate(JsonNode)}. */
  @Benchmark
  public void plumbline(Blackhole bh) {
    bh.consume(plumbline.validate(jackson[nextIndex()]));
  }

  /**
   * A floor, not a validator: visits what any validator of the event must visit and checks nothing.
   * It looks up the envelope's {@code type}, name and payload, then visits every payload value:
   * each field of each object (with its name's hash), each array item, each string's length, each
   * number's value. Plumbline's time minus this is roughly its time spent on checks proper.
   */
  @Benchmark
  public void readOnly(Blackhole bh) {
    JsonNode event = jackson[nextIndex()];
    JsonNode name = event.get("event");
    if (name == null) {
      name = event.get("name");
    }
    JsonNode payload = event.get("properties");
    if (payload == null) {
      payload = event.get("traits");
    }
    bh.consume(read(event.get("type")) + read(name) + read(payload));
  }

  private static long read(JsonNode v) {
    if (v == null) {
      return 0;
    }
    if (v.isTextual()) {
      return v.textValue().length();
    }
    long sum = 1;
    if (v.isObject()) {
      for (Map.Entry<String, JsonNode> field : v.properties()) {
        sum += field.getKey().hashCode() + read(field.getValue());
      }
    } else if (v.isArray()) {
      for (int i = 0; i < v.size(); i++) {
        sum += read(v.get(i));
      }
    } else if (v.isNumber()) {
      sum += Double.doubleToRawLongBits(v.doubleValue());
    }
    return sum;
  }

  /** everit: {@code schema.validate(JSONObject)}, a failure being a {@link ValidationException}. */
  @Benchmark
  public void everit(Blackhole bh) {
    JSONObject event = orgJson[nextIndex()];
    Schema schema = everitSchemas.get(everitKey(event));
    if (schema == null) {
      bh.consume(false);
      return;
    }
    try {
      schema.validate(event);
      bh.consume(true);
    } catch (ValidationException e) {
      bh.consume(e);
    }
  }

  /** networknt: {@code schema.validate(JsonNode)}, a set of messages. */
  @Benchmark
  public void networknt(Blackhole bh) {
    bh.consume(networkntMessages(jackson[nextIndex()]));
  }

  private boolean everitValid(JSONObject event) {
    Schema schema = everitSchemas.get(everitKey(event));
    if (schema == null) {
      return false;
    }
    try {
      schema.validate(event);
      return true;
    } catch (ValidationException e) {
      return false;
    }
  }

  private String everitKey(JSONObject event) {
    return StorefrontDataset.specKey(
        event.optString("type", null),
        event.optString("event", null),
        event.optString("name", null),
        specIndex);
  }

  private Set<ValidationMessage> networkntMessages(JsonNode event) {
    JsonSchema schema = networkntSchemas.get(networkntKey(event));
    return schema == null ? null : schema.validate(event);
  }

  private String networkntKey(JsonNode event) {
    return StorefrontDataset.specKey(
        event.path("type").textValue(),
        event.path("event").textValue(),
        event.path("name").textValue(),
        specIndex);
  }
}
