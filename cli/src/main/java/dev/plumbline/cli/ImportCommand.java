package dev.plumbline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.cli.internal.OutputFiles;
import dev.plumbline.cli.internal.SchemaFiles;
import dev.plumbline.core.EventType;
import dev.plumbline.core.Pipeline;
import dev.plumbline.core.importing.IgluImporter;
import dev.plumbline.core.importing.ImportedEvent;
import dev.plumbline.core.importing.JsonSchemaImporter;
import dev.plumbline.core.manifest.Manifest;
import dev.plumbline.core.manifest.Manifests;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plumbline import}: a JSON Schema or Iglu schema to a manifest holding one event. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import a JSON Schema draft-07 or an Iglu schema as an event spec.",
      "Writes a manifest holding a plan with that one event. Keywords the typed model cannot"
          + " express are kept as embedded JSON Schema; nothing is dropped. A remote $ref is an"
          + " error."
    })
final class ImportCommand implements Callable<Integer> {

  /** Input formats. */
  enum Format {
    jsonschema,
    iglu
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "<format>",
      description = "Input format: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(
      names = "--event",
      paramLabel = "<name>",
      description =
          "The event name (jsonschema: default the schema's title, else the file name; iglu: the"
              + " schema's vendor/name).")
  Optional<String> event = Optional.empty();

  @Option(
      names = "--type",
      defaultValue = "track",
      paramLabel = "<type>",
      description =
          "The event type: track, identify, page, screen, group (default ${DEFAULT-VALUE}).")
  String type;

  @Option(names = "--out", required = true, paramLabel = "<manifest.json>", description = "Output.")
  Path out;

  @Parameters(index = "0", paramLabel = "<schema file>", description = "The schema to import.")
  Path schemaFile;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    try {
      EventType eventType = EventType.fromWireName(type.toLowerCase(Locale.ROOT));
      JsonNode schema = SchemaFiles.readJson(schemaFile);
      ImportedEvent imported =
          format == Format.iglu
              ? IgluImporter.importEvent(schema, eventType)
              : JsonSchemaImporter.importEvent(schema, eventType, eventName(schema));
      if (format == Format.iglu && event.isPresent()) {
        err.println("error: --event is not used with --format iglu: the name comes from 'self'");
        return PlumblineCommand.ERROR;
      }
      String planName = planName();
      Pipeline pipeline = Pipeline.named(planName).plan(imported.toPlan(planName)).build();
      Manifest manifest = Manifests.compile(pipeline);
      Path written = new OutputFiles(Path.of(".")).write(out.toString(), manifest.json());
      var w = spec.commandLine().getOut();
      w.printf("Imported event '%s' (%s) from %s%n", imported.spec().name(), type, schemaFile);
      w.printf("  manifest: %s%n", written);
      w.printf("  digest:   %s%n", manifest.digest());
      imported.notes().forEach(n -> w.printf("  note: %s%n", n));
      return PlumblineCommand.OK;
    } catch (SchemaFiles.UnreadableFile | IllegalArgumentException e) {
      err.println("error: " + schemaFile + ": " + e.getMessage());
      return PlumblineCommand.ERROR;
    }
  }

  private String eventName(JsonNode schema) {
    if (event.isPresent()) {
      return event.get();
    }
    JsonNode title = schema.path("title");
    if (title.isTextual() && !title.asText().isBlank()) {
      return title.asText();
    }
    return baseName();
  }

  private String planName() {
    return baseName();
  }

  private String baseName() {
    String file = schemaFile.getFileName().toString();
    int dot = file.indexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
