package dev.plumbline.cli;

import static dev.plumbline.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.manifest.Manifest;
import dev.plumbline.validation.ManifestReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateAndImportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String ORDER_SCHEMA =
      """
      {"$schema": "http://json-schema.org/draft-07/schema#",
       "title": "Order Completed",
       "type": "object",
       "properties": {
         "order_id": {"type": "string", "minLength": 1},
         "revenue": {"type": "number", "minimum": 0},
         "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": true}
       },
       "required": ["order_id", "revenue"],
       "patternProperties": {"^x-": {"type": "string"}}}
      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static List<JsonNode> jsonLines(String out) throws Exception {
    List<JsonNode> lines = new java.util.ArrayList<>();
    for (String l : out.split("\n")) {
      if (!l.isBlank()) {
        lines.add(JSON.readTree(l));
      }
    }
    return lines;
  }

  /** {@code plumbline import --format jsonschema <schema> --out <out>} and any further options. */
  private static CliTest.Run importJsonSchema(Path schema, Path out, String... options) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "import", "--format", "jsonschema", schema.toString(), "--out", out.toString()));
    args.addAll(List.of(options));
    return run(args.toArray(String[]::new));
  }

  @Test
  void should_print_one_json_object_per_line_and_go_on_after_a_bad_line() throws Exception {
    Path schema = write("order.schema.json", ORDER_SCHEMA);
    Path events =
        write(
            "events.ndjson",
            String.join(
                "\n",
                "{\"order_id\": \"o1\", \"revenue\": 10, \"x-src\": \"web\"}",
                "{\"order_id\": \"\", \"revenue\": -1}",
                "{\"order_id\": \"o3\", \"revenue\": ",
                "",
                "[1, 2]",
                "{\"order_id\": \"o5\", \"revenue\": 1, \"x-n\": 5}",
                "{\"order_id\": \"o6\", \"order_id\": \"dup\", \"revenue\": 1}"));

    CliTest.Run r =
        run("validate", "--schema", schema.toString(), "--format", "json", events.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(3);
    List<JsonNode> lines = jsonLines(r.out());
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0).toString()).isEqualTo("{\"line\":1,\"valid\":true,\"violations\":[]}");
    assertThat(lines.get(1).path("line").asInt()).isEqualTo(2);
    assertThat(lines.get(1).path("valid").asBoolean()).isFalse();
    assertThat(lines.get(1).path("violations"))
        .extracting(v -> v.path("code").asText() + " " + v.path("path").asText())
        .containsExactlyInAnyOrder("LENGTH /order_id", "RANGE /revenue");
    assertThat(lines.get(2).path("line").asInt()).isEqualTo(3);
    assertThat(lines.get(2).path("error").asText()).startsWith("not JSON");
    assertThat(lines.get(3).path("line").asInt()).isEqualTo(5);
    assertThat(lines.get(3).path("violations").get(0).path("code").asText())
        .isEqualTo("TYPE_MISMATCH");
    assertThat(lines.get(4).path("violations").get(0).path("path").asText()).isEqualTo("/x-n");
    assertThat(lines.get(5).path("error").asText()).contains("Duplicate field 'order_id'");
  }

  @Test
  void should_report_every_const_as_const_mismatch_whatever_its_value() throws Exception {
    Path schema =
        write(
            "const.schema.json",
            """
            {"type": "object",
             "properties": {
               "kind": {"const": "order"},
               "typed": {"type": "string", "const": "web"},
               "n": {"const": 3},
               "o": {"const": {"a": 1}}}}
            """);
    Path events =
        write(
            "events.ndjson",
            "{\"kind\": \"refund\", \"typed\": \"ios\", \"n\": 4, \"o\": {\"a\": 2}}\n"
                + "{\"kind\": 5}\n"
                + "{\"kind\": \"order\", \"typed\": \"web\", \"n\": 3.0, \"o\": {\"a\": 1}}\n");

    CliTest.Run r =
        run("validate", "--schema", schema.toString(), "--format", "json", events.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(3);
    List<JsonNode> lines = jsonLines(r.out());
    assertThat(lines.get(0).path("violations"))
        .extracting(v -> v.path("code").asText() + " " + v.path("path").asText())
        .containsExactly(
            "CONST_MISMATCH /kind",
            "CONST_MISMATCH /n",
            "CONST_MISMATCH /o",
            "CONST_MISMATCH /typed");
    assertThat(lines.get(0).path("violations").get(0).path("message").asText())
        .isEqualTo("expected \"order\", found \"refund\"");
    assertThat(lines.get(1).path("violations").get(0).path("message").asText())
        .isEqualTo("expected \"order\", found 5");
    assertThat(lines.get(2).path("valid").asBoolean()).isTrue();
  }

  @Test
  void should_exit_1_for_a_ref_cycle_that_never_reaches_a_keyword() throws Exception {
    Path schema =
        write(
            "cycle.schema.json",
            "{\"definitions\":{\"a\":{\"$ref\":\"#/definitions/b\"},"
                + "\"b\":{\"$ref\":\"#/definitions/a\"}},\"$ref\":\"#/definitions/a\"}");
    Path events = write("events.ndjson", "{}\n");

    CliTest.Run validate = run("validate", "--schema", schema.toString(), events.toString());
    CliTest.Run imported = importJsonSchema(schema, dir.resolve("out.json"));

    assertThat(validate.code()).isEqualTo(1);
    assertThat(validate.err())
        .contains("/$ref: $ref cycle: '#/definitions/a' -> '#/definitions/b'");
    assertThat(imported.code()).isEqualTo(1);
    assertThat(imported.err()).contains("$ref cycle");
    assertThat(dir.resolve("out.json")).doesNotExist();
  }

  @Test
  void should_exit_0_when_every_line_is_valid_and_summarise_in_text() throws Exception {
    Path schema = write("order.schema.json", ORDER_SCHEMA);
    Path events =
        write(
            "ok.ndjson",
            "{\"order_id\": \"a\", \"revenue\": 1}\n{\"order_id\": \"b\", \"revenue\": 2.5}\n");

    CliTest.Run r = run("validate", "--schema", schema.toString(), events.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("line 1: valid")
        .contains("2 lines: 2 valid, 0 invalid, 0 unreadable");
  }

  @Test
  void should_read_standard_input_for_a_dash() throws Exception {
    Path schema = write("order.schema.json", ORDER_SCHEMA);
    InputStream stdin = System.in;
    try {
      System.setIn(
          new ByteArrayInputStream("{\"order_id\": 1}\n".getBytes(StandardCharsets.UTF_8)));
      CliTest.Run r = run("validate", "--schema", schema.toString(), "-");

      assertThat(r.code()).isEqualTo(3);
      assertThat(r.out()).contains("line 1: invalid").contains("REQUIRED_MISSING /revenue");
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void should_reject_a_remote_ref_naming_it_and_its_pointer_with_exit_1() throws Exception {
    Path schema =
        write(
            "remote.schema.json",
            "{\"properties\": {\"a\": {\"$ref\": \"http://example.com/a.json\"}}}");
    Path events = write("e.ndjson", "{}\n");

    CliTest.Run r = run("validate", "--schema", schema.toString(), events.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("http://example.com/a.json").contains("/properties/a/$ref");
  }

  @Test
  void should_exit_1_naming_the_limit_for_a_schema_nested_too_deeply() throws Exception {
    Path notNot = write("deep.schema.json", "{\"not\":".repeat(5000) + "{}" + "}".repeat(5000));
    Path objects =
        write(
            "objects.schema.json",
            "{\"type\":\"object\",\"properties\":{\"a\":".repeat(700) + "{}" + "}}".repeat(700));
    Path events = write("e.ndjson", "{}\n");
    for (Path schema : new Path[] {notNot, objects}) {
      CliTest.Run validate = run("validate", "--schema", schema.toString(), events.toString());
      CliTest.Run imported =
          run(
              "import",
              "--format",
              "jsonschema",
              schema.toString(),
              "--out",
              dir.resolve("m.json").toString());
      for (CliTest.Run r : new CliTest.Run[] {validate, imported}) {
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err())
            .contains(schema.getFileName().toString())
            .contains("nests more than 1000 levels of objects and arrays")
            .doesNotContain("StackOverflowError");
      }
    }
  }

  @Test
  void should_exit_1_for_a_schema_that_is_not_json_or_a_missing_input() throws Exception {
    Path bad = write("bad.json", "{\"type\": ");
    Path schema = write("order.schema.json", ORDER_SCHEMA);

    CliTest.Run notJson = run("validate", "--schema", bad.toString(), "-");
    CliTest.Run missing =
        run("validate", "--schema", schema.toString(), dir.resolve("nope.ndjson").toString());
    CliTest.Run both =
        run("validate", "--schema", schema.toString(), "--manifest", schema.toString(), "-");

    assertThat(notJson.code()).isEqualTo(1);
    assertThat(notJson.err()).contains("bad.json: not JSON");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("nope.ndjson: no such file");
    assertThat(both.code()).isEqualTo(1);
    assertThat(both.err()).contains("mutually exclusive");
  }

  @Test
  void should_word_bad_files_and_options_without_internals() throws Exception {
    Path empty = write("empty.json", "");
    Path schema = write("s.json", "{}");
    Path events = write("e.ndjson", "{}\n//c\nabc\u001b[31m\n\n\n{}\n");

    CliTest.Run emptySchema = run("validate", "--schema", empty.toString(), events.toString());
    CliTest.Run missingSchema =
        run("import", "--format", "jsonschema", "nope.json", "--out", "m.json");
    CliTest.Run missingManifest = run("validate", "--manifest", "nope.json", events.toString());
    CliTest.Run badType =
        run(
            "import",
            "--format",
            "jsonschema",
            schema.toString(),
            "--type",
            "bogus",
            "--out",
            dir.resolve("m.json").toString());
    CliTest.Run twice =
        run("validate", "--schema", schema.toString(), "--schema", schema.toString(), "-");
    CliTest.Run lines = run("validate", "--schema", schema.toString(), events.toString());
    CliTest.Run missingExport =
        run(
            "export",
            "--format",
            "jsonschema",
            "--manifest",
            "nope.json",
            "--out",
            dir.resolve("x").toString());
    Path closed = write("closed.json", "{\"additionalProperties\":false}");
    Path csi = write("csi.ndjson", "{\"\\u009b2J\":1}\n");
    CliTest.Run c1 = run("validate", "--schema", closed.toString(), csi.toString());

    assertThat(emptySchema.err())
        .startsWith("error: " + empty + ": cannot check against it: 1 problem")
        .contains("empty.json")
        .contains("got nothing (the document is empty)")
        .doesNotContain("MISSING");
    assertThat(missingSchema.err()).isEqualTo("error: nope.json: no such file\n");
    assertThat(missingManifest.err()).isEqualTo("error: nope.json: no such file\n");
    assertThat(badType.err())
        .startsWith(
            "error: --type bogus: not an event type; use track, identify, page, screen or"
                + " group")
        .doesNotContain("s.json");
    assertThat(twice.err())
        .startsWith(
            "error: give exactly one of (--schema=<schema.json> or --manifest=<manifest.json>),"
                + " once");
    for (CliTest.Run r : List.of(emptySchema, missingSchema, missingManifest, badType, twice)) {
      assertThat(r.code()).isEqualTo(1);
    }
    assertThat(missingExport.code()).isEqualTo(1);
    assertThat(missingExport.err()).isEqualTo("error: nope.json: no such file\n");
    assertThat(c1.out()).contains("/\\u009B2J").doesNotContain("\u009b");
    assertThat(lines.code()).isEqualTo(3);
    assertThat(lines.out())
        .contains("line 2: error: not JSON at column 1: Unexpected character ('/' (code 47))")
        .doesNotContain("ALLOW_COMMENTS")
        .contains("Unrecognized token 'abc\\u001B'")
        .doesNotContain("\u001b")
        .contains("4 lines: 2 valid, 0 invalid, 2 unreadable (and 2 blank, skipped)");
  }

  @Test
  void should_validate_events_against_a_manifest_with_the_enforcement_action() throws Exception {
    Path compiled = dir.resolve("compiled");
    run("compile", "--pipeline", TinyPipeline.class.getName(), "--out", compiled.toString());
    Path events =
        write(
            "events.ndjson",
            String.join(
                "\n",
                "{\"type\": \"track\", \"event\": \"Order Completed\", \"properties\": {\"order_id\": \"o1\", \"revenue\": 5}}",
                "{\"type\": \"track\", \"event\": \"Order Completed\", \"properties\": {\"order_id\": \"o2\"}}",
                "{\"type\": \"track\", \"event\": \"Wishlist Shared\", \"properties\": {}}",
                "\"just a string\""));

    CliTest.Run r =
        run(
            "validate",
            "--manifest",
            compiled.resolve("manifest.json").toString(),
            "--format",
            "json",
            events.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(3);
    List<JsonNode> lines = jsonLines(r.out());
    assertThat(lines)
        .extracting(l -> l.path("action").asText())
        // The default policy forwards invalid events, but a string is not an event to forward.
        .containsExactly("FORWARD", "FORWARD", "FORWARD", "QUARANTINE");
    assertThat(lines.get(0).path("valid").asBoolean()).isTrue();
    assertThat(lines.get(0).path("event").asText()).isEqualTo("Order Completed");
    assertThat(lines.get(1).path("violations").get(0).path("code").asText())
        .isEqualTo("REQUIRED_MISSING");
    assertThat(lines.get(2).path("violations").get(0).path("code").asText())
        .isEqualTo("UNPLANNED_EVENT");
    assertThat(lines.get(3).path("violations").get(0).path("code").asText())
        .isEqualTo("INVALID_ENVELOPE");
  }

  @Test
  void should_import_a_json_schema_into_a_manifest_that_reads_back_strictly() throws Exception {
    Path schema = write("order.schema.json", ORDER_SCHEMA);
    Path out = dir.resolve("imported/manifest.json");

    CliTest.Run r = importJsonSchema(schema, out);

    assertThat(r.code()).as(r.err()).isZero();
    Manifest m = ManifestReader.read(out);
    assertThat(m.pipeline().plan().events()).containsOnlyKeys("Order Completed");
    assertThat(m.pipeline().plan().events().get("Order Completed").payload().constraints())
        .isPresent();
  }

  @Test
  void should_import_an_iglu_schema_named_by_vendor_and_name() throws Exception {
    Path schema =
        write(
            "add_to_basket.json",
            """
            {"$schema": "http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/1-0-0#",
             "self": {"vendor": "com.acme", "name": "add_to_basket", "format": "jsonschema", "version": "1-2-0"},
             "type": "object",
             "properties": {"sku": {"type": "string", "maxLength": 64}, "qty": {"type": "integer", "minimum": 0}},
             "required": ["sku"], "additionalProperties": false}
            """);
    Path out = dir.resolve("iglu.json");

    CliTest.Run r = run("import", "--format", "iglu", schema.toString(), "--out", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    Manifest m = ManifestReader.read(out);
    assertThat(m.pipeline().plan().events()).containsOnlyKeys("com.acme/add_to_basket");
    assertThat(m.pipeline().plan().version()).isEqualTo("1.2.0");
  }

  @Test
  void should_name_the_problem_when_an_import_fails() throws Exception {
    Path schema = write("s.json", "{\"type\": \"string\"}");

    CliTest.Run r = importJsonSchema(schema, dir.resolve("m.json"));

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("s.json");
    assertThat(dir.resolve("m.json")).doesNotExist();
  }

  private static final String BROKEN = "{\"properties\": {\"a\": {\"minLength\": -1}}}";

  @Test
  void should_exit_1_naming_the_file_for_a_schema_that_is_not_valid_draft07() throws Exception {
    Path schema = write("broken.json", BROKEN);
    Path empty = write("empty.ndjson", "");

    CliTest.Run validate = run("validate", "--schema", schema.toString(), empty.toString());
    assertThat(validate.code()).isEqualTo(1);
    assertThat(validate.err())
        .isEqualTo(
            "error: "
                + schema
                + ": not a valid JSON Schema draft-07 document: 'minLength' must be a"
                + " non-negative integer, found -1 (at /properties/a/minLength)\n");

    Path out = dir.resolve("imported.json");
    CliTest.Run imported = importJsonSchema(schema, out);
    assertThat(imported.code()).isEqualTo(1);
    assertThat(imported.err()).contains("broken.json").contains("/properties/a/minLength");
    assertThat(out).doesNotExist();

    // Parts inside typed properties: the pointers are still the file's.
    Path nested =
        write(
            "nested.json",
            "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"object\",\"properties\":"
                + "{\"b\":{\"type\":\"text\"}}},\"c\":{\"pattern\":\"(\"}}}");
    CliTest.Run nestedRun = run("validate", "--schema", nested.toString(), empty.toString());
    assertThat(nestedRun.code()).isEqualTo(1);
    assertThat(nestedRun.err())
        .contains("(at /properties/a/properties/b/type)")
        .contains("(at /properties/c/pattern)");
    CliTest.Run nestedImport = importJsonSchema(nested, out);
    assertThat(nestedImport.err())
        .contains("(at /properties/a/properties/b/type)")
        .contains("(at /properties/c/pattern)");
  }

  @Test
  void should_name_the_manifest_file_when_it_is_not_a_manifest() throws Exception {
    Path manifest = write("not-a-manifest.json", "{}");
    CliTest.Run r =
        run("validate", "--manifest", manifest.toString(), write("e.ndjson", "{}").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: " + manifest + ": ").contains("/apiVersion");
  }

  @Test
  void should_refuse_to_import_over_the_schema_itself_or_as_an_alias() throws Exception {
    Path schema = write("order.schema.json", ORDER_SCHEMA);

    CliTest.Run same = importJsonSchema(schema, schema);
    assertThat(same.code()).isEqualTo(1);
    assertThat(same.err()).contains("is the schema file itself");
    assertThat(Files.readString(schema)).isEqualTo(ORDER_SCHEMA);

    Path file = write("a-file", "");
    CliTest.Run blocked = importJsonSchema(schema, file.resolve("m.json"));
    assertThat(blocked.code()).isEqualTo(1);
    assertThat(blocked.err()).contains("a file is in the way of a directory");

    CliTest.Run alias = importJsonSchema(schema, dir.resolve("a.json"), "--type", "alias");
    assertThat(alias.code()).isEqualTo(1);
    assertThat(alias.err()).contains("--type alias").contains("never validated");
  }

  @Test
  void should_say_that_the_title_became_the_event_name() throws Exception {
    Path schema = write("order.schema.json", ORDER_SCHEMA);
    CliTest.Run r = importJsonSchema(schema, dir.resolve("m.json"), "--type", "TRACK");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Imported event 'Order Completed' (track)")
        .contains("note: /title: used as the event name")
        .doesNotContain("'title' is not kept");
  }

  @Test
  void should_report_out_of_range_numbers_and_deep_values_per_line_and_go_on() throws Exception {
    Path schema = write("open.json", "{\"type\": \"object\"}");
    String deep = "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    Path events =
        write(
            "events.ndjson",
            String.join("\n", "{\"n\": 1}", "{\"n\": 1e999999999999}", deep, "{\"n\": 2}"));

    CliTest.Run r =
        run("validate", "--schema", schema.toString(), "--format", "json", events.toString());

    assertThat(r.code()).isEqualTo(3);
    List<JsonNode> lines = jsonLines(r.out());
    assertThat(lines).extracting(l -> l.path("line").asInt()).containsExactly(1, 2, 3, 4);
    assertThat(lines.get(1).path("error").asText())
        .isEqualTo(
            "not JSON: the number 1e999999999999 is out of range (too many nonzero exponent"
                + " digits)");
    assertThat(lines.get(2).path("valid").asBoolean()).isTrue(); // an open object, any depth
    assertThat(lines.get(3).path("valid").asBoolean()).isTrue();
  }

  @Test
  void should_write_text_that_stays_on_one_line_per_violation() throws Exception {
    Path schema =
        write(
            "closed.json",
            "{\"type\": \"object\", \"additionalProperties\": false, \"minProperties\": 9}");
    Path events = write("events.ndjson", "{\"line\\nbreak\": \"a\\tb\"}\n[]\n");

    CliTest.Run r = run("validate", "--schema", schema.toString(), events.toString());

    assertThat(r.out())
        .contains("  UNPLANNED_PROPERTY /line\\nbreak: expected no property 'line\\nbreak'")
        .contains("  TYPE_MISMATCH (root): expected object, found array");
  }

  @Test
  void should_stop_with_exit_1_when_the_output_cannot_be_written() throws Exception {
    Path schema = write("open.json", "{\"type\": \"object\"}");
    Path events = write("events.ndjson", "{}\n{}\n{}\n");
    java.io.OutputStream closed =
        new java.io.OutputStream() {
          @Override
          public void write(int b) throws java.io.IOException {
            throw new java.io.IOException("closed");
          }
        };
    java.io.StringWriter err = new java.io.StringWriter();

    int code =
        PlumblineCommand.execute(
            new String[] {"validate", "--schema", schema.toString(), events.toString()},
            new java.io.PrintWriter(closed, true),
            new java.io.PrintWriter(err, true));

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("cannot write the results").contains("after line 1");
  }

  private static final String SMALL_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"integer\"}},"
          + "\"additionalProperties\":false}";

  @Test
  void should_report_a_line_that_only_looks_blank_as_not_json_and_exit_3() throws Exception {
    Path schema = write("open.json", "{}");
    // a form feed and an ideographic space are not JSON whitespace; spaces and tabs are
    Path events = write("ws.ndjson", "{}\n\f\n\u3000\n \t\n");

    CliTest.Run r = run("validate", "--schema", schema.toString(), events.toString());

    assertThat(r.code()).as(r.out()).isEqualTo(3);
    assertThat(r.out())
        .contains("line 2: error: not JSON at column ")
        .contains("line 3: error: not JSON at column ")
        .contains("3 lines: 1 valid, 0 invalid, 2 unreadable (and 1 blank, skipped)");
  }

  @Test
  void should_show_what_a_line_held_lone_surrogates_and_backslashes_included() throws Exception {
    Path schema = write("s.json", SMALL_SCHEMA);
    // a lone surrogate; then the key BEL, and the key of six characters backslash u 0 0 0 7
    Path events =
        write("e.ndjson", "{\"a\":\"\\ud83d\"}\n{\"a\":1,\"\\u0007\":1,\"\\\\u0007\":2}\n");

    CliTest.Run json =
        run("validate", "--schema", schema.toString(), "--format", "json", events.toString());
    CliTest.Run text = run("validate", "--schema", schema.toString(), events.toString());

    assertThat(json.out()).contains("found string \\\"\\uD83D\\\"").doesNotContain("\ud83d");
    assertThat(jsonLines(json.out()).get(0).at("/violations/0/message").asText())
        .isEqualTo("expected integer, found string \"\ud83d\"");
    assertThat(text.out())
        .contains("  TYPE_MISMATCH /a: expected integer, found string \"\\uD83D\"")
        .contains("  UNPLANNED_PROPERTY /\\u0007: ")
        .contains("  UNPLANNED_PROPERTY /\\\\u0007: ")
        .doesNotContain("\ud83d");

    CliTest.Run imported =
        importJsonSchema(schema, dir.resolve("m.json"), "--event", "a\u0001b\\c");
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.out()).startsWith("Imported event 'a\\u0001b\\\\c' (track)");
  }

  @Test
  void should_read_long_property_names_and_call_a_reader_limit_so() throws Exception {
    Path schema = write("s.json", SMALL_SCHEMA);
    String name = "k".repeat(60_000);
    int depth = 100_001;
    Path events =
        write(
            "e.ndjson",
            "{\"a\":1,\"" + name + "\":1}\n" + "[".repeat(depth) + "]".repeat(depth) + "\n");
    Path deepSchema = write("deep.json", "[".repeat(depth) + "]".repeat(depth));

    CliTest.Run r =
        run("validate", "--schema", schema.toString(), "--format", "json", events.toString());
    CliTest.Run deep = run("validate", "--schema", deepSchema.toString(), events.toString());

    List<JsonNode> lines = jsonLines(r.out());
    assertThat(lines.get(0).at("/violations/0/path").asText()).isEqualTo("/" + name);
    assertThat(lines.get(1).path("error").asText())
        .isEqualTo("not read: beyond a reader limit: nesting depth over 100000");
    assertThat(deep.code()).isEqualTo(1);
    assertThat(deep.err())
        .isEqualTo(
            "error: "
                + deepSchema
                + ": not read: beyond a reader limit: nesting depth over 100000\n");
  }

  @Test
  void should_refuse_a_manifest_given_as_a_json_schema() throws Exception {
    Path compiled = dir.resolve("compiled");
    run("compile", "--pipeline", TinyPipeline.class.getName(), "--out", compiled.toString());
    Path manifest = compiled.resolve("manifest.json");
    Path events = write("e.ndjson", "{}\n");

    CliTest.Run r = run("validate", "--schema", manifest.toString(), events.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "error: " + manifest + " is a Plumbline manifest, not a JSON Schema: use --manifest\n");
    for (String format : List.of("jsonschema", "iglu")) {
      CliTest.Run imported =
          run(
              "import",
              "--format",
              format,
              manifest.toString(),
              "--out",
              dir.resolve("again.json").toString());
      assertThat(imported.code()).isEqualTo(1);
      assertThat(imported.err())
          .isEqualTo(
              "error: "
                  + manifest
                  + " is a Plumbline manifest, not a JSON Schema or an Iglu schema; nothing to"
                  + " import\n");
    }
    assertThat(dir.resolve("again.json")).doesNotExist();
  }

  @Test
  void should_give_a_line_that_cannot_be_read_the_action_of_an_input_that_is_not_an_event()
      throws Exception {
    Path compiled = dir.resolve("compiled");
    run("compile", "--pipeline", TinyPipeline.class.getName(), "--out", compiled.toString());
    String manifest = compiled.resolve("manifest.json").toString();
    Path events = write("e.ndjson", "\"just a string\"\n{\"type\": \n");

    CliTest.Run json =
        run("validate", "--manifest", manifest, "--format", "json", events.toString());
    CliTest.Run text = run("validate", "--manifest", manifest, events.toString());
    CliTest.Run schema =
        run(
            "validate",
            "--schema",
            write("s.json", "{}").toString(),
            "--format",
            "json",
            events.toString());

    List<JsonNode> lines = jsonLines(json.out());
    assertThat(lines.get(0).path("action").asText()).isEqualTo("QUARANTINE");
    assertThat(lines.get(1).path("error").asText()).startsWith("not JSON at column ");
    assertThat(lines.get(1).path("action").asText()).isEqualTo("QUARANTINE");
    assertThat(text.out().lines())
        .anySatisfy(
            l -> assertThat(l).startsWith("line 2: error: not JSON").endsWith(" -> QUARANTINE"));
    // without a plan there is no action to give
    assertThat(jsonLines(schema.out()).get(1).has("action")).isFalse();
  }

  @Test
  void should_say_when_import_replaces_a_file_and_document_it() throws Exception {
    Path schema = write("order.schema.json", ORDER_SCHEMA);
    Path out = dir.resolve("new/dir/m.json");

    CliTest.Run created = importJsonSchema(schema, out);
    CliTest.Run replaced = importJsonSchema(schema, out);

    assertThat(created.code()).as(created.err()).isZero();
    assertThat(created.out()).contains("  manifest: " + out + "\n").doesNotContain("replaced");
    assertThat(replaced.code()).as(replaced.err()).isZero();
    assertThat(replaced.out())
        .contains("  manifest: " + out + " (replaced the file that was there)\n");
    assertThat(run("import", "--help").out().replaceAll("\\s+", " "))
        .contains("A file already there is overwritten")
        .contains("missing directories are created");
  }

  @Test
  void should_word_an_events_file_that_is_a_directory_as_for_a_schema_file() throws Exception {
    Path schema = write("s.json", "{}");
    Path directory = Files.createDirectories(dir.resolve("a-directory"));

    CliTest.Run events = run("validate", "--schema", schema.toString(), directory.toString());
    CliTest.Run asSchema = run("validate", "--schema", directory.toString(), "-");

    assertThat(events.code()).isEqualTo(1);
    assertThat(events.err())
        .isEqualTo("error: " + directory + ": cannot read it: is a directory\n");
    assertThat(asSchema.err()).isEqualTo(events.err());
  }
}
