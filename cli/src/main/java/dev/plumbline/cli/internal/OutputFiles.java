package dev.plumbline.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Writes UTF-8, LF-terminated output files below one directory. */
public final class OutputFiles {
  private static final ObjectWriter PRETTY =
      new ObjectMapper()
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private final Path root;

  public OutputFiles(Path root) {
    this.root = root;
  }

  /** Writes text to a path relative to the root, creating directories; returns the file. */
  public Path write(String relative, String text) {
    Path file = root.resolve(relative);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + reason(e), e);
    }
  }

  /** What went wrong, in words: the JDK's messages for these are often just the path. */
  static String reason(IOException e) {
    String what;
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      what = "a file is in the way of a directory";
    } else if (e instanceof AccessDeniedException) {
      what = "permission denied";
    } else if (e instanceof NoSuchFileException) {
      what = "no such directory";
    } else {
      what = e.getClass().getSimpleName();
    }
    return e.getMessage() == null ? what : what + " (" + e.getMessage() + ")";
  }

  /** Writes a JSON tree pretty-printed with a trailing newline. */
  public Path writeJson(String relative, JsonNode json) {
    try {
      return write(relative, PRETTY.writeValueAsString(json) + "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render JSON for " + relative, e);
    }
  }
}
