package dev.plumbline.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.types.StringFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EMAIL|joe.bloggs@example.com|true",
        "EMAIL|a+b@x.io|true",
        "EMAIL|joe@localhost|true",
        "EMAIL|.joe@example.com|false",
        "EMAIL|joe.@example.com|false",
        "EMAIL|jo..e@example.com|false",
        "EMAIL|joe@|false",
        "EMAIL|@example.com|false",
        "EMAIL|joe@exa_mple.com|false",
        "EMAIL|jo e@example.com|false",
        "HOSTNAME|www.example.com|true",
        "HOSTNAME|xn--bcher-kva.example|true",
        // Host names are case-insensitive (RFC 1123), A-labels too: the label is lower-cased first.
        "HOSTNAME|XN--BCHER-KVA.EXAMPLE|true",
        "HOSTNAME|xn--Bcher-kva|true",
        "EMAIL|a@XN--BCHER-KVA.COM|true",
        "HOSTNAME|-a.example|false",
        "HOSTNAME|a-.example|false",
        "HOSTNAME|a..b|false",
        "HOSTNAME|example.com.|false",
        "HOSTNAME|not_valid|false",
        "IPV4|192.168.0.1|true",
        "IPV4|0.0.0.0|true",
        "IPV4|256.1.1.1|false",
        "IPV4|01.1.1.1|false",
        "IPV4|1.1.1|false",
        "IPV4|1.1.1.1.1|false",
        "IPV4|1.1.1.a|false",
        "IPV6|::1|true",
        "IPV6|::|true",
        "IPV6|2001:db8::7|true",
        "IPV6|1:2:3:4:5:6:7:8|true",
        "IPV6|::ffff:192.168.1.1|true",
        "IPV6|1::|true",
        "IPV6|1:2:3:4:5:6:7:8:9|false",
        "IPV6|1::2::3|false",
        "IPV6|12345::|false",
        "IPV6|:1:2|false",
        "IPV6|1:2:3:4:5:6:7:|false",
        "IPV6|::ffff:256.1.1.1|false",
        "IPV6|g::1|false",
        "UUID|123e4567-e89b-12d3-a456-426614174000|true",
        "UUID|123E4567-E89B-12D3-A456-426614174000|true",
        "UUID|123e4567e89b12d3a456426614174000|false",
        "UUID|123e4567-e89b-12d3-a456-42661417400g|false",
        "DATE|2024-02-29|true",
        "DATE|2023-02-29|false",
        "DATE|1900-02-29|false",
        "DATE|2000-02-29|true",
        "DATE|2024-04-31|false",
        "DATE|2024-13-01|false",
        "DATE|2024-1-01|false",
        "DATE_TIME|2024-05-01T12:30:00Z|true",
        "DATE_TIME|2024-05-01t12:30:00.123+02:00|true",
        "DATE_TIME|1998-12-31T23:59:60Z|true",
        "DATE_TIME|1998-12-31T15:59:60.123-08:00|true",
        "DATE_TIME|1998-12-31T22:59:60Z|false",
        "DATE_TIME|2024-05-01T24:00:00Z|false",
        "DATE_TIME|2024-05-01T12:30:00|false",
        "DATE_TIME|2024-05-01 12:30:00Z|false",
        "DATE_TIME|2024-05-01T12:30:00.Z|false",
        "DATE_TIME|2024-05-01T12:30Z|false",
        "DATE_TIME|2024-05-01T12:30:00+0200|false",
        "URI|https://example.com/a?b=c#d|true",
        "URI|mailto:John.Doe@example.com|true",
        "URI|urn:oasis:names:specification:docbook:dtd:xml:4.1.2|true",
        "URI|ldap://[2001:db8::7]/c=GB?objectClass?one|true",
        "URI|http://example.com/%20x|true",
        "URI|/relative/path|false",
        "URI|//example.com|false",
        "URI|http://exa mple.com|false",
        "URI|http://example.com/%zz|false",
        "URI|http://example.com/#a#b|false",
        "URI|:no-scheme|false",
      })
  void formatsAreStrict(StringFormat format, String value, boolean valid) {
    assertThat(Formats.matches(format, value)).isEqualTo(valid);
  }
}
