package dev.plumbline.cli;

import dev.plumbline.cli.internal.OutputFiles;
import dev.plumbline.cli.internal.PipelineClassLoading;
import dev.plumbline.cli.internal.Shown;
import dev.plumbline.core.DeclarationException;
import dev.plumbline.core.Pipeline;
import dev.plumbline.core.export.JsonSchemaExporter;
import dev.plumbline.core.manifest.Manifest;
import dev.plumbline.core.manifest.Manifests;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plumbline compile}: a pipeline class to {@code manifest.json} and per-event schemas. */
@Command(
    name = "compile",
    mixinStandardHelpOptions = true,
    versionProvider = PlumblineCommand.Version.class,
    description = {
      "Compile a pipeline declared in Java into its canonical manifest and JSON Schemas.",
      "Writes <out>/manifest.json and <out>/schemas/<event>.schema.json, overwriting files"
          + " of those names (the summary says how many it replaced).",
      "The pipeline class implements dev.plumbline.core.PipelineDefinition and has a public"
          + " no-argument constructor."
    })
final class CompileCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--pipeline",
      required = true,
      paramLabel = "<class>",
      description = "Fully qualified name of a class implementing PipelineDefinition.")
  String pipelineClass;

  @Option(
      names = "--classpath",
      paramLabel = "<path>",
      description =
          "Where to find the pipeline class and its dependencies: directories and jars separated by"
              + " the platform path separator (':' on Unix).")
  Optional<String> classpath = Optional.empty();

  @Option(
      names = "--env",
      paramLabel = "<name>",
      description = "Compile for one of the pipeline's environments (recorded in the manifest).")
  Optional<String> environment = Optional.empty();

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
    Pipeline pipeline;
    try {
      pipeline = PipelineClassLoading.define(pipelineClass, classpath);
    } catch (DeclarationException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return PlumblineCommand.ERROR;
    }
    Manifest manifest =
        environment.isPresent()
            ? Manifests.compile(pipeline, environment.get())
            : Manifests.compile(pipeline);
    OutputFiles files = new OutputFiles(out);
    Path manifestFile = files.write("manifest.json", manifest.json());
    int schemas = 0;
    // The schemas come from the manifest as read back, as 'export' makes them: the same files
    // either way (a manifest keeps properties sorted by name), and proof that the manifest reads.
    var portable = Manifests.load(manifest.json()).pipeline().plan();
    var names = JsonSchemaExporter.fileNames(portable);
    for (var e : JsonSchemaExporter.eventSchemas(portable).entrySet()) {
      files.writeJson("schemas/" + names.get(e.getKey()), e.getValue());
      schemas++;
    }
    var w = spec.commandLine().getOut();
    w.printf(
        "Compiled pipeline '%s' (plan %s %s)%s%n",
        Shown.value(pipeline.name()),
        Shown.value(pipeline.plan().name()),
        pipeline.plan().version(),
        environment.map(e -> " for environment '" + Shown.value(e) + "'").orElse(""));
    w.printf(
        "  %d events, %d custom types, %d destinations, %d routes, %d environments%n",
        pipeline.plan().events().size(),
        pipeline.plan().customTypes().size(),
        pipeline.destinations().size(),
        pipeline.routes().size(),
        pipeline.environments().size());
    w.printf("  manifest: %s%s%n", manifestFile, files.replacedNote(manifestFile));
    w.printf("  digest:   %s%n", manifest.digest());
    w.printf("  spec:     %s%n", manifest.specDigest());
    w.printf(
        "  schemas:  %d files in %s%s%n",
        schemas,
        out.resolve("schemas"),
        OutputFiles.replacedNote(
            files.replaced().stream().filter(p -> !p.equals(manifestFile)).count()));
    noteOthers(w, files.notWritten("schemas", ".schema.json"));
    return PlumblineCommand.okUnlessOutputFailed(spec);
  }

  /** Says which schema files in the output directory this run did not write (stale ones). */
  static void noteOthers(java.io.PrintWriter w, java.util.List<Path> others) {
    if (others.isEmpty()) {
      return;
    }
    java.util.List<String> names =
        others.stream().limit(5).map(p -> p.getFileName().toString()).toList();
    w.printf(
        "  note: %d other .schema.json file%s there, not written by this run (left as %s): %s%s%n",
        others.size(),
        others.size() == 1 ? "" : "s",
        others.size() == 1 ? "it was" : "they were",
        String.join(", ", names),
        others.size() > 5 ? " and " + (others.size() - 5) + " more" : "");
  }
}
