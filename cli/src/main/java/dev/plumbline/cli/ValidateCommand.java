package dev.plumbline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.cli.internal.NdjsonLines;
import dev.plumbline.cli.internal.SchemaFiles;
import dev.plumbline.cli.internal.Shown;
import dev.plumbline.core.importing.ImportedSchema;
import dev.plumbline.core.importing.JsonSchemaImporter;
import dev.plumbline.core.manifest.Manifest;
import dev.plumbline.core.manifest.ManifestException;
import dev.plumbline.validation.EnforcementDecision;
import dev.plumbline.validation.Enforcer;
import dev.plumbline.validation.EventValidator;
import dev.plumbline.validation.ManifestReader;
import dev.plumbline.validation.TypeValidator;
import dev.plumbline.validation.ValidationResult;
import dev.plumbline.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plumbline validate}: each line of an NDJSON file against a JSON Schema or a plan. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = PlumblineCommand.Version.class,
    description = {
      "Validate each line of an NDJSON file against a JSON Schema or a manifest's plan.",
      "The file may be - for standard input. --schema takes a JSON Schema draft-07 document;"
          + " --manifest checks envelope events against the manifest's tracking plan and prints"
          + " the enforcement action of each.",
      "A line that is not JSON is reported with its number and the run goes on; with"
          + " --manifest it gets the action any input that is not an event object gets"
          + " (QUARANTINE, or DROP when the track policy drops events with violations). Blank"
          + " lines (empty, or only spaces and tabs) are skipped but counted.",
      "Exit codes: 0 every line valid; 3 a line invalid or unreadable; 1 usage or schema error."
    })
final class ValidateCommand implements Callable<Integer> {

  /** Exit code when at least one line is invalid or unreadable. */
  static final int INVALID = 3;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Output formats. */
  enum Format {
    text,
    json
  }

  static final class Against {
    @Option(
        names = "--schema",
        paramLabel = "<schema.json>",
        description =
            "A JSON Schema draft-07 document each line must match (a Plumbline manifest is"
                + " refused: use --manifest).")
    Optional<Path> schema = Optional.empty();

    @Option(
        names = "--manifest",
        paramLabel = "<manifest.json>",
        description = "A manifest whose tracking plan each event line is checked against.")
    Optional<Path> manifest = Optional.empty();
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Against against;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "<format>",
      description = "Output: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format;

  @Parameters(
      index = "0",
      paramLabel = "<file.ndjson | ->",
      description = "The NDJSON file to validate, or - for standard input.")
  String input;

  private long valid;
  private long invalid;
  private long unreadable;

  /**
   * With --manifest, the enforcement action for a line that cannot be read: the one an input that
   * is not an event gets.
   */
  private Optional<EnforcementDecision.Action> unreadableAction = Optional.empty();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LineCheck check;
    Path source = against.schema.orElseGet(() -> against.manifest.orElseThrow());
    try {
      check = against.schema.isPresent() ? schemaCheck(source) : manifestCheck(source);
    } catch (NotASchema e) {
      err.println("error: " + SchemaFiles.shown(source) + " " + e.getMessage());
      return PlumblineCommand.ERROR;
    } catch (SchemaFiles.UnreadableFile
        | ManifestException
        | IllegalArgumentException
        | UncheckedIOException e) {
      String why =
          e instanceof UncheckedIOException io
              ? SchemaFiles.whyUnreadable(io.getCause())
              : e instanceof dev.plumbline.core.importing.SchemaImportException
                  // validate reads the schema through the importer; "import" would puzzle here
                  ? e.getMessage()
                      .replaceFirst("^Cannot import JSON Schema", "cannot check against it")
                  : e.getMessage();
      err.println("error: " + SchemaFiles.shown(source) + ": " + why);
      return PlumblineCommand.ERROR;
    }
    long lines;
    try (InputStream in = open()) {
      lines =
          NdjsonLines.read(
              in,
              line -> {
                if (line instanceof NdjsonLines.Unreadable u) {
                  unreadable++;
                  report(out, u);
                } else {
                  NdjsonLines.Parsed p = (NdjsonLines.Parsed) line;
                  check.check(p.number(), p.value(), out);
                }
                if (out.checkError()) {
                  throw new OutputClosed(line.number());
                }
              });
    } catch (OutputClosed e) {
      err.println(
          "error: cannot write the results (the output was closed or is full) after line "
              + e.line
              + "; stopped reading");
      return PlumblineCommand.ERROR;
    } catch (IOException e) {
      // in the words used for a schema or manifest file: "no such file", "cannot read it: ..."
      err.println("error: " + input + ": " + SchemaFiles.whyUnreadable(e));
      return PlumblineCommand.ERROR;
    }
    if (format == Format.text) {
      long blank = lines - (valid + invalid + unreadable);
      out.printf(
          "%d lines: %d valid, %d invalid, %d unreadable%s%n",
          valid + invalid + unreadable,
          valid,
          invalid,
          unreadable,
          blank > 0 ? " (and " + blank + " blank, skipped)" : "");
    }
    if (PlumblineCommand.okUnlessOutputFailed(spec) != PlumblineCommand.OK) {
      return PlumblineCommand.ERROR;
    }
    return invalid + unreadable == 0 ? PlumblineCommand.OK : INVALID;
  }

  /** A --schema document that is something else; the message follows the file name. */
  private static final class NotASchema extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotASchema(String message) {
      super(message);
    }
  }

  /** Thrown from the line visitor to stop reading once the output can no longer be written. */
  private static final class OutputClosed extends RuntimeException {
    final long line;

    OutputClosed(long line) {
      super(null, null, false, false);
      this.line = line;
    }
  }

  private InputStream open() throws IOException {
    return "-".equals(input) ? System.in : Files.newInputStream(Path.of(input));
  }

  @FunctionalInterface
  private interface LineCheck {
    void check(long line, JsonNode value, PrintWriter out);
  }

  private LineCheck schemaCheck(Path schemaFile) {
    JsonNode schema = SchemaFiles.readJson(schemaFile);
    if (SchemaFiles.looksLikeManifest(schema)) {
      // draft-07 ignores keywords it does not know, so every line would pass without a word
      throw new NotASchema("is a Plumbline manifest, not a JSON Schema: use --manifest");
    }
    ImportedSchema imported = JsonSchemaImporter.importSchema(schema);
    List<String> problems = SchemaFiles.draft07Problems(schema);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "not a valid JSON Schema draft-07 document: " + String.join("; ", problems));
    }
    TypeValidator validator = TypeValidator.compile(imported.type(), imported.customTypes());
    return (line, value, out) -> {
      ValidationResult r = validator.validate(value);
      count(r);
      ObjectNode json = lineJson(line, r);
      print(out, json, line, r, Optional.empty());
    };
  }

  private LineCheck manifestCheck(Path manifestFile) {
    Manifest manifest = ManifestReader.read(manifestFile);
    EventValidator validator = EventValidator.compile(manifest.pipeline().plan());
    Enforcer enforcer = Enforcer.of(manifest.pipeline().plan());
    // A line that cannot be read is not an event: it gets what any input that is not one gets.
    unreadableAction =
        Optional.of(
            enforcer.enforce(com.fasterxml.jackson.databind.node.NullNode.getInstance()).action());
    return (line, value, out) -> {
      ValidationResult r = validator.validate(value);
      EnforcementDecision decision = enforcer.enforce(value, r);
      count(r);
      ObjectNode json = lineJson(line, r);
      r.spec().ifPresent(s -> json.put("event", s.name()));
      json.put("action", decision.action().name());
      print(out, json, line, r, Optional.of(decision));
    };
  }

  private void count(ValidationResult r) {
    if (r.valid()) {
      valid++;
    } else {
      invalid++;
    }
  }

  private static ObjectNode lineJson(long line, ValidationResult r) {
    ObjectNode json = JSON.createObjectNode();
    json.put("line", line);
    json.put("valid", r.valid());
    ArrayNode violations = json.putArray("violations");
    for (Violation v : r.violations()) {
      violations
          .addObject()
          .put("code", v.code().name())
          .put("path", v.instancePointer())
          .put("message", v.message());
    }
    return json;
  }

  private void print(
      PrintWriter out,
      ObjectNode json,
      long line,
      ValidationResult r,
      Optional<EnforcementDecision> decision) {
    if (format == Format.json) {
      out.println(json.toString());
      return;
    }
    String action = decision.map(d -> " -> " + d.action()).orElse("");
    String event = r.spec().map(s -> " " + Shown.value(s.name())).orElse("");
    if (r.valid()) {
      out.printf("line %d: valid%s%s%n", line, event, action);
      return;
    }
    out.printf("line %d: invalid%s%s%n", line, event, action);
    for (Violation v : r.violations()) {
      out.printf("  %s %s: %s%n", v.code(), shownPointer(v.instancePointer()), v.message());
    }
  }

  /**
   * A pointer for the text output: {@code (root)} for the whole value (plain {@code /} is the
   * pointer of the key {@code ""}), backslashes and control characters in keys escaped ({@link
   * Shown#value}).
   */
  static String shownPointer(String pointer) {
    return pointer.isEmpty() ? "(root)" : Shown.value(pointer);
  }

  private void report(PrintWriter out, NdjsonLines.Unreadable u) {
    if (format == Format.json) {
      ObjectNode json = JSON.createObjectNode().put("line", u.number()).put("error", u.error());
      unreadableAction.ifPresent(a -> json.put("action", a.name()));
      out.println(json);
    } else {
      out.printf(
          "line %d: error: %s%s%n",
          u.number(), u.error(), unreadableAction.map(a -> " -> " + a).orElse(""));
    }
  }
}
