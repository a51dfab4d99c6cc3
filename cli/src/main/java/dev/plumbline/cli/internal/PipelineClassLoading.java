package dev.plumbline.cli.internal;

import dev.plumbline.core.Pipeline;
import dev.plumbline.core.PipelineDefinition;
import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds a user's {@link PipelineDefinition} by class name and calls it. */
public final class PipelineClassLoading {
  private PipelineClassLoading() {}

  /**
   * Loads the class from the classpath (directories and jars) in front of this program's own
   * classes, instantiates it and returns its pipeline.
   *
   * @throws IllegalArgumentException naming the class or path entry that is wrong
   * @throws dev.plumbline.core.DeclarationException if the pipeline itself is invalid
   */
  public static Pipeline define(String className, Optional<String> classpath) {
    ClassLoader loader = loader(classpath);
    Class<?> type;
    try {
      type = Class.forName(className, true, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException(
          "pipeline class '"
              + className
              + "' not found"
              + classpath.map(c -> " on classpath '" + c + "'").orElse(" (give --classpath)"),
          e);
    } catch (ExceptionInInitializerError e) {
      throw new IllegalArgumentException(
          "pipeline class '"
              + className
              + "' cannot be loaded: its static initializer threw "
              + thrown(e.getCause()),
          e.getCause());
    } catch (LinkageError e) {
      throw new IllegalArgumentException(
          "pipeline class '" + className + "' cannot be loaded: " + e, e);
    }
    if (!PipelineDefinition.class.isAssignableFrom(type)) {
      throw new IllegalArgumentException(
          "class '" + className + "' does not implement " + PipelineDefinition.class.getName());
    }
    if (Modifier.isAbstract(type.getModifiers())) {
      throw new IllegalArgumentException("class '" + className + "' is abstract");
    }
    PipelineDefinition definition;
    try {
      Constructor<?> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      definition = (PipelineDefinition) constructor.newInstance();
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(
          "class '" + className + "' needs a public no-argument constructor", e);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(
          "the constructor of '" + className + "' threw " + thrown(e.getCause()), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot instantiate '" + className + "': " + e, e);
    }
    Pipeline pipeline;
    try {
      pipeline = definition.define();
    } catch (dev.plumbline.core.DeclarationException e) {
      throw e; // lists every problem of the declaration itself
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      // LinkageError: a class define() needs is missing from --classpath, or failed to initialize
      throw new IllegalArgumentException(
          className
              + ".define() threw "
              + thrown(
                  e instanceof ExceptionInInitializerError x && x.getCause() != null
                      ? x.getCause()
                      : e)
              + at(e, type),
          e);
    }
    if (pipeline == null) {
      throw new IllegalArgumentException(className + ".define() returned null");
    }
    return pipeline;
  }

  /** {@code java.lang.IllegalStateException: boom}, or just the class when there is no message. */
  private static String thrown(Throwable e) {
    return e == null ? "nothing" : e.getMessage() == null ? e.getClass().getName() : e.toString();
  }

  /** Where in the user's class the throwable came from: {@code (at Storefront.java:42)}. */
  private static String at(Throwable e, Class<?> type) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().equals(type.getName())
          || frame.getClassName().startsWith(type.getName() + "$")) {
        return frame.getFileName() == null || frame.getLineNumber() < 0
            ? ""
            : " (at " + frame.getFileName() + ":" + frame.getLineNumber() + ")";
      }
    }
    return "";
  }

  private static ClassLoader loader(Optional<String> classpath) {
    ClassLoader parent = PipelineClassLoading.class.getClassLoader();
    if (classpath.isEmpty() || classpath.get().isBlank()) {
      return parent;
    }
    List<URL> urls = new ArrayList<>();
    for (String entry : classpath.get().split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path p = Path.of(entry);
      if (!Files.exists(p)) {
        throw new IllegalArgumentException("classpath entry '" + entry + "' does not exist");
      }
      try {
        urls.add(p.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException(
            "classpath entry '" + entry + "' is not a valid path", e);
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), parent);
  }
}
