package dev.plumbline.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.core.manifest.internal.CanonicalJson;
import dev.plumbline.core.manifest.internal.ManifestEncoder;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

  @Test
  void escapesOnlyWhatJsonRequiresAndWritesNumbersPlain() {
    ObjectNode n = ManifestEncoder.NODES.objectNode();
    n.put("text", "a\"b\\c\nd\te\u0001é😀\ud800");
    n.put("big", new BigDecimal("1E+20"));
    n.put("small", new BigDecimal("0.000001"));
    n.putArray("empty");
    n.putObject("none");
    assertThat(CanonicalJson.write(n))
        .isEqualTo(
            "{\n"
                + "  \"text\": \"a\\\"b\\\\c\\nd\\te\\u0001é😀\\ud800\",\n"
                + "  \"big\": 100000000000000000000,\n"
                + "  \"small\": 0.000001,\n"
                + "  \"empty\": [],\n"
                + "  \"none\": {}\n"
                + "}\n");
  }

  @Test
  void namesSortByCodePointLikeUtf8Bytes() {
    List<String> names = new java.util.ArrayList<>(List.of("😀", "\uffff", "b", "B", "a b", "é"));
    names.sort(CanonicalJson.CODE_POINT_ORDER);
    assertThat(names).containsExactly("B", "a b", "b", "é", "\uffff", "😀");
  }

  @Test
  void digestIsSha256OfTheUtf8Text() {
    assertThat(CanonicalJson.sha256(""))
        .isEqualTo("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
}
