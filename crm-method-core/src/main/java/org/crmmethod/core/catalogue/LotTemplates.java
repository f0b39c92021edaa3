package org.crmmethod.core.catalogue;

import static org.crmmethod.core.method.DurationUnit.WEEKS;
import static org.crmmethod.core.method.DurationUnit.WORKING_DAYS;

import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.DurationRange;
import org.crmmethod.core.method.LotStepTemplate;
import org.crmmethod.core.method.LotTemplate;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.WorkstreamKind;

/**
 * How the built-in methods roll out one lot (F14-F20), in the differentiating and the classic form
 * (F13).
 *
 * <p>The sources give no durations for the lot steps except that cut-over must be as short as
 * possible (F18) and final acceptance comes after "a few weeks" of real use (F20). The typical
 * durations below are the library's defaults for planning, and the minimum period of real use is
 * set to 4 weeks; both can be replaced by building another template.
 */
public final class LotTemplates {
  /** The default minimum period of real use before final acceptance, in weeks (F20). */
  public static final int DEFAULT_MINIMUM_REAL_USE_WEEKS = 4;

  private static final LotStepTemplate PRE_ACCEPTANCE =
      LotStepTemplate.builder()
          .kind(ActivityKind.PRE_ACCEPTANCE)
          .description("Key users test the lot as a whole, calmly, before anyone else sees it.")
          .typicalDuration(DurationRange.of(1, 2, WEEKS))
          .addFacts(MethodFact.F16)
          .build();

  private static final LotStepTemplate CUT_OVER =
      LotStepTemplate.builder()
          .kind(ActivityKind.CUT_OVER)
          .description("The latest data (newest customers, open orders) is extracted from the old system and loaded by an automated import that reports on its quality, in the shortest window possible.")
          .typicalDuration(DurationRange.of(1, 3, WORKING_DAYS))
          .addFacts(MethodFact.F18)
          .build();

  private static final LotStepTemplate HYPERCARE =
      LotStepTemplate.builder()
          .kind(ActivityKind.HYPERCARE)
          .description("Support is stepped up and answers fast right after go-live, when small adjustments always come up.")
          .typicalDuration(DurationRange.of(2, 4, WEEKS))
          .addFacts(MethodFact.F19)
          .build();

  private static final LotStepTemplate FINAL_ACCEPTANCE =
      LotStepTemplate.builder()
          .kind(ActivityKind.FINAL_ACCEPTANCE)
          .description("Acceptance is signed once the lot has been in real use for the minimum period.")
          .typicalDuration(DurationRange.about(1, WORKING_DAYS))
          .addFacts(MethodFact.F20)
          .build();

  private static final LotTemplate DIFFERENTIATING =
      LotTemplate.builder()
          .addParallelWorkstreams(
              WorkstreamKind.CONFIGURATION,
              WorkstreamKind.SPECIFIC_DEVELOPMENT,
              WorkstreamKind.TESTS,
              WorkstreamKind.DATA_MIGRATION,
              WorkstreamKind.USER_PRESENTATIONS)
          .addOptionalWorkstreams(WorkstreamKind.SPECIFIC_DEVELOPMENT)
          .workstreamDuration(DurationRange.of(4, 8, WEEKS))
          .addSteps(PRE_ACCEPTANCE, training(DurationRange.of(1, 2, WEEKS)), CUT_OVER, HYPERCARE, FINAL_ACCEPTANCE)
          .minimumRealUseWeeks(DEFAULT_MINIMUM_REAL_USE_WEEKS)
          .addFacts(MethodFact.F14, MethodFact.F16, MethodFact.F17, MethodFact.F18, MethodFact.F19, MethodFact.F20)
          .build();

  private static final LotTemplate CLASSIC =
      LotTemplate.builder()
          .addParallelWorkstreams(
              WorkstreamKind.CONFIGURATION,
              WorkstreamKind.DATA_MIGRATION,
              WorkstreamKind.USER_PRESENTATIONS,
              WorkstreamKind.CHANGE_MANAGEMENT)
          .addOptionalWorkstreams(WorkstreamKind.DATA_MIGRATION)
          .workstreamDuration(DurationRange.of(2, 4, WEEKS))
          .addSteps(PRE_ACCEPTANCE, training(DurationRange.of(2, 4, WEEKS)), CUT_OVER, HYPERCARE, FINAL_ACCEPTANCE)
          .minimumRealUseWeeks(DEFAULT_MINIMUM_REAL_USE_WEEKS)
          .addFacts(MethodFact.F13, MethodFact.F16, MethodFact.F17, MethodFact.F18, MethodFact.F19, MethodFact.F20)
          .build();

  private LotTemplates() {}

  private static LotStepTemplate training(DurationRange duration) {
    return LotStepTemplate.builder()
        .kind(ActivityKind.TRAINING)
        .description("Users are trained only once the functions are validated, on real data, with a printed guide in hand.")
        .typicalDuration(duration)
        .addFacts(MethodFact.F17)
        .build();
  }

  /**
   * Returns the lot template of a differentiating project: configuration, specific development
   * (optional when the package is configured only), tests, data migration and user presentations
   * in parallel (F14), then pre-acceptance, training, cut-over, hypercare and final acceptance
   * (F16-F20).
   *
   * @return the differentiating lot template
   */
  public static LotTemplate differentiating() {
    return DIFFERENTIATING;
  }

  /**
   * Returns the lot template of a classic project, where the work is mostly change management and
   * training, with data migration only where needed (F13), then the same steps (F16-F20) with a
   * longer training.
   *
   * @return the classic lot template
   */
  public static LotTemplate classic() {
    return CLASSIC;
  }
}
