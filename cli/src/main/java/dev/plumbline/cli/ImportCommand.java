package dev.plumbline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.cli.internal.OutputFiles;
import dev.plumbline.cli.internal.SchemaFiles;
import dev.plumbline.cli.internal.Shown;
import dev.plumbline.core.EventType;
import dev.plumbline.core.Pipeline;
import dev.plumbline.core.importing.IgluImporter;
import dev.plumbline.core.importing.ImportedEvent;
import dev.plumbline.core.importing.JsonSchemaImporter;
import dev.plumbline.core.manifest.Manifest;
import dev.plumbline.core.manifest.Manifests;
import dev.plumbline.core.plan.TrackingPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    versionProvider = PlumblineCommand.Version.class,
    description = {
      "Import a JSON Schema draft-07 or an Iglu schema as an event spec.",
      "Writes a manifest holding a plan with that one event. Keywords the typed model cannot"
          + " express are kept as embedded JSON Schema, so no constraint is dropped; annotations"
          + " the model has no place for (a title used as the name, a default) are listed as"
          + " notes. A remote $ref is an error."
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
          "The event name (jsonschema only: default the schema's title, else the file name; an"
              + " Iglu schema's name is always its vendor/name).")
  Optional<String> event = Optional.empty();

  @Option(
      names = "--type",
      defaultValue = "track",
      paramLabel = "<type>",
      description =
          "The event type: track, identify, page, screen, group (default ${DEFAULT-VALUE}).")
  String type;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "<manifest.json>",
      description =
          "The manifest file to write. A file already there is overwritten (the summary says"
              + " so; the schema file itself is refused); missing directories are created.")
  Path out;

  @Parameters(index = "0", paramLabel = "<schema file>", description = "The schema to import.")
  Path schemaFile;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    EventType eventType;
    try {
      eventType = EventType.fromWireName(type.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println(
          "error: --type "
              + type
              + ": not an event type; use track, identify, page, screen or group");
      return PlumblineCommand.ERROR;
    }
    try {
      if (eventType == EventType.ALIAS) {
        err.println(
            "error: --type alias: alias calls carry no payload and are never validated; use track,"
                + " identify, page, screen or group");
        return PlumblineCommand.ERROR;
      }
      if (sameFile(schemaFile, out)) {
        err.println("error: --out " + out + " is the schema file itself; choose another path");
        return PlumblineCommand.ERROR;
      }
      JsonNode schema = SchemaFiles.readJson(schemaFile);
      if (SchemaFiles.looksLikeManifest(schema)) {
        // it would import as an open object with a few unknown keywords: a spec that checks nothing
        err.println(
            "error: "
                + SchemaFiles.shown(schemaFile)
                + " is a Plumbline manifest, not a JSON Schema or an Iglu schema; nothing to import");
        return PlumblineCommand.ERROR;
      }
      ImportedEvent imported =
          format == Format.iglu
              ? IgluImporter.importEvent(schema, eventType)
              : JsonSchemaImporter.importEvent(schema, eventType, eventName(schema));
      if (format == Format.iglu && event.isPresent()) {
        err.println("error: --event is not used with --format iglu: the name comes from 'self'");
        return PlumblineCommand.ERROR;
      }
      String planName = planName();
      TrackingPlan plan = imported.toPlan(planName);
      List<String> problems = SchemaFiles.draft07Problems(schema);
      if (!problems.isEmpty()) {
        err.println(
            "error: "
                + schemaFile
                + " is not a valid JSON Schema draft-07 document: "
                + String.join("; ", problems));
        return PlumblineCommand.ERROR;
      }
      Pipeline pipeline = Pipeline.named(planName).plan(plan).build();
      Manifest manifest = Manifests.compile(pipeline);
      OutputFiles files = new OutputFiles(Path.of("."));
      Path written = files.write(out.toString(), manifest.json());
      var w = spec.commandLine().getOut();
      w.printf(
          "Imported event '%s' (%s) from %s%n",
          Shown.value(imported.spec().name()), eventType.wireName(), schemaFile);
      w.printf("  manifest: %s%s%n", out, files.replacedNote(written));
      w.printf("  digest:   %s%n", manifest.digest());
      boolean titleIsName =
          format == Format.jsonschema
              && event.isEmpty()
              && imported.spec().name().equals(schema.path("title").asText(null));
      for (String note : imported.notes()) {
        w.printf(
            "  note: %s%n",
            titleIsName && note.startsWith("/title: ") ? "/title: used as the event name" : note);
      }
      return PlumblineCommand.okUnlessOutputFailed(spec);
    } catch (SchemaFiles.UnreadableFile | IllegalArgumentException e) {
      err.println("error: " + SchemaFiles.shown(schemaFile) + ": " + e.getMessage());
      return PlumblineCommand.ERROR;
    }
  }

  /** Whether two paths name the same file (when the second does not exist yet, they differ). */
  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
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
