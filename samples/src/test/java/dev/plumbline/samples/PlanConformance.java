package dev.plumbline.samples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.plumbline.core.EventType;
import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.types.AdditionalProperties;
import dev.plumbline.core.types.ArrayType;
import dev.plumbline.core.types.BooleanType;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.EnumType;
import dev.plumbline.core.types.IntegerType;
import dev.plumbline.core.types.NullableType;
import dev.plumbline.core.types.NumberType;
import dev.plumbline.core.types.NumericBounds;
import dev.plumbline.core.types.ObjectType;
import dev.plumbline.core.types.Property;
import dev.plumbline.core.types.StringType;
import dev.plumbline.core.types.TypeRef;
import dev.plumbline.core.types.UnionType;
import dev.plumbline.core.types.VariantCase;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small, test-only conformance check of one NDJSON line against a tracking plan, independent of
 * the validation module, so that the sample file can be checked line by line. Codes follow the
 * design document; {@code NOT_JSON}, {@code NOT_AN_OBJECT}, {@code MISSING_TYPE} and {@code
 * FILTERED_TEST_TRAFFIC} describe lines that never reach the plan.
 */
final class PlanConformance {
  /** One problem: a code and the JSON pointer of the offending value ("" for the whole line). */
  record Finding(String code, String pointer) {
    @Override
    public String toString() {
      return code + " " + pointer;
    }
  }

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern UUID =
      Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

  private final TrackingPlan plan;

  PlanConformance(TrackingPlan plan) {
    this.plan = plan;
  }

  /** Parses a line; empty if it is not JSON. */
  static Optional<JsonNode> parse(String line) {
    try {
      return Optional.ofNullable(JSON.readTree(line));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** Every problem of one line, in document order. */
  List<Finding> check(String line) {
    Optional<JsonNode> parsed = parse(line);
    if (parsed.isEmpty()) {
      return List.of(new Finding("NOT_JSON", ""));
    }
    JsonNode event = parsed.get();
    if (!event.isObject()) {
      return List.of(new Finding("NOT_AN_OBJECT", ""));
    }
    if (!event.path("type").isTextual()) {
      return List.of(new Finding("MISSING_TYPE", "/type"));
    }
    EventType type = EventType.fromWireName(event.get("type").asText());
    Optional<EventSpec> spec;
    if (type == EventType.IDENTIFY) {
      spec = plan.events().values().stream().filter(e -> e.type() == type).findFirst();
    } else {
      spec = plan.event(event.path(type.nameField()).asText("")).filter(e -> e.type() == type);
    }
    if (spec.isEmpty()) {
      return List.of(new Finding("UNPLANNED_EVENT", "/" + type.nameField()));
    }
    List<Finding> out = new ArrayList<>();
    JsonNode payload = event.path(type.payloadField());
    checkType(
        spec.get().payload(),
        payload.isMissingNode() ? JSON.createObjectNode() : payload,
        "/" + type.payloadField(),
        out);
    if (event.path("context").path("app").path("env").asText("").equals("test")) {
      out.add(new Finding("FILTERED_TEST_TRAFFIC", "/context/app/env"));
    }
    if (event.path("context").path("userAgent").asText("").contains("PlumblineSynthetics")) {
      out.add(new Finding("FILTERED_TEST_TRAFFIC", "/context/userAgent"));
    }
    return out;
  }

  private void checkType(DataType t, JsonNode v, String ptr, List<Finding> out) {
    if (t instanceof NullableType n) {
      if (!v.isNull()) {
        checkType(n.inner(), v, ptr, out);
      }
    } else if (t instanceof TypeRef r) {
      CustomType target = plan.customTypes().get(r.name());
      checkType(target.type(), v, ptr, out);
    } else if (t instanceof StringType s) {
      if (!v.isTextual()) {
        out.add(new Finding("TYPE_MISMATCH", ptr));
        return;
      }
      String text = v.asText();
      int length = text.codePointCount(0, text.length());
      if (s.minLength().filter(min -> length < min).isPresent()
          || s.maxLength().filter(max -> length > max).isPresent()) {
        out.add(new Finding("LENGTH", ptr));
      }
      if (s.pattern().filter(p -> !Pattern.compile(p).matcher(text).find()).isPresent()) {
        out.add(new Finding("PATTERN_MISMATCH", ptr));
      }
      if (s.format().filter(f -> !formatOk(f, text)).isPresent()) {
        out.add(new Finding("FORMAT_MISMATCH", ptr));
      }
    } else if (t instanceof IntegerType i) {
      if (!v.isNumber() || v.decimalValue().stripTrailingZeros().scale() > 0) {
        out.add(new Finding("TYPE_MISMATCH", ptr));
      } else {
        checkBounds(i.bounds(), v.decimalValue(), ptr, out);
      }
    } else if (t instanceof NumberType n) {
      if (!v.isNumber()) {
        out.add(new Finding("TYPE_MISMATCH", ptr));
      } else {
        checkBounds(n.bounds(), v.decimalValue(), ptr, out);
      }
    } else if (t instanceof BooleanType) {
      if (!v.isBoolean()) {
        out.add(new Finding("TYPE_MISMATCH", ptr));
      }
    } else if (t instanceof EnumType e) {
      if (!v.isTextual() || !e.values().contains(v.asText())) {
        out.add(new Finding("ENUM_MISMATCH", ptr));
      }
    } else if (t instanceof ArrayType a) {
      if (!v.isArray()) {
        out.add(new Finding("TYPE_MISMATCH", ptr));
        return;
      }
      if (a.minItems().filter(min -> v.size() < min).isPresent()
          || a.maxItems().filter(max -> v.size() > max).isPresent()) {
        out.add(new Finding("ITEMS", ptr));
      }
      Set<JsonNode> seen = new HashSet<>();
      for (int i = 0; i < v.size(); i++) {
        if (a.unique() && !seen.add(v.get(i))) {
          out.add(new Finding("UNIQUE", ptr));
        }
        checkType(a.items(), v.get(i), ptr + "/" + i, out);
      }
    } else if (t instanceof ObjectType o) {
      if (!v.isObject()) {
        out.add(new Finding("TYPE_MISMATCH", ptr));
        return;
      }
      checkObject(o, v, ptr, out);
    } else if (t instanceof UnionType u) {
      long matching =
          u.options().stream()
              .filter(
                  option -> {
                    List<Finding> probe = new ArrayList<>();
                    checkType(option, v, ptr, probe);
                    return probe.isEmpty();
                  })
              .count();
      boolean ok = u.mode() == UnionType.Mode.ANY_OF ? matching >= 1 : matching == 1;
      if (!ok) {
        out.add(new Finding("TYPE_MISMATCH", ptr));
      }
    } else {
      throw new IllegalStateException("the sample plan does not use " + t.kind());
    }
  }

  private void checkObject(ObjectType o, JsonNode v, String ptr, List<Finding> out) {
    Map<String, Property> declared = new LinkedHashMap<>(o.properties());
    o.variants()
        .ifPresent(
            variants -> {
              String discriminator = v.path(variants.discriminator()).asText(null);
              Optional<VariantCase> matched =
                  variants.cases().stream()
                      .filter(c -> discriminator != null && c.match().contains(discriminator))
                      .findFirst();
              declared.putAll(
                  matched.map(VariantCase::properties).orElse(variants.defaultProperties()));
            });
    for (Map.Entry<String, Property> p : declared.entrySet()) {
      JsonNode value = v.get(p.getKey());
      String childPtr = ptr + "/" + p.getKey();
      if (value == null) {
        if (p.getValue().required()) {
          out.add(new Finding("REQUIRED_MISSING", childPtr));
        }
      } else {
        checkType(p.getValue().type(), value, childPtr, out);
      }
    }
    if (o.additionalProperties() == AdditionalProperties.CLOSED) {
      for (Iterator<String> names = v.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!declared.containsKey(name)) {
          out.add(new Finding("UNPLANNED_PROPERTY", ptr + "/" + name));
        }
      }
    }
  }

  private static void checkBounds(NumericBounds b, BigDecimal x, String ptr, List<Finding> out) {
    boolean ok =
        b.minimum().map(m -> x.compareTo(m) >= 0).orElse(true)
            && b.maximum().map(m -> x.compareTo(m) <= 0).orElse(true)
            && b.exclusiveMinimum().map(m -> x.compareTo(m) > 0).orElse(true)
            && b.exclusiveMaximum().map(m -> x.compareTo(m) < 0).orElse(true)
            && b.multipleOf().map(m -> x.remainder(m).signum() == 0).orElse(true);
    if (!ok) {
      out.add(new Finding("RANGE", ptr));
    }
  }

  private static boolean formatOk(dev.plumbline.core.types.StringFormat f, String text) {
    switch (f) {
      case EMAIL:
        return EMAIL.matcher(text).matches();
      case UUID:
        return UUID.matcher(text).matches();
      case URI:
        try {
          return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
          return false;
        }
      case DATE_TIME:
        try {
          OffsetDateTime.parse(text);
          return true;
        } catch (DateTimeParseException e) {
          return false;
        }
      case DATE:
        try {
          LocalDate.parse(text);
          return true;
        } catch (DateTimeParseException e) {
          return false;
        }
      default:
        throw new IllegalStateException("the sample plan does not use format " + f);
    }
  }
}
