package dev.plumbline.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.core.types.JsonSchemaType;
import dev.plumbline.validation.TypeValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads a JSON document given on the command line, with errors that name the file. */
public final class SchemaFiles {
  private SchemaFiles() {}

  /** A file that is missing, unreadable or not JSON; the message names it. */
  public static final class UnreadableFile extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableFile(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The keywords of a schema document that are not valid draft-07 ({@code "minLength": -1}), each
   * with its pointer in the document: the whole document is checked as one schema, so that the
   * pointers are the file's, whichever parts an import turns into typed declarations.
   */
  public static List<String> draft07Problems(JsonNode schema) {
    return TypeValidator.compile(JsonSchemaType.of(schema), Map.of()).schemaProblems();
  }

  /**
   * Whether a document is a Plumbline manifest (docs/MANIFEST.md: a top-level {@code apiVersion}
   * {@code plumbline.dev/...} and a {@code kind}) rather than a JSON Schema: as a schema, whose
   * unknown keywords draft-07 ignores, it would accept every value.
   */
  public static boolean looksLikeManifest(JsonNode document) {
    JsonNode apiVersion = document.get("apiVersion");
    return document.isObject()
        && apiVersion != null
        && apiVersion.isTextual()
        && apiVersion.textValue().startsWith("plumbline.dev/")
        && document.has("kind");
  }

  /**
   * Reads and parses a JSON file.
   *
   * @throws UnreadableFile saying what is wrong with the file; the caller names it ({@link #shown})
   */
  public static JsonNode readJson(Path file) {
    if (file.toString().isEmpty()) {
      throw new UnreadableFile("no file name given", null);
    }
    try {
      return JsonInput.parse(Files.readAllBytes(file));
    } catch (JsonInput.NotJson e) {
      throw new UnreadableFile(
          e.describe("") + (e.line > 0 ? " (line " + e.line + ", column " + e.column + ")" : ""),
          e);
    } catch (IOException e) {
      throw new UnreadableFile(whyUnreadable(e), e);
    }
  }

  /**
   * Why an input file could not be read, in words: {@code no such file}, {@code cannot read it:
   * ...}.
   */
  public static String whyUnreadable(IOException e) {
    return e instanceof NoSuchFileException
        ? "no such file"
        : "cannot read it: " + OutputFiles.reason(e);
  }

  /** A path as messages show it: {@code ''} for the empty one. */
  public static String shown(Path file) {
    return file.toString().isEmpty() ? "''" : file.toString();
  }
}
