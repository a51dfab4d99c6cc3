package dev.plumbline.testing.differential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.types.ArrayType;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.NullableType;
import dev.plumbline.core.types.ObjectType;
import dev.plumbline.core.types.Property;
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.core.types.StringType;
import dev.plumbline.core.types.UnionType;
import dev.plumbline.core.types.VariantCase;
import dev.plumbline.core.types.Variants;
import dev.plumbline.validation.TypeValidator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.everit.json.schema.FormatValidator;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * The documented reasons why Plumbline's validator and everit may disagree on a value, each as a
 * counterfactual: a {@link Deviation} corrects one side in exactly one way (everit's known bug, or
 * Plumbline's documented extension), and a disagreement is explained when the smallest set of
 * corrections that makes both sides agree exists. Anything else is a real disagreement. The table
 * in {@code docs/DIFFERENTIAL.md} lists each deviation with the draft-07 rule.
 *
 * <pre>{@code
 * Optional<Set<Deviation>> why = KnownDeviations.explain(type, customTypes, schema, text, exact);
 * }</pre>
 */
public final class KnownDeviations {
  private KnownDeviations() {}

  /** One documented reason for a disagreement; each names the side it corrects. */
  public enum Deviation {
    /**
     * everit: {@code type: integer} rejects {@code 2.0}, {@code 2E+1} and {@code 1E+400} (org.json
     * hands it a {@code BigDecimal}, and everit checks the Java class). Corrected by spelling every
     * integral number as an integer literal in the instance everit sees.
     */
    EVERIT_NUMBER_SPELLING,
    /**
     * everit: {@code pattern} uses {@code java.util.regex}, whose {@code $} also matches before a
     * final line terminator; ECMA-262's {@code $} (no multiline flag) matches only at the end.
     * Corrected by giving everit the patterns with a final {@code $} written {@code \z}.
     */
    EVERIT_REGEX_DOLLAR,
    /**
     * everit: {@code format: email} (commons-validator) requires the domain to end in a TLD from
     * IANA's list, so it rejects {@code jane@example} or {@code j@e.c}, which RFC 5322 section
     * 3.4.1 allows (the domain is a dot-atom). Corrected by accepting an address whose domain is a
     * dot-separated sequence of RFC 1123 labels when everit accepts the same local part at {@code
     * example.com}.
     */
    EVERIT_EMAIL_DOMAIN,
    /**
     * everit: {@code format: hostname} accepts non-ASCII labels ({@code éu}); RFC 1123 section 2.1
     * hostnames are ASCII letters, digits and hyphens (non-ASCII names are draft-07's separate
     * {@code idn-hostname}). Corrected by also requiring ASCII.
     */
    EVERIT_HOSTNAME_NON_ASCII,
    /**
     * everit: {@code format: hostname} (commons-validator's {@code DomainValidator}) requires a
     * name of more than one label to end in a top-level domain from IANA's list, so it rejects
     * {@code shop.example.coma}, which RFC 1123 section 2.1 allows (any labels). Corrected by
     * accepting a name whose last label is an RFC 1123 label when everit accepts the same name
     * ending in {@code .com} instead.
     */
    EVERIT_HOSTNAME_TLD,
    /**
     * everit: {@code format: uri} accepts non-ASCII characters ({@code urn:isbn:0451450523😀}), as
     * an IRI would; RFC 3986 section 2 limits a URI to ASCII characters (non-ASCII ones must be
     * percent-encoded, and IRIs are draft-07's separate {@code iri} format). Corrected by also
     * requiring ASCII.
     */
    EVERIT_URI_NON_ASCII,
    /**
     * everit: {@code format: date-time} accepts a day the month does not have ({@code
     * 2025-02-30T08:00:52Z}); RFC 3339 section 5.7 restricts {@code date-mday} by month and year.
     * Corrected by also requiring the date part to be a real calendar day.
     */
    EVERIT_DATE_TIME_CALENDAR,
    /**
     * Plumbline by design: {@code uuid} is not a draft-07 format, so everit ignores it while
     * Plumbline checks it. Corrected by removing {@code uuid} from the type Plumbline checks.
     */
    PLUMBLINE_UUID_FORMAT,
    /**
     * Not a validator difference: Jackson's default parsing turns {@code 50.00000000000000000001}
     * into the double {@code 50.0} before Plumbline sees it, while everit (org.json) keeps the
     * exact decimal. Corrected by letting Plumbline parse the same text with {@code
     * USE_BIG_DECIMAL_FOR_FLOATS} (only relevant when it was parsed as doubles).
     */
    JACKSON_DOUBLE_PARSING
  }

  private static final Pattern RFC1123_DOMAIN =
      Pattern.compile(
          "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

  private static final Pattern RFC1123_LABEL =
      Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

  private static final ObjectMapper DOUBLES = new ObjectMapper();
  private static final ObjectMapper EXACT =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .build();

  /** The Jackson mapper Plumbline parses with: doubles (the default) or exact decimals. */
  public static ObjectMapper mapper(boolean exact) {
    return exact ? EXACT : DOUBLES;
  }

  /**
   * The smallest set of deviations that explains why the two verdicts differ, if any.
   *
   * @param exact whether Plumbline parsed {@code text} with exact decimals
   */
  public static Optional<Set<Deviation>> explain(
      DataType type,
      Map<String, CustomType> customTypes,
      ObjectNode schema,
      String text,
      boolean exact) {
    List<Set<Deviation>> candidates = new ArrayList<>();
    int n = Deviation.values().length;
    for (int mask = 1; mask < (1 << n); mask++) {
      Set<Deviation> set = EnumSet.noneOf(Deviation.class);
      for (int i = 0; i < n; i++) {
        if ((mask & (1 << i)) != 0) {
          set.add(Deviation.values()[i]);
        }
      }
      candidates.add(set);
    }
    candidates.sort((a, b) -> Integer.compare(a.size(), b.size()));
    for (Set<Deviation> set : candidates) {
      if (set.contains(Deviation.JACKSON_DOUBLE_PARSING) && exact) {
        continue;
      }
      if (ours(type, customTypes, text, exact, set) == everit(schema, text, set)) {
        return Optional.of(set);
      }
    }
    return Optional.empty();
  }

  private static boolean ours(
      DataType type,
      Map<String, CustomType> customTypes,
      String text,
      boolean exact,
      Set<Deviation> corrections) {
    DataType checked = type;
    Map<String, CustomType> custom = customTypes;
    if (corrections.contains(Deviation.PLUMBLINE_UUID_FORMAT)) {
      checked = withoutUuid(type);
      Map<String, CustomType> copy = new LinkedHashMap<>();
      customTypes.forEach(
          (k, v) -> copy.put(k, new CustomType(v.name(), withoutUuid(v.type()), v.description())));
      custom = copy;
    }
    boolean parseExact = exact || corrections.contains(Deviation.JACKSON_DOUBLE_PARSING);
    return TypeValidator.compile(checked, custom).validate(parse(text, parseExact)).valid();
  }

  /**
   * everit's own check of a format, which also accepts a value whose tail (after the last {@code
   * separator}) matches {@code tail} when everit accepts the value with that tail replaced by
   * {@code replacement}: a domain or top-level domain everit does not know.
   */
  private static FormatValidator withTail(
      FormatValidator everit, char separator, Pattern tail, String replacement) {
    return v -> {
      int at = v.lastIndexOf(separator);
      boolean corrected =
          at > 0
              && tail.matcher(v.substring(at + 1)).matches()
              && everit.validate(v.substring(0, at + 1) + replacement).isEmpty();
      return corrected ? Optional.empty() : everit.validate(v);
    };
  }

  /** everit's own check of a format, which additionally requires every character to be ASCII. */
  private static FormatValidator asciiOnly(FormatValidator everit) {
    return v ->
        v.chars().allMatch(c -> c < 0x80)
            ? everit.validate(v)
            : Optional.of("[" + v + "] is not ASCII");
  }

  private static boolean everit(ObjectNode schema, String text, Set<Deviation> corrections) {
    ObjectNode s = schema.deepCopy();
    if (corrections.contains(Deviation.EVERIT_REGEX_DOLLAR)) {
      rewritePatterns(s);
    }
    String instance = text;
    if (corrections.contains(Deviation.EVERIT_NUMBER_SPELLING)) {
      instance = integralAsIntegers(parse(text, true)).toString();
    }
    SchemaLoader.SchemaLoaderBuilder loader =
        SchemaLoader.builder().draftV7Support().schemaJson(new JSONObject(s.toString()));
    if (corrections.contains(Deviation.EVERIT_EMAIL_DOMAIN)
        || corrections.contains(Deviation.EVERIT_HOSTNAME_NON_ASCII)
        || corrections.contains(Deviation.EVERIT_HOSTNAME_TLD)
        || corrections.contains(Deviation.EVERIT_URI_NON_ASCII)
        || corrections.contains(Deviation.EVERIT_DATE_TIME_CALENDAR)) {
      loader.enableOverrideOfBuiltInFormatValidators();
    }
    if (corrections.contains(Deviation.EVERIT_EMAIL_DOMAIN)) {
      loader.addFormatValidator(
          "email",
          withTail(FormatValidator.forFormat("email"), '@', RFC1123_DOMAIN, "example.com"));
    }
    FormatValidator hostname = FormatValidator.forFormat("hostname");
    if (corrections.contains(Deviation.EVERIT_HOSTNAME_TLD)) {
      hostname = withTail(hostname, '.', RFC1123_LABEL, "com");
    }
    if (corrections.contains(Deviation.EVERIT_HOSTNAME_NON_ASCII)) {
      hostname = asciiOnly(hostname);
    }
    if (corrections.contains(Deviation.EVERIT_HOSTNAME_TLD)
        || corrections.contains(Deviation.EVERIT_HOSTNAME_NON_ASCII)) {
      loader.addFormatValidator("hostname", hostname);
    }
    if (corrections.contains(Deviation.EVERIT_URI_NON_ASCII)) {
      loader.addFormatValidator("uri", asciiOnly(FormatValidator.forFormat("uri")));
    }
    if (corrections.contains(Deviation.EVERIT_DATE_TIME_CALENDAR)) {
      FormatValidator dateTime = FormatValidator.forFormat("date-time");
      loader.addFormatValidator(
          "date-time",
          v -> {
            Optional<String> everit = dateTime.validate(v);
            if (everit.isPresent() || v.length() < 10) {
              return everit;
            }
            try {
              LocalDate.parse(v.substring(0, 10));
              return Optional.empty();
            } catch (DateTimeParseException e) {
              return Optional.of("[" + v + "] is not a calendar day");
            }
          });
    }
    Schema loaded = loader.build().load().build();
    try {
      loaded.validate(new JSONTokener(instance).nextValue());
      return true;
    } catch (ValidationException e) {
      return false;
    }
  }

  private static JsonNode parse(String text, boolean exact) {
    try {
      return mapper(exact).readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("generated text is not JSON: " + text, e);
    }
  }

  /** A copy with every number whose value is integral written as an integer literal. */
  static JsonNode integralAsIntegers(JsonNode node) {
    JsonNodeFactory f = JsonNodeFactory.withExactBigDecimals(true);
    if (node.isNumber() && !node.isIntegralNumber()) {
      BigDecimal d = node.decimalValue().stripTrailingZeros();
      return d.scale() <= 0 ? f.numberNode(d.toBigIntegerExact()) : node;
    }
    if (node.isArray()) {
      ArrayNode out = f.arrayNode();
      node.forEach(item -> out.add(integralAsIntegers(item)));
      return out;
    }
    if (node.isObject()) {
      ObjectNode out = f.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.set(e.getKey(), integralAsIntegers(e.getValue()));
      }
      return out;
    }
    return node;
  }

  /** Rewrites, in place, every {@code pattern} keyword's final {@code $} as {@code \z}. */
  static void rewritePatterns(JsonNode schema) {
    if (schema.isObject()) {
      ObjectNode o = (ObjectNode) schema;
      JsonNode p = o.get("pattern");
      if (p != null && p.isTextual() && p.textValue().endsWith("$")) {
        String s = p.textValue();
        o.put("pattern", s.substring(0, s.length() - 1) + "\\z");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getKey().equals("pattern")) {
          rewritePatterns(e.getValue());
        }
      }
    } else if (schema.isArray()) {
      schema.forEach(KnownDeviations::rewritePatterns);
    }
  }

  /** The type with {@code format: uuid} removed wherever it occurs. */
  static DataType withoutUuid(DataType type) {
    if (type instanceof StringType s) {
      return s.format().equals(Optional.of(StringFormat.UUID))
          ? new StringType(s.minLength(), s.maxLength(), s.pattern(), Optional.empty())
          : s;
    } else if (type instanceof ArrayType a) {
      return new ArrayType(withoutUuid(a.items()), a.minItems(), a.maxItems(), a.unique());
    } else if (type instanceof NullableType n) {
      return new NullableType(withoutUuid(n.inner()));
    } else if (type instanceof UnionType u) {
      return new UnionType(
          u.mode(),
          u.options().stream()
              .map(KnownDeviations::withoutUuid)
              .collect(com.google.common.collect.ImmutableList.toImmutableList()));
    } else if (type instanceof ObjectType o) {
      Optional<Variants> variants =
          o.variants()
              .map(
                  v ->
                      new Variants(
                          v.discriminator(),
                          v.cases().stream()
                              .map(
                                  c ->
                                      new VariantCase(
                                          c.name(), c.match(), withoutUuid(c.properties())))
                              .collect(com.google.common.collect.ImmutableList.toImmutableList()),
                          withoutUuid(v.defaultProperties())));
      return new ObjectType(
          withoutUuid(o.properties()), o.additionalProperties(), variants, o.constraints());
    }
    return type;
  }

  private static ImmutableMap<String, Property> withoutUuid(Map<String, Property> properties) {
    ImmutableMap.Builder<String, Property> out = ImmutableMap.builder();
    properties.forEach(
        (k, p) ->
            out.put(
                k, new Property(withoutUuid(p.type()), p.required(), p.pii(), p.description())));
    return out.buildOrThrow();
  }
}
