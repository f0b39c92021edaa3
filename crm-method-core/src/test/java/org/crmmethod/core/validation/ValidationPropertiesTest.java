package org.crmmethod.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.SplittableRandom;
import org.crmmethod.core.generator.PlanGenerator;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.DependencyType;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.validation.PlanBreakers.Break;
import org.junit.jupiter.api.Test;

/**
 * Properties of validation over random plans from {@link PlanGenerator}: valid plans pass, each
 * break is caught by its rule, and no plan, however broken, makes validation throw.
 */
class ValidationPropertiesTest {
  private static final List<Break> BREAKS = PlanBreakers.all();
  /** Each example generates and validates a whole plan: fewer than QuickTheories' default 1,000. */
  private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 300);

  private static PlanGenerator generator(int lots, int extras) {
    return PlanGenerator.builder().lots(lots).extraActivitiesPerLot(extras).build();
  }

  @Test
  void generatedPlans_haveNoError() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(1, 6), integers().between(0, 12))
        .checkAssert((seed, lots, extras) -> {
          PlanGenerator generator = generator(lots, extras);
          ValidationReport report = Validator.standard().validate(generator.generate(new SplittableRandom(seed)), generator.method());
          assertThat(report.isValid()).as(report.render()).isTrue();
        });
  }

  @Test
  void generatedPlansOfOnePlainLot_haveNoWarningEither() {
    // More lots, or long ones, may rightly stretch deployment past the method's 3 to 5 months
    // (CRM-F06-PHASE-DURATIONS warns then); one lot of the method's own shape stays inside.
    qt().withExamples(EXAMPLES).forAll(longs().all())
        .checkAssert(seed -> {
          PlanGenerator generator = generator(1, 0);
          ValidationReport report = Validator.standard().validate(generator.generate(new SplittableRandom(seed)), generator.method());
          assertThat(report.findings()).as(report.render()).isEmpty();
        });
  }

  @Test
  void breakingAGeneratedPlan_isCaughtByTheRuleItBreaks() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(1, 3), integers().between(0, BREAKS.size() - 1))
        .checkAssert((seed, lots, which) -> {
          PlanGenerator generator = generator(lots, 3);
          Break broken = BREAKS.get(which);
          ProjectPlan plan = broken.apply().apply(generator.generate(new SplittableRandom(seed)));
          ValidationReport report = Validator.standard().validate(plan, generator.method());
          assertThat(report.byRule(broken.ruleId())).as(broken + "\n" + report.render()).isNotEmpty();
        });
  }

  @Test
  void validation_neverThrowsNorFailsARule_onBadlyBrokenPlans() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(1, 3), integers().between(0, 6))
        .checkAssert((seed, lots, damage) -> {
          PlanGenerator generator = generator(lots, 4);
          SplittableRandom random = new SplittableRandom(seed);
          ProjectPlan plan = generator.generate(random);
          for (int i = 0; i < damage; i++) {
            plan = damage(plan, random);
          }
          ValidationReport report = Validator.standard().validate(plan, generator.method());
          assertThat(report.findings())
              .as(report.render())
              .noneMatch(finding -> finding.message().startsWith("The rule could not check the plan"));
        });
  }

  /** Applies one random break, or links two random activities (which may close a cycle). */
  private static ProjectPlan damage(ProjectPlan plan, SplittableRandom random) {
    if (random.nextBoolean()) {
      try {
        return BREAKS.get(random.nextInt(BREAKS.size())).apply().apply(plan);
      } catch (RuntimeException notApplicable) {
        // A break may need an element an earlier break removed; such a plan stays as it was.
        return plan;
      }
    }
    List<Activity> activities = plan.activities();
    Activity from = activities.get(random.nextInt(activities.size()));
    Activity to = activities.get(random.nextInt(activities.size()));
    if (from.id().equals(to.id())) {
      return plan;
    }
    DependencyType type = DependencyType.values()[random.nextInt(4)];
    Dependency link = Dependency.of(from.id(), type, random.nextInt(-10, 10));
    return PlanEdits.mapActivities(plan, a -> a.id().equals(to.id()),
        a -> Activity.builder().from(a).addDependencies(link).build());
  }

  @Test
  void validation_isDeterministicOnGeneratedPlans() {
    qt().withExamples(EXAMPLES).forAll(longs().all())
        .checkAssert(seed -> {
          PlanGenerator generator = generator(2, 2);
          Method method = generator.method();
          ProjectPlan plan = BREAKS.get((int) Math.floorMod(seed, (long) BREAKS.size())).apply().apply(generator.generate(new SplittableRandom(seed)));
          assertThat(Validator.standard().validate(plan, method)).isEqualTo(Validator.standard().validate(plan, method));
        });
  }

}
