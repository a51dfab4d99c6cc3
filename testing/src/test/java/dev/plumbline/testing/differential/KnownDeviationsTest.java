package dev.plumbline.testing.differential;

import static dev.plumbline.core.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.core.export.JsonSchemaExporter;
import dev.plumbline.core.types.DataType;
import dev.plumbline.core.types.StringFormat;
import dev.plumbline.testing.differential.KnownDeviations.Deviation;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Known everit deviations are named exactly, on cases the differential property has met. */
class KnownDeviationsTest {

  private static Set<Deviation> explain(DataType type, String text) {
    ObjectNode schema = JsonSchemaExporter.typeSchema(type, Map.of());
    return KnownDeviations.explain(type, Map.of(), schema, text, false).orElseThrow();
  }

  @Test
  void hostnameWithoutAnIanaTopLevelDomain() {
    DataType hostname = string().format(StringFormat.HOSTNAME);
    assertThat(
            EveritOracle.load(JsonSchemaExporter.typeSchema(hostname, Map.of()))
                .check("\"shop.example.coma\"")
                .valid())
        .isFalse();
    assertThat(explain(hostname, "\"shop.example.coma\""))
        .containsExactly(Deviation.EVERIT_HOSTNAME_TLD);
    assertThat(explain(string().minLength(4).format(StringFormat.HOSTNAME), "\"a.b.c.x1\""))
        .containsExactly(Deviation.EVERIT_HOSTNAME_TLD);
  }

  @Test
  void nonAsciiHostname() {
    assertThat(explain(string().format(StringFormat.HOSTNAME), "\"éu\""))
        .containsExactly(Deviation.EVERIT_HOSTNAME_NON_ASCII);
  }

  @Test
  void emailWithoutAnIanaTopLevelDomain() {
    assertThat(explain(string().format(StringFormat.EMAIL), "\"jane@example\""))
        .containsExactly(Deviation.EVERIT_EMAIL_DOMAIN);
  }
}
