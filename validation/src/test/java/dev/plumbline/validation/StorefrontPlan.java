package dev.plumbline.validation;

import dev.plumbline.core.plan.TrackingPlan;

/** The storefront test plan, for tests in other packages. */
public final class StorefrontPlan {
  private StorefrontPlan() {}

  public static TrackingPlan plan() {
    return Fixtures.storefront();
  }
}
