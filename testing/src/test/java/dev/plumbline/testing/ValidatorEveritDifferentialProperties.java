package dev.plumbline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.core.export.JsonSchemaExporter;
import dev.plumbline.core.types.DataType;
import dev.plumbline.testing.differential.DataTypes;
import dev.plumbline.testing.differential.EveritOracle;
import dev.plumbline.testing.differential.KnownDeviations;
import dev.plumbline.testing.differential.KnownDeviations.Deviation;
import dev.plumbline.testing.differential.NearValidValues;
import dev.plumbline.validation.TypeValidator;
import dev.plumbline.validation.ValidationResult;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Differential property: for any typed {@link DataType} and any near-valid JSON value, Plumbline's
 * {@link TypeValidator} accepts the value exactly when everit 1.14.6 accepts it against the
 * draft-07 schema {@link JsonSchemaExporter#typeSchema} exports for the type.
 *
 * <p>Where the two disagree for a documented reason (an everit bug, or Plumbline's documented
 * {@code uuid} extension), the try is skipped by {@link KnownDeviations#explain}, which must find
 * the smallest set of named corrections that makes both agree; each is listed in {@code
 * docs/DIFFERENTIAL.md}. Every other disagreement fails the property.
 *
 * <p>Values are generated from the type and then mutated (see {@link NearValidValues}) at a per-try
 * rate of 0, 5, 15 or 30% per node; Plumbline parses the text with Jackson's default doubles or
 * with exact decimals, chosen per try. The jqwik statistics report how many tries were valid,
 * invalid and skipped for which reason.
 */
class ValidatorEveritDifferentialProperties {
  private static final ObjectMapper WRITER = new ObjectMapper();
  private static final List<Double> MUTATION_RATES = List.of(0.0, 0.05, 0.15, 0.3);

  @Property(tries = 10_000)
  void plumblineAgreesWithEverit(@ForAll("types") DataType type, @ForAll long seed)
      throws JsonProcessingException {
    Random random = new Random(seed);
    double rate = MUTATION_RATES.get(random.nextInt(MUTATION_RATES.size()));
    boolean exact = random.nextBoolean();
    JsonNode value = new NearValidValues(DataTypes.CUSTOM_TYPES, random, rate).of(type);
    String text = WRITER.writeValueAsString(value);

    ValidationResult ours =
        TypeValidator.compile(type, DataTypes.CUSTOM_TYPES)
            .validate(KnownDeviations.mapper(exact).readTree(text));
    ObjectNode schema = JsonSchemaExporter.typeSchema(type, DataTypes.CUSTOM_TYPES);
    EveritOracle.Verdict everit = EveritOracle.load(schema).check(text);

    if (ours.valid() == everit.valid()) {
      Statistics.label("verdict").collect(ours.valid() ? "both valid" : "both invalid");
      return;
    }
    Optional<Set<Deviation>> why =
        KnownDeviations.explain(type, DataTypes.CUSTOM_TYPES, schema, text, exact);
    if (why.isPresent()) {
      Statistics.label("verdict").collect("skipped: " + new TreeSet<>(why.get()));
      return;
    }
    assertThat(ours.valid())
        .as(
            "Plumbline and everit disagree on an unexplained case%n  type:   %s%n  schema: %s%n"
                + "  value:  %s (parsed %s)%n  plumbline: %s%n  everit:    %s",
            type,
            schema,
            text,
            exact ? "exactly" : "as doubles",
            ours.violations(),
            everit.failures())
        .isEqualTo(everit.valid());
  }

  @Provide
  Arbitrary<DataType> types() {
    return DataTypes.types(3);
  }
}
