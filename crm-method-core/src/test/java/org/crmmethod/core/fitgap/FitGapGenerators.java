package org.crmmethod.core.fitgap;

import static org.crmmethod.core.CoreGenerators.amounts;
import static org.crmmethod.core.CoreGenerators.distinctIds;
import static org.crmmethod.core.CoreGenerators.ids;
import static org.crmmethod.core.CoreGenerators.listsOf;
import static org.crmmethod.core.CoreGenerators.texts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crmmethod.core.Parts;
import org.crmmethod.core.method.CrmModule;
import org.crmmethod.core.plan.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Random valid parts and values of the fit-gap package, for property tests. */
public final class FitGapGenerators {
  private static final List<Currency> CURRENCIES =
      List.of("EUR", "USD", "JPY", "CHF", "BHD").stream().map(Currency::getInstance).toList();

  private FitGapGenerators() {}

  // --- Requirement ---

  /** The parts of a {@link Requirement}. */
  public record RequirementParts(
      String id, String statement, String source, CrmModule module, Priority priority)
      implements Parts<Requirement> {
    @Override
    public Requirement build() {
      return Requirement.builder()
          .id(id)
          .statement(statement)
          .source(source)
          .module(module)
          .priority(priority)
          .build();
    }
  }

  /**
   * Parts of requirements with any id, module and priority.
   *
   * @return the generator
   */
  public static Gen<RequirementParts> requirementParts() {
    return in ->
        new RequirementParts(
            ids().generate(in),
            texts().generate(in),
            ids().generate(in),
            Generate.enumValues(CrmModule.class).generate(in),
            Generate.enumValues(Priority.class).generate(in));
  }

  /**
   * Requirements.
   *
   * @return the generator
   */
  public static Gen<Requirement> requirements() {
    return requirementParts().map(RequirementParts::build);
  }

  // --- FitAssessment ---

  /** The parts of a {@link FitAssessment}. */
  public record FitAssessmentParts(
      String requirement,
      PackageFit fit,
      double effortDays,
      Money cost,
      List<String> resolutionOptions)
      implements Parts<FitAssessment> {
    @Override
    public FitAssessment build() {
      return FitAssessment.builder()
          .requirement(requirement)
          .fit(fit)
          .effortDays(effortDays)
          .cost(cost)
          .resolutionOptions(resolutionOptions)
          .build();
    }
  }

  /**
   * Parts of assessments of a requirement, costed in a currency; only gaps have resolution options.
   *
   * @param requirement the requirement id
   * @param currency the currency
   * @return the generator
   */
  public static Gen<FitAssessmentParts> fitAssessmentParts(String requirement, Currency currency) {
    return in -> {
      PackageFit fit = Generate.enumValues(PackageFit.class).generate(in);
      return new FitAssessmentParts(
          requirement,
          fit,
          Generate.range(0, 2_000).generate(in) / 4.0,
          Money.of(amounts().generate(in), currency),
          fit.isGap() ? listsOf(texts(), 0, 2).generate(in) : new ArrayList<>());
    };
  }

  /**
   * Parts of assessments of any requirement, in any of a few currencies.
   *
   * @return the generator
   */
  public static Gen<FitAssessmentParts> fitAssessmentParts() {
    return in ->
        fitAssessmentParts(ids().generate(in), Generate.pick(CURRENCIES).generate(in))
            .generate(in);
  }

  /**
   * Assessments.
   *
   * @return the generator
   */
  public static Gen<FitAssessment> fitAssessments() {
    return fitAssessmentParts().map(FitAssessmentParts::build);
  }

  // --- FitGapAnalysis ---

  /** The parts of a {@link FitGapAnalysis}. */
  public record FitGapAnalysisParts(
      List<Requirement> requirements,
      List<FitAssessment> assessments,
      Money budget,
      Set<String> gapsToClose)
      implements Parts<FitGapAnalysis> {
    @Override
    public FitGapAnalysis build() {
      return FitGapAnalysis.builder()
          .requirements(requirements)
          .assessments(assessments)
          .budget(budget)
          .gapsToClose(gapsToClose)
          .build();
    }
  }

  /**
   * Parts of consistent analyses of up to 6 requirements: most assessed, in one currency, with
   * some closable gaps planned to be closed.
   *
   * @return the generator
   */
  public static Gen<FitGapAnalysisParts> fitGapAnalysisParts() {
    return in -> {
      Currency currency = Generate.pick(CURRENCIES).generate(in);
      List<Requirement> requirements = new ArrayList<>();
      List<FitAssessment> assessments = new ArrayList<>();
      Set<String> gapsToClose = new HashSet<>();
      for (String id : distinctIds(0, 6).generate(in)) {
        Requirement requirement =
            Requirement.builder().from(requirementParts().generate(in).build()).id(id).build();
        requirements.add(requirement);
        if (Generate.range(0, 4).generate(in) > 0) {
          FitAssessment assessment = fitAssessmentParts(id, currency).generate(in).build();
          assessments.add(assessment);
          if (assessment.fit().closable() && Generate.booleans().generate(in)) {
            gapsToClose.add(id);
          }
        }
      }
      return new FitGapAnalysisParts(
          requirements, assessments, Money.of(amounts().generate(in), currency), gapsToClose);
    };
  }

  /**
   * Consistent analyses.
   *
   * @return the generator
   */
  public static Gen<FitGapAnalysis> fitGapAnalyses() {
    return fitGapAnalysisParts().map(FitGapAnalysisParts::build);
  }

  // --- CoverageWeights ---

  /** The parts of {@link CoverageWeights}. */
  public record CoverageWeightsParts(int must, int should, int could)
      implements Parts<CoverageWeights> {
    @Override
    public CoverageWeights build() {
      return CoverageWeights.builder().must(must).should(should).could(could).build();
    }
  }

  /**
   * Parts of weights that never rise from must to could.
   *
   * @return the generator
   */
  public static Gen<CoverageWeightsParts> coverageWeightsParts() {
    return in -> {
      int must = Generate.range(1, 20).generate(in);
      int should = Generate.range(0, must).generate(in);
      int could = Generate.range(0, should).generate(in);
      return new CoverageWeightsParts(must, should, could);
    };
  }

  /**
   * Weights.
   *
   * @return the generator
   */
  public static Gen<CoverageWeights> coverageWeights() {
    return coverageWeightsParts().map(CoverageWeightsParts::build);
  }

  // --- Knapsack-sized analyses for the optimiser ---

  /**
   * Fully assessed analyses in euros of up to {@code most} requirements, with costs of whole euros
   * or cents up to 100 EUR so that budgets cut through the choices, every fit and priority, and
   * some requirements left unassessed.
   *
   * @param most the most requirements
   * @return the generator
   */
  public static Gen<FitGapAnalysis> smallAnalyses(int most) {
    Currency euro = Currency.getInstance("EUR");
    return in -> {
      FitGapAnalysis.Builder analysis = FitGapAnalysis.builder();
      int count = Generate.range(0, most).generate(in);
      for (int i = 0; i < count; i++) {
        String id = "R-" + i;
        analysis.addRequirement(
            Requirement.of(
                id,
                "Requirement " + i,
                "SALES",
                Generate.enumValues(CrmModule.class).generate(in),
                Generate.enumValues(Priority.class).generate(in)));
        if (Generate.range(0, 9).generate(in) > 0) {
          BigDecimal cost =
              Generate.booleans().generate(in)
                  ? BigDecimal.valueOf(Generate.range(0, 100).generate(in))
                  : BigDecimal.valueOf(Generate.range(0, 10_000).generate(in), 2);
          analysis.addAssessment(
              FitAssessment.of(
                  id,
                  Generate.enumValues(PackageFit.class).generate(in),
                  Generate.range(0, 40).generate(in),
                  Money.of(cost, euro)));
        }
      }
      return analysis.budget(Money.of(BigDecimal.valueOf(Generate.range(0, 600).generate(in)), euro)).build();
    };
  }
}
