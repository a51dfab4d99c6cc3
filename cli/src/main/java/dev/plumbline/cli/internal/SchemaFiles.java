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
   * Reads and parses a JSON file.
   *
   * @throws UnreadableFile naming the file and the problem
   */
  public static JsonNode readJson(Path file) {
    try {
      return JsonInput.parse(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new UnreadableFile("file '" + file + "' does not exist", e);
    } catch (JsonInput.NotJson e) {
      throw new UnreadableFile(
          "'"
              + file
              + "' is not JSON: "
              + e.problem
              + (e.line > 0 ? " at line " + e.line + ", column " + e.column : ""),
          e);
    } catch (IOException e) {
      throw new UnreadableFile("cannot read '" + file + "': " + e.getMessage(), e);
    }
  }
}
