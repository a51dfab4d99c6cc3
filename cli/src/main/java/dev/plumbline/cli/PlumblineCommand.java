package dev.plumbline.cli;

import dev.plumbline.cli.internal.Shown;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code plumbline} command: compile pipelines to manifests and export portable formats, for CI
 * and terminals.
 *
 * <pre>
 * java -jar plumbline.jar compile --pipeline com.acme.StorefrontPipeline \
 *     --classpath target/classes --env prod --out build/plumbline
 * java -jar plumbline.jar export --format jsonschema --manifest build/plumbline/manifest.json \
 *     --out build/schemas
 * </pre>
 *
 * <p>Exit codes: 0 success, 1 an error (the message names the problem), 3 validation found invalid
 * input.
 */
@Command(
    name = "plumbline",
    mixinStandardHelpOptions = true,
    versionProvider = PlumblineCommand.Version.class,
    description =
        "Customer-data pipelines as code: compile, export, validate against and import tracking"
            + " plans.",
    subcommands = {
      CompileCommand.class,
      ExportCommand.class,
      ValidateCommand.class,
      ImportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class PlumblineCommand implements Runnable {

  /** Exit code for success. */
  public static final int OK = 0;

  /** Exit code for a usage error or a failure; the message names the problem. */
  public static final int ERROR = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Stack for the command's thread: imports, plan checks and validators recurse once per level of a
   * schema, and a schema may nest {@code JsonDepth.MAX_DEPTH} levels (the JVM's default stack of
   * the main thread holds about half of that).
   */
  private static final long STACK_BYTES = 512L << 20;

  /**
   * A writer that encodes in UTF-8, whatever the locale: on JDK 17 the default charset follows it,
   * and under {@code LANG=C} every non-ASCII character of the output (an event name, a value in a
   * message, JSON output included) would become {@code ?}.
   */
  static PrintWriter utf8Writer(java.io.OutputStream out) {
    return new PrintWriter(
        new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), true);
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) throws InterruptedException {
    int[] code = {ERROR};
    Thread command =
        new Thread(
            null,
            () -> code[0] = execute(args, utf8Writer(System.out), utf8Writer(System.err)),
            "plumbline",
            STACK_BYTES);
    command.start();
    command.join();
    System.exit(code[0]);
  }

  /**
   * Runs the command line with the given streams and returns the exit code; for embedding and
   * tests.
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    // Whatever the command prints (text, JSON, errors), a lone surrogate an input held is shown as
    // backslash-u and four hex digits, not as the '?' an encoder would write in its place.
    out = Shown.escapingLoneSurrogates(out);
    err = Shown.escapingLoneSurrogates(err);
    CommandLine cli = new CommandLine(new PlumblineCommand());
    cli.setOut(out);
    cli.setErr(err);
    // An argument is taken as given: a file named @events.ndjson is that file, not a list of
    // arguments read from events.ndjson.
    cli.setExpandAtFiles(false);
    cli.setParameterExceptionHandler(
        (e, ignored) -> {
          CommandLine failed = e.getCommandLine();
          failed.getErr().println("error: " + withoutErrorPrefix(e.getMessage()));
          failed.usage(failed.getErr());
          return ERROR;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("error: " + (e.getMessage() == null ? e : e.getMessage()));
          return ERROR;
        });
    try {
      return cli.execute(args);
    } catch (StackOverflowError e) {
      err.println(
          "error: the input nests too deeply to process (the Java stack ran out); schemas may"
              + " nest 1000 levels of objects and arrays, manifests 10000");
      return ERROR;
    } catch (OutOfMemoryError e) {
      err.println(
          "error: out of memory ("
              + e.getMessage()
              + "); give the JVM more with -Xmx, or split the input");
      return ERROR;
    }
  }

  /**
   * An exclusive group given twice: {@code expected only one match but got (a | b)={a=x} and ...}.
   */
  private static final java.util.regex.Pattern REPEATED_GROUP =
      java.util.regex.Pattern.compile(
          "expected only one match but got (\\([^)]*\\)).*", java.util.regex.Pattern.DOTALL);

  /**
   * Some picocli messages start with their own {@code Error: }; ours already says it. A group given
   * twice is said in words.
   */
  static String withoutErrorPrefix(String message) {
    String m =
        message != null && message.startsWith("Error: ")
            ? message.substring("Error: ".length())
            : message;
    java.util.regex.Matcher repeated = m == null ? null : REPEATED_GROUP.matcher(m);
    return repeated != null && repeated.matches()
        ? "give exactly one of " + repeated.group(1).replace(" | ", " or ") + ", once"
        : m;
  }

  /**
   * {@link #OK}, or {@link #ERROR} saying so when the command's output could not be written (a full
   * disk, a closed pipe): what it printed was part of its result.
   */
  static int okUnlessOutputFailed(CommandLine.Model.CommandSpec spec) {
    java.io.PrintWriter out = spec.commandLine().getOut();
    out.flush();
    if (out.checkError()) {
      spec.commandLine()
          .getErr()
          .println("error: cannot write the report (the output was closed or is full)");
      return ERROR;
    }
    return OK;
  }

  /** The version from the jar manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = PlumblineCommand.class.getPackage().getImplementationVersion();
      return new String[] {"plumbline " + (v == null ? "development" : v)};
    }
  }
}
