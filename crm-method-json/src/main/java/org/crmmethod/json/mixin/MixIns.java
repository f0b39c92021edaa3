package org.crmmethod.json.mixin;

import tools.jackson.databind.JacksonModule.SetupContext;

/**
 * Registers the mix-ins that define the wire format of every public model and result type, one
 * class per core package.
 */
public final class MixIns {
  private MixIns() {}

  /**
   * Registers every mix-in with a mapper being set up.
   *
   * @param context the module set-up context
   */
  public static void registerAll(SetupContext context) {
    PlanMixIns.register(context);
    MethodMixIns.register(context);
    ReadinessMixIns.register(context);
    CalendarMixIns.register(context);
    OrganisationMixIns.register(context);
    StartModuleMixIns.register(context);
    ValidationMixIns.register(context);
    ScheduleMixIns.register(context);
    ForecastMixIns.register(context);
    EstimationMixIns.register(context);
    FitGapMixIns.register(context);
  }
}
