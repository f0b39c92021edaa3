package org.crmmethod.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.validation.rules.BuiltInRules;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  private static final Method METHOD = StagedMethod.definition();
  private static final ProjectPlan PLAN = PharmaReferencePlan.plan();

  /** A vendor's rule, written the way the Rule Javadoc asks. */
  private static Rule rule(String id, Severity severity, String path, String message) {
    return new Rule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Severity severity() {
        return severity;
      }

      @Override
      public Set<MethodFact> facts() {
        return Set.of(MethodFact.F15);
      }

      @Override
      public String title() {
        return "A test rule";
      }

      @Override
      public void check(ValidationContext context, FindingSink findings) {
        findings.report(path, message, "a hint");
      }
    };
  }

  // ---- Building validators ----

  @Test
  void standard_runsEveryBuiltInRule() {
    assertThat(Validator.standard().rules()).containsExactlyElementsOf(BuiltInRules.all());
  }

  @Test
  void builder_startsWithNoRule() {
    ValidationReport report = Validator.builder().build().validate(PLAN, METHOD);

    assertThat(report.rulesRun()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void addRule_vendorRuleRunsAfterBuiltIns() {
    Validator validator =
        Validator.builder().addBuiltInRules().addRule(rule("ACME-F15-MINUTES-SIGNED", Severity.WARNING, "meetings", "Unsigned")).build();

    ValidationReport report = validator.validate(PLAN, METHOD);

    assertThat(report.rulesRun()).endsWith("ACME-F15-MINUTES-SIGNED");
    assertThat(report.byRule("ACME-F15-MINUTES-SIGNED"))
        .singleElement()
        .satisfies(finding -> {
          assertThat(finding.severity()).isEqualTo(Severity.WARNING);
          assertThat(finding.facts()).containsExactly(MethodFact.F15);
          assertThat(finding.path()).isEqualTo("meetings");
          assertThat(finding.hints()).containsExactly("a hint");
        });
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void addRule_duplicateId() {
    Validator.Builder builder = Validator.builder().addBuiltInRules();

    assertThatThrownBy(() -> builder.addRule(rule(BuiltInRules.CHAMPIONS_TEAM, Severity.INFO, "", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule.id 'CRM-F27-CHAMPIONS-TEAM' is already taken by another rule");
  }

  @Test
  void addRule_malformedId() {
    assertThatThrownBy(() -> Validator.builder().addRule(rule("my rule", Severity.INFO, "", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rule.id must be upper-case words joined by hyphens")
        .hasMessageContaining("'my rule'");
  }

  @Test
  void addRule_null() {
    assertThatThrownBy(() -> Validator.builder().addRule(null)).isInstanceOf(NullPointerException.class).hasMessage("rule");
  }

  @Test
  void disable_removesTheRule() {
    Validator validator = Validator.builder().addBuiltInRules().disable(BuiltInRules.CHAMPIONS_TEAM).build();
    ProjectPlan withoutChampions = PlanEdits.edit(PLAN).championsTeam(java.util.Optional.empty()).build();

    ValidationReport report = validator.validate(withoutChampions, METHOD);

    assertThat(report.rulesRun()).doesNotContain(BuiltInRules.CHAMPIONS_TEAM).hasSize(BuiltInRules.all().size() - 1);
    assertThat(report.byRule(BuiltInRules.CHAMPIONS_TEAM)).isEmpty();
    assertThat(Validator.standard().validate(withoutChampions, METHOD).byRule(BuiltInRules.CHAMPIONS_TEAM)).isNotEmpty();
  }

  @Test
  void severity_changesTheFindings() {
    Validator validator = Validator.builder().addBuiltInRules().severity(BuiltInRules.CHAMPIONS_TEAM, Severity.INFO).build();
    ProjectPlan withoutChampions = PlanEdits.edit(PLAN).championsTeam(java.util.Optional.empty()).build();

    ValidationReport report = validator.validate(withoutChampions, METHOD);

    assertThat(validator.severity(BuiltInRules.CHAMPIONS_TEAM)).isEqualTo(Severity.INFO);
    assertThat(report.byRule(BuiltInRules.CHAMPIONS_TEAM)).extracting(Finding::severity).containsOnly(Severity.INFO);
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void build_unknownIdToDisableOrReSeverity() {
    Validator.Builder builder = Validator.builder().addBuiltInRules().disable("CRM-F99-NOTHING").severity("CRM-F98-NOTHING", Severity.INFO);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ruleId: no rule was added with the id(s) [CRM-F98-NOTHING, CRM-F99-NOTHING] given to disable() or severity()");
  }

  @Test
  void severity_unknownRule() {
    assertThatThrownBy(() -> Validator.standard().severity("CRM-F99-NOTHING"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ruleId: this validator runs no rule 'CRM-F99-NOTHING'");
  }

  @Test
  void addProvidedRules_withNoProviderAddsNothing() {
    Validator validator = Validator.builder().addProvidedRules(new ClassLoader(null) {}).build();

    assertThat(validator.rules()).isEmpty();
  }

  // ---- Running rules ----

  @Test
  void validate_ruleThatThrowsIsReportedAndOthersStillRun() {
    AtomicInteger ranAfter = new AtomicInteger();
    Rule failing =
        new Rule() {
          @Override public String id() { return "ACME-BROKEN"; }
          @Override public Severity severity() { return Severity.INFO; }
          @Override public Set<MethodFact> facts() { return Set.of(); }
          @Override public String title() { return "Throws"; }
          @Override public void check(ValidationContext context, FindingSink findings) {
            findings.report("", "half-done finding");
            throw new IllegalStateException("boom");
          }
        };
    Rule counting =
        new Rule() {
          @Override public String id() { return "ACME-COUNTING"; }
          @Override public Severity severity() { return Severity.INFO; }
          @Override public Set<MethodFact> facts() { return Set.of(); }
          @Override public String title() { return "Counts"; }
          @Override public void check(ValidationContext context, FindingSink findings) { ranAfter.incrementAndGet(); }
        };

    ValidationReport report = Validator.builder().addRule(failing).addRule(counting).build().validate(PLAN, METHOD);

    assertThat(ranAfter).hasValue(1);
    assertThat(report.isValid()).isFalse();
    assertThat(report.byRule("ACME-BROKEN"))
        .singleElement()
        .satisfies(finding -> {
          assertThat(finding.severity()).isEqualTo(Severity.ERROR);
          assertThat(finding.message()).isEqualTo("The rule could not check the plan: it threw java.lang.IllegalStateException (boom)");
        });
  }

  @Test
  void validate_nullArguments() {
    assertThatThrownBy(() -> Validator.standard().validate(null, METHOD)).isInstanceOf(NullPointerException.class).hasMessage("plan");
    assertThatThrownBy(() -> Validator.standard().validate(PLAN, null)).isInstanceOf(NullPointerException.class).hasMessage("method");
  }

  @Test
  void validate_isDeterministic() {
    ProjectPlan broken = PlanBreakers.byRule().get(BuiltInRules.NO_IT_BEFORE_STRATEGY).apply().apply(PLAN);

    ValidationReport first = Validator.standard().validate(broken, METHOD);
    ValidationReport second = Validator.standard().validate(broken, METHOD);

    assertThat(first).isEqualTo(second);
    assertThat(first.render()).isEqualTo(second.render());
  }

  // ---- Reports ----

  @Test
  void report_ordersBySeverityThenPathThenRule() {
    List<Finding> findings =
        List.of(
            finding("CRM-B", Severity.INFO, "a"),
            finding("CRM-A", Severity.ERROR, "z"),
            finding("CRM-C", Severity.WARNING, "b"),
            finding("CRM-B", Severity.ERROR, "a"),
            finding("CRM-A", Severity.ERROR, "a"));

    ValidationReport report = ValidationReport.of("p", "m", List.of("CRM-A", "CRM-B", "CRM-C"), findings);

    assertThat(report.findings())
        .extracting(f -> f.severity() + " " + f.path() + " " + f.ruleId())
        .containsExactly("ERROR a CRM-A", "ERROR a CRM-B", "ERROR z CRM-A", "WARNING b CRM-C", "INFO a CRM-B");
    assertThat(report.counts()).containsEntry(Severity.ERROR, 3).containsEntry(Severity.WARNING, 1).containsEntry(Severity.INFO, 1);
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void report_filters() {
    List<Finding> findings =
        List.of(
            finding("CRM-A", Severity.ERROR, "lots[LOT-1].training"),
            finding("CRM-A", Severity.WARNING, "lots[LOT-10]"),
            finding("CRM-B", Severity.INFO, "lots[LOT-1]"),
            finding("CRM-C", Severity.INFO, "phases[P].activities[A]"));
    ValidationReport report = ValidationReport.of("p", "m", List.of(), findings);

    assertThat(report.under("lots[LOT-1]")).extracting(Finding::ruleId).containsExactly("CRM-A", "CRM-B");
    assertThat(report.under("lots")).hasSize(3);
    assertThat(report.under("")).hasSize(4);
    assertThat(report.byRule("CRM-A")).hasSize(2);
    assertThat(report.byFact(MethodFact.F27)).hasSize(4);
    assertThat(report.byFact(MethodFact.F01)).isEmpty();
    assertThat(report.findings(Severity.INFO)).extracting(Finding::ruleId).containsExactly("CRM-B", "CRM-C");
  }

  @Test
  void render_readsAsText() {
    ProjectPlan broken = PlanBreakers.byRule().get(BuiltInRules.CHAMPIONS_TEAM).apply().apply(PLAN);

    String text = Validator.standard().validate(broken, METHOD).render();

    assertThat(text.lines().toList())
        .containsExactly(
            "Plan 'pharma-reference' against method 'crm-staged': NOT valid (1 error(s), 0 warning(s), 0 info; "
                + BuiltInRules.all().size() + " rules run)",
            "  ERROR CRM-F27-CHAMPIONS-TEAM [F27] at championsTeam: The plan has no champions team to keep the customer culture alive after deployment",
            "    hint: Form an informal team of champions from several departments.");
  }

  private static Finding finding(String rule, Severity severity, String path) {
    return Finding.builder().ruleId(rule).severity(severity).path(path).message("m").addFacts(MethodFact.F27).build();
  }
}
