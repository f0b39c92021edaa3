package org.crmmethod.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.plan.Industry;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationReport;
import org.crmmethod.core.validation.Validator;
import org.crmmethod.core.validation.rules.BuiltInRules;
import org.crmmethod.json.CrmJson;
import org.crmmethod.json.CrmJsonException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's workflow, run as a user would: {@code new}, {@code validate}, a break made by hand
 * in the plan's text, and {@code validate} again pointing at it.
 */
class CliWorkflowTest {
  @TempDir Path directory;

  private Path newPlan() {
    Path plan = directory.resolve("plan.json");
    PlannerRun made = PlannerRun.of("new", "--method", "staged", "--industry", "pharma", "--out", plan);
    assertThat(made.exitCode()).as(made.err()).isZero();
    return plan;
  }

  // ---- new ----

  @Test
  void new_writesTheReferencePlan_whichValidates() {
    Path plan = directory.resolve("plan.json");

    PlannerRun made = PlannerRun.of("new", "--method", "staged", "--industry", "pharma", "--out", plan);
    PlannerRun checked = PlannerRun.of("validate", plan);

    assertThat(made.exitCode()).isZero();
    assertThat(made.out()).contains("Wrote " + plan, "crm-planner validate " + plan);
    assertThat(CrmJson.standard().read(plan, ProjectPlan.class)).isEqualTo(PharmaReferencePlan.plan());
    assertThat(checked.exitCode()).isZero();
    assertThat(checked.out()).startsWith(plan + ": plan 'pharma-reference' against method 'crm-staged': valid");
    assertThat(checked.err()).isEmpty();
  }

  @Test
  void new_withoutOut_writesThePlanDocumentToStandardOutput() {
    PlannerRun made = PlannerRun.of("new");

    assertThat(made.exitCode()).isZero();
    assertThat(CrmJson.standard().read(made.out(), ProjectPlan.class)).isEqualTo(PharmaReferencePlan.plan());
  }

  @Test
  void new_withJsonFormat_writesTheFileAndPrintsNothingMore() {
    Path plan = directory.resolve("plan.json");

    PlannerRun made = PlannerRun.of("new", "--out", plan, "--format", "json");

    assertThat(made.exitCode()).isZero();
    assertThat(made.out()).isEmpty();
    assertThat(plan).exists();
  }

  @Test
  void new_existingFile_isRefusedUnlessForced() throws IOException {
    Path plan = directory.resolve("plan.json");
    Files.writeString(plan, "my edited plan");

    PlannerRun refused = PlannerRun.of("new", "--out", plan);
    String kept = Files.readString(plan);
    PlannerRun forced = PlannerRun.of("new", "--out", plan, "--force");

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains(plan + ": exists already; give --force to replace it");
    assertThat(kept).isEqualTo("my edited plan");
    assertThat(forced.exitCode()).isZero();
    assertThat(CrmJson.standard().read(plan, ProjectPlan.class)).isEqualTo(PharmaReferencePlan.plan());
  }

  @Test
  void new_otherIndustries_drawAValidPlanOfThatIndustry() {
    for (Industry industry : Industry.values()) {
      if (industry == Industry.PHARMACEUTICAL) {
        continue;
      }
      String name = industry.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      PlannerRun made = PlannerRun.of("new", "--industry", name, "--company", "Acme");

      ProjectPlan plan = CrmJson.standard().read(made.out(), ProjectPlan.class);
      ValidationReport report = Validator.standard().validate(plan, StagedMethod.definition());
      assertThat(plan.context().industry()).isEqualTo(industry);
      assertThat(plan.context().company()).isEqualTo("Acme");
      assertThat(plan.id()).isEqualTo(name + "-crm");
      assertThat(report.findings(Severity.ERROR)).as(industry.name()).isEmpty();
    }
  }

  @Test
  void new_sameSeed_sameDrawnPlan_otherSeed_otherPlan() {
    String first = PlannerRun.of("new", "--industry", "retail", "--seed", "7").out();
    String again = PlannerRun.of("new", "--industry", "RETAIL", "--seed", "7").out();
    String other = PlannerRun.of("new", "--industry", "retail", "--seed", "8").out();

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void new_unsupportedMethod_isAUsageErrorListingTheSupportedValues() {
    PlannerRun run = PlannerRun.of("new", "--method", "lots-classic");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Invalid value for option '--method': 'lots-classic' is not one of staged");
  }

  @Test
  void new_unknownIndustry_isAUsageErrorListingTheIndustries() {
    PlannerRun run = PlannerRun.of("new", "--industry", "farming");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("'farming' is not one of pharma, pharmaceutical, medical-devices, manufacturing, retail, "
            + "financial-services, telecommunications, services, public-sector, other");
  }

  @Test
  void new_blankCompany_isBadInput() {
    PlannerRun run = PlannerRun.of("new", "--industry", "retail", "--company", " ");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("--company: ").contains("company");
  }

  // ---- validate: a document that is not a valid plan (exit 2) ----

  @Test
  void validate_valueBrokenByHand_pointsAtItWithLineColumnPointerAndDetail() {
    Path plan = newPlan();
    int edited = PlannerRun.edit(plan, "\"teamSize\" : 3", "\"teamSize\" : 0");
    CrmJsonException expected =
        catchThrowableOfType(CrmJsonException.class, () -> CrmJson.standard().read(plan, ProjectPlan.class));

    PlannerRun run = PlannerRun.of("validate", plan);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip())
        .isEqualTo(plan + ":" + expected.line() + ":" + expected.column()
            + ": /phases/0/activities/0/teamSize: Activity.teamSize must be at least 1, but was 0");
    // The reader places an invariant's break at the end of the object it checks: the edited line
    // or just below it.
    assertThat(expected.line()).isBetween(edited, edited + 1);
  }

  @Test
  void validate_requiredPropertyRemovedByHand_namesTheMissingProperty() throws IOException {
    Path plan = newPlan();
    String text = Files.readString(plan, StandardCharsets.UTF_8);
    Files.writeString(plan, text.replace("    \"name\" : \"Sales force automation\",\n", ""), StandardCharsets.UTF_8);

    PlannerRun run = PlannerRun.of("validate", plan);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).matches("(?s)" + java.util.regex.Pattern.quote(plan.toString()) + ":\\d+:\\d+: /lots/1/name: .*Lot\\.name.*");
  }

  @Test
  void validate_truncatedDocument_givesTheLineWhereItEnds() throws IOException {
    Path plan = directory.resolve("plan.json");
    Files.writeString(plan, "{\n  \"schemaVersion\" : 1,\n", StandardCharsets.UTF_8);

    PlannerRun run = PlannerRun.of("validate", plan);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith(plan + ":3:");
  }

  @Test
  void validate_missingFile_isBadInput() {
    Path plan = directory.resolve("nowhere.json");

    PlannerRun run = PlannerRun.of("validate", plan);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo(plan + ": no such file");
  }

  @Test
  void validate_unknownMethod_asksForTheMethodFile() {
    Path plan = newPlan();
    PlannerRun.edit(plan, "\"method\" : \"crm-staged\"", "\"method\" : \"acme-method\"");

    PlannerRun run = PlannerRun.of("validate", plan);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(plan + ": the plan follows the method 'acme-method', which is not built in",
            "crm-staged, crm-lots-classic, crm-lots-differentiating", "--method-file");
  }

  @Test
  void validate_methodFile_isTheMethodChecked() {
    Path plan = newPlan();
    Path method = directory.resolve("method.json");
    CrmJson.standard().write(StagedMethod.definition(), method);

    PlannerRun run = PlannerRun.of("validate", plan, "--method-file", method);

    assertThat(run.exitCode()).isZero();
  }

  // ---- validate: a readable plan with findings ----

  @Test
  void validate_errorFinding_exitsWithOne_namingTheRuleAtTheLineOfTheBreak() {
    Path plan = newPlan();
    int edited = PlannerRun.edit(plan, "\"automatedImport\" : true", "\"automatedImport\" : false");
    int column = PlannerRun.lines(plan).get(edited - 1).indexOf("\"automatedImport\"") + 1;

    PlannerRun run = PlannerRun.of("validate", plan);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(plan + ": plan 'pharma-reference' against method 'crm-staged': NOT valid (1 error(s)")
        .contains(plan + ":" + edited + ":" + column + ": ERROR " + BuiltInRules.AUTOMATED_IMPORT_WITH_REPORT
            + " [F18] at lots[LOT-1].cutOver.automatedImport: ");
  }

  @Test
  void validate_findingAboutAnAbsentPart_pointsAtTheDocument() {
    Path plan = directory.resolve("plan.json");
    CrmJson.standard()
        .write(ProjectPlan.builder().from(PharmaReferencePlan.plan()).championsTeam(Optional.empty()).build(), plan);

    PlannerRun run = PlannerRun.of("validate", plan);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(plan + ":1:1: ERROR " + BuiltInRules.CHAMPIONS_TEAM + " [F27] at championsTeam: ");
  }

  @Test
  void validate_jsonFormat_writesTheValidationReport() {
    Path plan = newPlan();
    PlannerRun.edit(plan, "\"automatedImport\" : true", "\"automatedImport\" : false");
    ProjectPlan read = CrmJson.standard().read(plan, ProjectPlan.class);

    PlannerRun run = PlannerRun.of("validate", plan, "--format", "json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(CrmJson.standard().read(run.out(), ValidationReport.class))
        .isEqualTo(Validator.standard().validate(read, StagedMethod.definition()));
  }
}
