package dev.plumbline.cli.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a JSON document given on the command line, with errors that name the file. */
public final class SchemaFiles {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private SchemaFiles() {}

  /** A file that is missing, unreadable or not JSON; the message names it. */
  public static final class UnreadableFile extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableFile(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Reads and parses a JSON file.
   *
   * @throws UnreadableFile naming the file and the problem
   */
  public static JsonNode readJson(Path file) {
    try {
      return JSON.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new UnreadableFile("file '" + file + "' does not exist", e);
    } catch (JsonProcessingException e) {
      throw new UnreadableFile(
          "'"
              + file
              + "' is not JSON: "
              + e.getOriginalMessage()
              + (e.getLocation() == null
                  ? ""
                  : " at line "
                      + e.getLocation().getLineNr()
                      + ", column "
                      + e.getLocation().getColumnNr()),
          e);
    } catch (IOException e) {
      throw new UnreadableFile("cannot read '" + file + "': " + e.getMessage(), e);
    }
  }
}
