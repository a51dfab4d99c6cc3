package dev.plumbline.cli;

import dev.plumbline.cli.internal.OutputFiles;
import dev.plumbline.cli.internal.SchemaFiles;
import dev.plumbline.core.export.JsonSchemaExporter;
import dev.plumbline.core.manifest.Manifest;
import dev.plumbline.core.manifest.ManifestException;
import dev.plumbline.validation.ManifestReader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plumbline export}: a manifest to a portable format. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = PlumblineCommand.Version.class,
    description = {
      "Export a compiled manifest to a portable format.",
      "jsonschema: one JSON Schema draft-07 file per event, <out>/<event>.schema.json,"
          + " overwriting files of those names (the summary says how many it replaced)."
    })
final class ExportCommand implements Callable<Integer> {

  /** The formats this command writes. */
  enum Format {
    jsonschema
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "<format>",
      description = "Output format: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(
      names = "--manifest",
      required = true,
      paramLabel = "<file>",
      description = "A manifest.json written by 'plumbline compile'; read strictly.")
  Path manifestFile;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "<dir>",
      description =
          "Output directory, created if missing; files of the same names in it are overwritten.")
  Path out;

  @Override
  public Integer call() throws Exception {
    var notADirectory = OutputFiles.notADirectory(out);
    if (notADirectory.isPresent()) {
      spec.commandLine().getErr().println("error: " + notADirectory.get());
      return PlumblineCommand.ERROR;
    }
    Manifest manifest;
    try {
      manifest = ManifestReader.read(manifestFile);
    } catch (ManifestException e) {
      spec.commandLine().getErr().println("error: " + manifestFile + ": " + e.getMessage());
      return PlumblineCommand.ERROR;
    } catch (java.io.UncheckedIOException e) {
      spec.commandLine()
          .getErr()
          .println("error: " + manifestFile + ": " + SchemaFiles.whyUnreadable(e.getCause()));
      return PlumblineCommand.ERROR;
    }
    OutputFiles files = new OutputFiles(out);
    int written = 0;
    var names = JsonSchemaExporter.fileNames(manifest.pipeline().plan());
    for (var e : JsonSchemaExporter.eventSchemas(manifest.pipeline().plan()).entrySet()) {
      files.writeJson(names.get(e.getKey()), e.getValue());
      written++;
    }
    spec.commandLine()
        .getOut()
        .printf(
            "Exported %d JSON Schema files to %s%s%n",
            written, out, OutputFiles.replacedNote(files.replaced().size()));
    CompileCommand.noteOthers(spec.commandLine().getOut(), files.notWritten(".", ".schema.json"));
    return PlumblineCommand.okUnlessOutputFailed(spec);
  }
}
