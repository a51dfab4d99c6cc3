package dev.plumbline.samples.internal;

import dev.plumbline.core.steps.Normalization;
import dev.plumbline.core.steps.TransformStep;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders a transform step as one line of text. */
public final class StepText {
  private StepText() {}

  /** The step as text, such as {@code hash traits.email (sha256, salt ${env:EMAIL_HASH_SALT})}. */
  public static String of(TransformStep step) {
    if (step instanceof TransformStep.Rename r) {
      return "rename " + r.from() + " -> " + r.to();
    } else if (step instanceof TransformStep.Copy c) {
      return "copy " + c.from() + " -> " + c.to();
    } else if (step instanceof TransformStep.Drop d) {
      return "drop " + d.field();
    } else if (step instanceof TransformStep.Set s) {
      return "set " + s.field() + " = " + s.value();
    } else if (step instanceof TransformStep.SetDefault s) {
      return "default " + s.field() + " = " + s.value() + " when absent or null";
    } else if (step instanceof TransformStep.Hash h) {
      return "hash "
          + h.field()
          + " ("
          + h.algorithm().wireName()
          + h.salt().map(s -> ", salt " + s).orElse(", unsalted")
          + ")";
    } else if (step instanceof TransformStep.Redact r) {
      return "redact " + r.field() + " with \"" + r.replacement() + "\"";
    } else if (step instanceof TransformStep.Normalize n) {
      return "normalize "
          + n.field()
          + ": "
          + n.operations().stream().map(Normalization::wireName).collect(Collectors.joining(", "));
    } else if (step instanceof TransformStep.MapValues m) {
      return "map values of "
          + m.field()
          + ": "
          + m.mapping().entrySet().stream()
              .map(e -> "\"" + e.getKey() + "\" -> " + e.getValue())
              .collect(Collectors.joining(", "));
    } else if (step instanceof TransformStep.Cast c) {
      return "cast " + c.field() + " to " + c.target().wireName();
    } else if (step instanceof TransformStep.Filter f) {
      return "drop events when " + ConditionText.of(f.dropWhen());
    } else if (step instanceof TransformStep.Custom c) {
      return "custom "
          + c.name()
          + (c.parameters().isEmpty()
              ? ""
              : c.parameters().entrySet().stream()
                  .sorted(Map.Entry.comparingByKey())
                  .map(e -> e.getKey() + "=" + e.getValue())
                  .collect(Collectors.joining(", ", " {", "}")));
    }
    throw new IllegalStateException("unhandled step " + step);
  }
}
