package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        PlumblineCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  /** Under LANG=C, JDK 17's default charset is ASCII: the command's streams encode UTF-8 anyway. */
  @Test
  void should_write_utf8_whatever_the_default_charset() {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    PrintWriter w = PlumblineCommand.utf8Writer(bytes);

    w.println("found \"é\" in Café 😀");

    assertThat(bytes.toByteArray())
        .isEqualTo(
            ("found \"é\" in Café 😀" + System.lineSeparator())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void should_compile_a_pipeline_class_to_a_manifest_and_schemas() throws Exception {
    Run r = run("compile", "--pipeline", TinyPipeline.class.getName(), "--out", dir.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Compiled pipeline 'tiny'").contains("sha256:");
    JsonNode manifest = JSON.readTree(dir.resolve("manifest.json").toFile());
    assertThat(manifest.path("apiVersion").asText()).isEqualTo("plumbline.dev/v1");
    assertThat(manifest.path("metadata").has("environment")).isFalse();
    JsonNode schema = JSON.readTree(dir.resolve("schemas/Order Completed.schema.json").toFile());
    assertThat(schema.path("$schema").asText()).contains("draft-07");
  }

  @Test
  void should_write_one_schema_file_per_event_the_same_from_compile_and_export() throws Exception {
    Path compiled = dir.resolve("compiled");
    Path exported = dir.resolve("exported");
    Run c =
        run(
            "compile",
            "--pipeline",
            TinyPipeline.CollidingNames.class.getName(),
            "--out",
            compiled.toString());
    Run e =
        run(
            "export",
            "--format",
            "jsonschema",
            "--manifest",
            compiled.resolve("manifest.json").toString(),
            "--out",
            exported.toString());

    assertThat(c.code()).as(c.err()).isZero();
    assertThat(e.code()).as(e.err()).isZero();
    assertThat(c.out()).contains("schemas:  3 files");
    java.util.List<String> files =
        java.util.List.of("A_B.schema.json", "a_b-2.schema.json", "a_b-3.schema.json");
    try (var listed = Files.list(compiled.resolve("schemas"))) {
      assertThat(listed.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(files);
    }
    for (String f : files) {
      assertThat(Files.readString(exported.resolve(f)))
          .as(f)
          .isEqualTo(Files.readString(compiled.resolve("schemas").resolve(f)));
    }
    assertThat(
            JSON.readTree(compiled.resolve("schemas/a_b-3.schema.json").toFile())
                .at("/properties/event/const")
                .asText())
        .isEqualTo("a_b");
  }

  @Test
  void should_name_schema_files_it_did_not_write_and_what_it_wrote_before_a_failure()
      throws Exception {
    Files.createDirectories(dir.resolve("schemas"));
    Files.writeString(dir.resolve("schemas/Old Event.schema.json"), "{}");
    Run stale = run("compile", "--pipeline", TinyPipeline.class.getName(), "--out", dir.toString());

    assertThat(stale.code()).as(stale.err()).isZero();
    assertThat(stale.out())
        .contains(
            "note: 1 other .schema.json file there, not written by this run (left as it was):"
                + " Old Event.schema.json");
    assertThat(dir.resolve("schemas/Old Event.schema.json")).exists();

    Path blocked = dir.resolve("blocked");
    Files.createDirectories(blocked);
    Files.writeString(blocked.resolve("schemas"), "a file where the directory goes");
    Run failed =
        run("compile", "--pipeline", TinyPipeline.class.getName(), "--out", blocked.toString());

    assertThat(failed.code()).isEqualTo(1);
    assertThat(failed.err())
        .contains("a file is in the way of a directory")
        .contains("written before: [" + blocked.resolve("manifest.json") + "]");
  }

  @Test
  void should_exit_1_when_its_report_cannot_be_written() {
    java.io.OutputStream full =
        new java.io.OutputStream() {
          @Override
          public void write(int b) throws java.io.IOException {
            throw new java.io.IOException("No space left on device");
          }
        };
    StringWriter err = new StringWriter();
    int code =
        PlumblineCommand.execute(
            new String[] {
              "compile", "--pipeline", TinyPipeline.class.getName(), "--out", dir.toString()
            },
            new PrintWriter(full, true),
            new PrintWriter(err, true));

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains("cannot write the report (the output was closed or is full)");
  }

  @Test
  void should_export_a_plan_nested_a_thousand_levels_deep() throws Exception {
    Path schema = dir.resolve("deep.schema.json");
    int levels = 997;
    Files.writeString(
        schema,
        "{\"type\":\"object\",\"properties\":{\"a\":"
            + "{\"type\":\"array\",\"items\":".repeat(levels)
            + "{}"
            + "}".repeat(levels)
            + "}}");
    Path manifest = dir.resolve("m.json");
    Run imported =
        run(
            "import",
            "--format",
            "jsonschema",
            schema.toString(),
            "--event",
            "E",
            "--out",
            manifest.toString());
    Files.createDirectories(dir.resolve("out/old.schema.json")); // a directory, not a stale file
    Run exported =
        run(
            "export",
            "--format",
            "jsonschema",
            "--manifest",
            manifest.toString(),
            "--out",
            dir.resolve("out").toString());

    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(exported.code()).as(exported.err()).isZero();
    assertThat(exported.out()).doesNotContain("note:");
    assertThat(dir.resolve("out/E.schema.json")).exists();
  }

  @Test
  void should_say_what_the_pipeline_class_threw_and_where() {
    Run define =
        run(
            "compile",
            "--pipeline",
            TinyPipeline.ThrowingPipeline.class.getName(),
            "--out",
            dir.toString());
    Run init =
        run(
            "compile",
            "--pipeline",
            TinyPipeline.FailingInitializer.class.getName(),
            "--out",
            dir.toString());

    assertThat(define.code()).isEqualTo(1);
    assertThat(define.err())
        .contains(
            TinyPipeline.ThrowingPipeline.class.getName()
                + ".define() threw java.lang.IllegalStateException: no config for region eu-1"
                + " (at TinyPipeline.java:");
    assertThat(init.code()).isEqualTo(1);
    assertThat(init.err())
        .contains("its static initializer threw java.lang.IllegalStateException: static boom")
        .doesNotContain("ExceptionInInitializerError");
  }

  @Test
  void should_compile_for_an_environment_with_the_same_spec_digest() throws Exception {
    Path dev = dir.resolve("dev");
    Path prod = dir.resolve("prod");
    assertThat(
            run(
                    "compile",
                    "--pipeline",
                    TinyPipeline.class.getName(),
                    "--env",
                    "dev",
                    "--out",
                    dev.toString())
                .code())
        .isZero();
    assertThat(
            run(
                    "compile",
                    "--pipeline",
                    TinyPipeline.class.getName(),
                    "--env",
                    "prod",
                    "--out",
                    prod.toString())
                .code())
        .isZero();

    JsonNode devDigests = JSON.readTree(dev.resolve("manifest.json").toFile()).path("metadata");
    JsonNode prodDigests = JSON.readTree(prod.resolve("manifest.json").toFile()).path("metadata");
    assertThat(devDigests.path("environment").asText()).isEqualTo("dev");
    assertThat(devDigests.path("digests").path("spec"))
        .isEqualTo(prodDigests.path("digests").path("spec"));
    assertThat(devDigests.path("digests").path("manifest"))
        .isNotEqualTo(prodDigests.path("digests").path("manifest"));
  }

  @Test
  void should_compile_the_same_bytes_twice() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    run("compile", "--pipeline", TinyPipeline.class.getName(), "--out", a.toString());
    run("compile", "--pipeline", TinyPipeline.class.getName(), "--out", b.toString());

    assertThat(Files.readAllBytes(a.resolve("manifest.json")))
        .isEqualTo(Files.readAllBytes(b.resolve("manifest.json")));
  }

  @Test
  void should_export_json_schemas_from_a_manifest() throws Exception {
    run("compile", "--pipeline", TinyPipeline.class.getName(), "--out", dir.toString());
    Path out = dir.resolve("exported");

    Run r =
        run(
            "export",
            "--format",
            "jsonschema",
            "--manifest",
            dir.resolve("manifest.json").toString(),
            "--out",
            out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Exported 1 JSON Schema files");
    assertThat(Files.readString(out.resolve("Order Completed.schema.json")))
        .isEqualTo(Files.readString(dir.resolve("schemas/Order Completed.schema.json")));
  }

  @Test
  void should_name_every_problem_of_an_invalid_pipeline_and_exit_1() {
    Run r =
        run(
            "compile",
            "--pipeline",
            TinyPipeline.BrokenPipeline.class.getName(),
            "--out",
            dir.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("plan/events/A/properties/n/minimum")
        .contains("routes/nowhere/destination");
    assertThat(dir.resolve("manifest.json")).doesNotExist();
  }

  @Test
  void should_explain_a_class_that_is_not_a_pipeline_definition() {
    Run r =
        run(
            "compile",
            "--pipeline",
            TinyPipeline.NotAPipeline.class.getName(),
            "--out",
            dir.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("does not implement dev.plumbline.core.PipelineDefinition");
  }

  @Test
  void should_explain_a_missing_class_and_a_missing_classpath_entry() {
    Run missing = run("compile", "--pipeline", "com.acme.Nope", "--out", dir.toString());
    Run badPath =
        run(
            "compile",
            "--pipeline",
            "com.acme.Nope",
            "--classpath",
            dir.resolve("nope").toString(),
            "--out",
            dir.toString());

    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("pipeline class 'com.acme.Nope' not found");
    assertThat(badPath.code()).isEqualTo(1);
    assertThat(badPath.err()).contains("classpath entry").contains("does not exist");
  }

  @Test
  void should_reject_an_unknown_environment_naming_the_declared_ones() {
    Run r =
        run(
            "compile",
            "--pipeline",
            TinyPipeline.class.getName(),
            "--env",
            "qa",
            "--out",
            dir.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("qa").contains("dev").contains("prod");
  }

  @Test
  void should_report_a_broken_manifest_with_pointers() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"apiVersion\": \"plumbline.dev/v9\", \"kind\": \"Pipeline\"}");

    Run r =
        run(
            "export",
            "--format",
            "jsonschema",
            "--manifest",
            bad.toString(),
            "--out",
            dir.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("/apiVersion").contains("plumbline.dev/v9");
  }

  @Test
  void should_exit_1_with_usage_on_a_bad_option_and_show_help_on_every_command() {
    Run bad = run("compile", "--pipeline", "x", "--out", dir.toString(), "--nope");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("--nope");

    for (String command : new String[] {"compile", "export"}) {
      Run help = run(command, "--help");
      assertThat(help.code()).isZero();
      assertThat(help.out()).contains("Usage: plumbline " + command);
    }
    assertThat(run("--help").out()).contains("compile").contains("export");
  }

  @Test
  void should_list_every_command_with_a_whole_sentence_and_say_error_once() {
    String help = run("--help").out();
    for (String command : new String[] {"compile", "export", "validate", "import"}) {
      String summary =
          help.lines()
              .dropWhile(l -> !l.trim().startsWith(command + " "))
              .findFirst()
              .orElseThrow(() -> new AssertionError(command + " missing from\n" + help));
      // A summary may wrap onto an indented second line; joined, it ends a sentence.
      String joined =
          help.substring(help.indexOf(summary))
              .lines()
              .limit(2)
              .reduce((a, b) -> b.startsWith("              ") ? a + " " + b.trim() : a)
              .orElseThrow();
      assertThat(joined).as(command).endsWith(".");
    }

    Run missing = run("validate", "events.ndjson");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err())
        .startsWith("error: Missing required argument")
        .doesNotContain("Error: ");
  }

  @Test
  void should_print_the_version_from_every_command() {
    Run top = run("--version");
    assertThat(top.out()).startsWith("plumbline ");
    for (String command : new String[] {"compile", "export", "validate", "import"}) {
      for (String option : new String[] {"--version", "-V"}) {
        Run r = run(command, option);
        assertThat(r.code()).as(command + " " + option).isZero();
        assertThat(r.out()).as(command + " " + option).isEqualTo(top.out());
      }
    }
  }

  @Test
  void should_take_an_argument_starting_with_at_as_a_file_name() throws Exception {
    Path schema = Files.writeString(dir.resolve("s.json"), "{}");
    Path events = Files.writeString(dir.resolve("ev.ndjson"), "{}\n");
    // With picocli's @-file expansion, "@args.txt" would stand for the arguments listed in it.
    Path args = Files.writeString(dir.resolve("args.txt"), events.toString());

    Run r = run("validate", "--schema", schema.toString(), "@" + args);

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: @" + args + ": no such file\n");

    // A file whose name starts with @, named as given (relative to the working directory).
    Path atFile = Path.of("@plumbline-cli-test-" + java.util.UUID.randomUUID() + ".ndjson");
    try {
      Files.writeString(atFile, "{}\n");
      Run read = run("validate", "--schema", schema.toString(), atFile.toString());
      assertThat(read.code()).as(read.err()).isZero();
      assertThat(read.out()).contains("1 lines: 1 valid, 0 invalid, 0 unreadable");
    } finally {
      Files.deleteIfExists(atFile);
    }
  }

  @Test
  void should_say_what_compile_and_export_replaced_and_print_paths_as_given() throws Exception {
    Path out = dir.resolve("new/out");
    // a relative path, printed as given by both commands
    Path exported = Path.of("").toAbsolutePath().relativize(dir.resolve("exported"));
    Path manifest = out.resolve("manifest.json");
    String[] compile = {
      "compile", "--pipeline", TinyPipeline.class.getName(), "--out", out.toString()
    };
    String[] export = {
      "export",
      "--format",
      "jsonschema",
      "--manifest",
      manifest.toString(),
      "--out",
      exported.toString()
    };

    Run compiled = run(compile);
    Run recompiled = run(compile);
    Run export1 = run(export);
    Run export2 = run(export);

    assertThat(compiled.out())
        .contains("  manifest: " + manifest + "\n")
        .contains("  schemas:  1 files in " + out.resolve("schemas") + "\n")
        .doesNotContain("replaced");
    assertThat(recompiled.out())
        .contains("  manifest: " + manifest + " (replaced the file that was there)\n")
        .contains(
            "  schemas:  1 files in "
                + out.resolve("schemas")
                + " (replaced 1 file that was there)\n");
    assertThat(export1.out()).isEqualTo("Exported 1 JSON Schema files to " + exported + "\n");
    assertThat(export2.out())
        .isEqualTo(
            "Exported 1 JSON Schema files to " + exported + " (replaced 1 file that was there)\n");
    for (String command : new String[] {"compile", "export"}) {
      assertThat(run(command, "--help").out().replaceAll("\\s+", " "))
          .as(command)
          .contains(
              "Output directory, created if missing; files of the same names in it are"
                  + " overwritten.");
    }
  }

  @Test
  void should_refuse_a_file_as_the_output_directory_naming_it_as_given() throws Exception {
    Path file = Files.writeString(dir.resolve("manifest.json"), "{}");
    Run compile =
        run("compile", "--pipeline", TinyPipeline.class.getName(), "--out", file.toString());
    Run export =
        run(
            "export",
            "--format",
            "jsonschema",
            "--manifest",
            file.toString(),
            "--out",
            file.toString());

    for (Run r : new Run[] {compile, export}) {
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err()).isEqualTo("error: --out " + file + " is a file, not a directory\n");
    }
    assertThat(Files.readString(file)).isEqualTo("{}");
  }
}
