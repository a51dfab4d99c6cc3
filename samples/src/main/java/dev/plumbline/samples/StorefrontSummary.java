package dev.plumbline.samples;

import dev.plumbline.core.EventType;
import dev.plumbline.core.PiiCategory;
import dev.plumbline.core.Pipeline;
import dev.plumbline.core.env.DestinationOverlay;
import dev.plumbline.core.env.Environment;
import dev.plumbline.core.plan.CustomType;
import dev.plumbline.core.plan.EnforcementPolicy;
import dev.plumbline.core.plan.EventSpec;
import dev.plumbline.core.plan.TrackingPlan;
import dev.plumbline.core.routing.Contract;
import dev.plumbline.core.routing.Destination;
import dev.plumbline.core.routing.Route;
import dev.plumbline.core.routing.SecretRef;
import dev.plumbline.core.routing.SettingValue;
import dev.plumbline.core.steps.TransformStep;
import dev.plumbline.core.types.ObjectType;
import dev.plumbline.core.types.Property;
import dev.plumbline.samples.internal.ConditionText;
import dev.plumbline.samples.internal.PiiFields;
import dev.plumbline.samples.internal.StepText;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A plain-text overview of a pipeline, for terminals and pull-request comments: the plan's events
 * grouped by type with their property counts and personal data, the custom types, the enforcement
 * policies, the steps, the destinations with their contracts (secrets shown as references, never
 * resolved), the routes with readable conditions, and what each environment changes.
 *
 * <pre>{@code
 * String text = new StorefrontSummary().render(StorefrontPipeline.pipeline());
 * // Pipeline storefront (plan storefront 2.3.0)
 * // ...
 * }</pre>
 *
 * <p>Works for any pipeline, not just the storefront. The text uses {@code \n} line ends and is
 * deterministic: the same pipeline renders to the same text.
 */
public final class StorefrontSummary {

  /** Creates a renderer; it holds no state. */
  public StorefrontSummary() {}

  /** Renders the whole pipeline. */
  public String render(Pipeline p) {
    StringBuilder out = new StringBuilder();
    TrackingPlan plan = p.plan();
    out.append("Pipeline ")
        .append(p.name())
        .append(" (plan ")
        .append(plan.name())
        .append(' ')
        .append(plan.version())
        .append(")\n");
    out.append("  ")
        .append(count(plan.events().size(), "event"))
        .append(", ")
        .append(count(plan.customTypes().size(), "custom type"))
        .append(", ")
        .append(count(p.destinations().size(), "destination"))
        .append(", ")
        .append(count(p.routes().size(), "route"))
        .append(", ")
        .append(count(p.environments().size(), "environment"))
        .append('\n');
    events(plan, out);
    customTypes(plan, out);
    policies(plan, out);
    steps(p.steps(), out);
    destinations(p, out);
    routes(p, out);
    environments(p, out);
    return out.toString();
  }

  private static void events(TrackingPlan plan, StringBuilder out) {
    out.append("\nEvents\n");
    for (EventType type : EventType.values()) {
      List<EventSpec> specs =
          plan.events().values().stream().filter(e -> e.type() == type).toList();
      if (specs.isEmpty()) {
        continue;
      }
      out.append("  ")
          .append(type.wireName())
          .append(" (")
          .append(specs.size())
          .append(", validates ")
          .append(type.payloadField())
          .append(")\n");
      for (EventSpec e : specs) {
        ObjectType payload = e.payload();
        long required = payload.properties().values().stream().filter(Property::required).count();
        long optional = payload.properties().size() - required;
        out.append("    ").append(e.name());
        e.category().ifPresent(c -> out.append(" [").append(c).append(']'));
        out.append(": ")
            .append(required)
            .append(" required, ")
            .append(optional)
            .append(" optional");
        if (payload.additionalProperties() == dev.plumbline.core.types.AdditionalProperties.OPEN) {
          out.append(", open");
        }
        payload
            .variants()
            .ifPresent(
                v ->
                    out.append(", variants on ")
                        .append(v.discriminator())
                        .append(": ")
                        .append(
                            v.cases().stream()
                                .map(c -> c.name())
                                .collect(Collectors.joining(", "))));
        if (!e.owners().isEmpty()) {
          out.append("; owner ").append(String.join(", ", e.owners()));
        }
        out.append('\n');
        List<String> pii = PiiFields.of(payload, plan.customTypes());
        if (!pii.isEmpty()) {
          out.append("      PII: ").append(String.join(", ", pii)).append('\n');
        }
      }
    }
  }

  private static void customTypes(TrackingPlan plan, StringBuilder out) {
    if (plan.customTypes().isEmpty()) {
      return;
    }
    out.append("\nCustom types\n");
    for (CustomType t : plan.customTypes().values()) {
      out.append("  ").append(t.name()).append(": ").append(t.type().kind());
      if (t.type() instanceof ObjectType o) {
        long required = o.properties().values().stream().filter(Property::required).count();
        out.append(" (")
            .append(required)
            .append(" required, ")
            .append(o.properties().size() - required)
            .append(" optional: ")
            .append(String.join(", ", o.properties().keySet()))
            .append(')');
      }
      t.description().ifPresent(d -> out.append(" - ").append(d));
      out.append('\n');
    }
  }

  private static void policies(TrackingPlan plan, StringBuilder out) {
    out.append("\nEnforcement\n");
    for (Map.Entry<EventType, EnforcementPolicy> e : plan.policies().entrySet()) {
      EnforcementPolicy policy = e.getValue();
      out.append("  ")
          .append(e.getKey().wireName())
          .append(": unplanned event ")
          .append(policy.unplannedEvent())
          .append(", unplanned property ")
          .append(policy.unplannedProperty())
          .append(", other violations ")
          .append(policy.otherViolation())
          .append(
              policy.propagateViolations()
                  ? ", violations propagated to context.violationErrors"
                  : ", violations not propagated")
          .append('\n');
    }
    out.append("  other types: flag everything, drop nothing (default)\n");
  }

  private static void steps(List<TransformStep> steps, StringBuilder out) {
    out.append("\nSteps for every event\n");
    if (steps.isEmpty()) {
      out.append("  none\n");
    }
    for (int i = 0; i < steps.size(); i++) {
      out.append("  ").append(i + 1).append(". ").append(StepText.of(steps.get(i))).append('\n');
    }
  }

  private static void destinations(Pipeline p, StringBuilder out) {
    out.append("\nDestinations\n");
    for (Destination d : p.destinations().values()) {
      out.append("  ").append(d.name()).append(" (").append(d.kind()).append(")\n");
      if (!d.settings().isEmpty()) {
        out.append("    settings: ").append(settings(d.settings())).append('\n');
      }
      Contract c = d.contract();
      out.append("    contract: events ")
          .append(c.acceptedEvents().map(s -> String.join(", ", s)).orElse("all"))
          .append("; PII ")
          .append(
              c.acceptedPii().isEmpty()
                  ? "none"
                  : c.acceptedPii().stream()
                      .map(PiiCategory::wireName)
                      .collect(Collectors.joining(", ")));
      if (!c.requiredFields().isEmpty()) {
        out.append("; requires ")
            .append(
                c.requiredFields().stream()
                    .map(Object::toString)
                    .collect(Collectors.joining(", ")));
      }
      out.append('\n');
    }
  }

  private static void routes(Pipeline p, StringBuilder out) {
    out.append("\nRoutes\n");
    for (Route r : p.routes()) {
      out.append("  ").append(r.name()).append(" -> ").append(r.destination()).append('\n');
      out.append("    when ").append(ConditionText.of(r.condition())).append('\n');
      for (TransformStep s : r.steps()) {
        out.append("    then ").append(StepText.of(s)).append('\n');
      }
    }
  }

  private static void environments(Pipeline p, StringBuilder out) {
    out.append("\nEnvironments\n");
    for (Environment e : p.environments().values()) {
      out.append("  ").append(e.name());
      if (e.overlays().isEmpty()) {
        out.append(": every destination as declared\n");
        continue;
      }
      out.append('\n');
      for (Map.Entry<String, DestinationOverlay> o : e.overlays().entrySet()) {
        DestinationOverlay overlay = o.getValue();
        StringBuilder changes = new StringBuilder();
        overlay.enabled().ifPresent(on -> changes.append(on ? "enabled" : "disabled"));
        overlay
            .sampling()
            .ifPresent(s -> separate(changes).append("sampling ").append(s.toString()));
        if (!overlay.settings().isEmpty()) {
          separate(changes).append(settings(overlay.settings()));
        }
        out.append("    ")
            .append(o.getKey())
            .append(": ")
            .append(changes.length() == 0 ? "no change" : changes)
            .append('\n');
      }
    }
  }

  private static StringBuilder separate(StringBuilder b) {
    return b.length() == 0 ? b : b.append(", ");
  }

  private static String settings(Map<String, SettingValue> settings) {
    return settings.entrySet().stream()
        .map(e -> e.getKey() + " = " + setting(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private static String setting(SettingValue v) {
    if (v instanceof SecretRef ref) {
      return ref + " (secret)";
    }
    return ((SettingValue.Plain) v).value().toString();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
