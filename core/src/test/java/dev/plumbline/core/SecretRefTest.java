package dev.plumbline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.plumbline.core.routing.SecretRef;
import org.junit.jupiter.api.Test;

class SecretRefTest {

  @Test
  void should_round_trip_through_its_reference_text() {
    SecretRef ref = SecretRef.env("AMPLITUDE_API_KEY");

    assertThat(ref.toString()).isEqualTo("${env:AMPLITUDE_API_KEY}");
    assertThat(SecretRef.parse(ref.toString())).contains(ref);
  }

  @Test
  void should_not_treat_plain_text_as_a_reference() {
    assertThat(SecretRef.parse("eu-west-1")).isEmpty();
  }

  @Test
  void should_name_the_malformed_reference() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SecretRef.parse("${vault:}"))
        .withMessageContaining("${vault:}");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SecretRef.env("1BAD"))
        .withMessageContaining("1BAD");
  }
}
