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
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes UTF-8, LF-terminated output files below one directory, creating missing directories and
 * overwriting files of the same name; says which files it replaced ({@link #replaced}).
 */
public final class OutputFiles {
  /** Exported schemas nest as deep as the plan's types; the writer sets no limit of its own. */
  private static final ObjectWriter PRETTY =
      new ObjectMapper(
              com.fasterxml.jackson.core.JsonFactory.builder()
                  .streamWriteConstraints(
                      com.fasterxml.jackson.core.StreamWriteConstraints.builder()
                          .maxNestingDepth(Integer.MAX_VALUE)
                          .build())
                  .build())
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private final Path root;

  /** The files written so far, in order. */
  private final List<Path> written = new ArrayList<>();

  /** The files written so far that existed before, in order. */
  private final List<Path> replaced = new ArrayList<>();

  public OutputFiles(Path root) {
    this.root = root;
  }

  /**
   * Writes text to a path relative to the root, creating directories; returns the file.
   *
   * @throws UncheckedIOException saying why, and which files this run had written before
   */
  public Path write(String relative, String text) {
    Path file = root.resolve(relative);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      boolean existed = Files.exists(file);
      Files.writeString(file, text, StandardCharsets.UTF_8);
      written.add(file);
      if (existed) {
        replaced.add(file);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write " + file + ": " + reason(e) + writtenBefore(), e);
    }
  }

  /** The files this run wrote over (they existed before it), in the order written. */
  public List<Path> replaced() {
    return List.copyOf(replaced);
  }

  /**
   * What a summary line adds when it wrote over files: {@code " (replaced 2 files that were
   * there)"}, or nothing for 0.
   */
  public static String replacedNote(long n) {
    return n == 0
        ? ""
        : n == 1
            ? " (replaced 1 file that was there)"
            : " (replaced " + n + " files that were there)";
  }

  /** What the summary line of a single file adds when it wrote over one, or nothing. */
  public String replacedNote(Path file) {
    return replaced.contains(file) ? " (replaced the file that was there)" : "";
  }

  /**
   * An {@code --out} directory that is a file: {@code Optional.of("--out x is a file, not a
   * directory")}, else empty.
   */
  public static java.util.Optional<String> notADirectory(Path out) {
    return Files.exists(out) && !Files.isDirectory(out)
        ? java.util.Optional.of("--out " + out + " is a file, not a directory")
        : java.util.Optional.empty();
  }

  /** {@code ; written before: [a, b]}, naming what this run wrote before a failure, or nothing. */
  private String writtenBefore() {
    if (written.isEmpty()) {
      return "";
    }
    return "; written before: "
        + (written.size() <= 3
            ? written.toString()
            : written.subList(0, 3) + " and " + (written.size() - 3) + " more");
  }

  /**
   * The files in a directory below the root whose names end with {@code suffix} and that this run
   * did not write (left from an earlier run, say), sorted by name.
   */
  public List<Path> notWritten(String directory, String suffix) {
    Path dir = root.resolve(directory);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    java.util.Set<Path> ours = new java.util.HashSet<>();
    written.forEach(p -> ours.add(p.toAbsolutePath().normalize()));
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
          .filter(p -> !ours.contains(p.toAbsolutePath().normalize()))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** What went wrong, in words: the JDK's messages for these are often just the path. */
  public static String reason(IOException e) {
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return "a file is in the way of a directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return lowerFirst(f.getReason()); // "is a directory", ...
    }
    return e.getMessage() == null
        ? e.getClass().getSimpleName()
        : lowerFirst(e.getMessage()); // "no space left on device"
  }

  /**
   * The JDK's reasons start with a capital; ours follow a colon. Paths inside are kept as they are.
   */
  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /** Writes a JSON tree pretty-printed with a trailing newline. */
  public Path writeJson(String relative, JsonNode json) {
    try {
      return write(relative, PRETTY.writeValueAsString(json) + "\n");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(
          "cannot write "
              + root.resolve(relative)
              + ": "
              + e.getOriginalMessage()
              + writtenBefore(),
          e);
    }
  }
}
