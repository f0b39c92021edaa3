package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmmethod.json.RoundTrips.assertRoundTrips;

import java.math.BigDecimal;
import java.util.Currency;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StartModuleCatalogue;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.Money;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.startmodule.StartModuleProfile;
import org.crmmethod.json.CrmJsonException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The wire format of plans, pinned: the reference plan round-trips, a small plan's document is
 * fixed character by character so that no property name or shape can drift unnoticed, and money
 * is read strictly.
 */
class PlanWireFormatTest {
  private final CrmJson json = CrmJson.standard();
  private final ProjectPlan reference = PharmaReferencePlan.plan();

  @Test
  void theReferencePlanRoundTrips() {
    String written = json.write(reference);

    ProjectPlan read = json.read(written, ProjectPlan.class);

    assertThat(read).isEqualTo(reference);
    assertThat(json.write(read)).isEqualTo(written);
    assertRoundTrips(reference, ProjectPlan.class);
  }

  @Test
  void aPlanDocumentStartsWithItsSchemaVersion() {
    assertThat(json.write(reference)).startsWith("{\n  \"schemaVersion\" : 1,\n  \"id\" : ");
    assertThat(CrmJson.builder().indent(false).build().write(reference))
        .startsWith("{\"schemaVersion\":1,\"id\":");
  }

  @Test
  void theStartModuleProfilesOfTheCatalogueRoundTrip() {
    for (StartModuleProfile profile : StartModuleCatalogue.profiles()) {
      assertRoundTrips(profile, StartModuleProfile.class);
    }
  }

  /**
   * Pins names, order and shapes: accessor names in declaration order, enums by name, ISO days,
   * money as a decimal string with its currency code, absent optionals (statusDate, a lot's
   * preAcceptance, a KPI's owner...) left out, empty collections written, defaults written, a
   * team's composition as an object sorted by key, a lot's steps as properties of their own.
   */
  @Test
  void theDocumentOfASmallPlanIsPinned() {
    String expected =
        """
        {
          "schemaVersion" : 1,
          "id" : "P-1",
          "name" : "Pinned plan",
          "method" : "crm-staged",
          "context" : {
            "company" : "ACME",
            "industry" : "RETAIL",
            "approach" : "DIFFERENTIATING",
            "modules" : [ "SFA" ],
            "startDate" : "2027-01-04",
            "calendar" : "FR",
            "budget" : {
              "amount" : "1250000.00",
              "currency" : "EUR"
            },
            "scope" : "FULL_IMPLEMENTATION",
            "externalConsultant" : false
          },
          "phases" : [ ],
          "lots" : [ {
            "id" : "LOT-1",
            "name" : "Sales",
            "phase" : "DEPLOYMENT",
            "modules" : [ "SFA" ],
            "configuredOnly" : false,
            "workstreams" : [ {
              "id" : "L1-CONF",
              "name" : "Configure",
              "kind" : "CONFIGURATION",
              "estimate" : {
                "optimistic" : 5.0,
                "mostLikely" : 10.0,
                "pessimistic" : 20.5
              },
              "dependencies" : [ {
                "predecessor" : "S-OBJ",
                "type" : "START_TO_START",
                "lagDays" : 2.0
              } ],
              "roles" : [ "consultant" ],
              "participants" : [ ],
              "teamSize" : 2,
              "startNoEarlierThan" : "2027-01-04"
            } ],
            "hypercare" : {
              "activity" : {
                "id" : "L1-HYP",
                "name" : "L1-HYP",
                "kind" : "HYPERCARE",
                "estimate" : {
                  "optimistic" : 0.0,
                  "mostLikely" : 0.0,
                  "pessimistic" : 0.0
                },
                "dependencies" : [ ],
                "roles" : [ ],
                "participants" : [ ],
                "teamSize" : 1
              },
              "responseTimeHours" : 4
            },
            "finalAcceptance" : {
              "activity" : {
                "id" : "L1-FIN",
                "name" : "L1-FIN",
                "kind" : "FINAL_ACCEPTANCE",
                "estimate" : {
                  "optimistic" : 0.0,
                  "mostLikely" : 0.0,
                  "pessimistic" : 0.0
                },
                "dependencies" : [ ],
                "roles" : [ ],
                "participants" : [ ],
                "teamSize" : 1
              },
              "signature" : {
                "stakeholder" : "SPONSOR",
                "role" : "sponsor",
                "date" : "2027-04-04"
              }
            }
          } ],
          "deliverables" : [ ],
          "gateDecisions" : [ ],
          "decisions" : [ ],
          "startModule" : {
            "module" : "SFA",
            "criteria" : [ "AWAITED_BY_USERS" ],
            "decidedOn" : "2027-01-04"
          },
          "departments" : [ ],
          "stakeholders" : [ {
            "id" : "SPONSOR",
            "name" : "Ada",
            "roles" : [ "sponsor" ],
            "external" : false
          } ],
          "teams" : [ {
            "id" : "STEERING",
            "name" : "Steering committee",
            "purpose" : "STEERING",
            "composition" : {
              "project-manager" : 2,
              "sponsor" : 1
            },
            "members" : [ "SPONSOR" ],
            "departments" : [ ]
          } ],
          "meetings" : [ ],
          "kpis" : [ {
            "id" : "KPI-1",
            "name" : "Adoption",
            "definition" : "Share of users active weekly",
            "unit" : "%",
            "target" : 80.5,
            "phase" : "DEPLOYMENT"
          } ],
          "customerSegments" : [ ],
          "objectives" : [ ]
        }""";

    assertThat(json.write(PinnedPlans.small())).isEqualTo(expected.strip());
    assertThat(json.read(expected, ProjectPlan.class)).isEqualTo(PinnedPlans.small());
  }

  @Test
  void derivedAnswersAreNotProperties() {
    String lot = json.write(reference.lots().get(0));

    assertThat(lot).doesNotContain("\"steps\"").doesNotContain("\"activities\"");
    assertThatThrownBy(() -> json.read("{\"steps\" : [ ]," + lot.substring(1), Lot.class))
        .isInstanceOfSatisfying(
            CrmJsonException.class,
            failure -> {
              assertThat(failure.problem()).isEqualTo(Problem.UNKNOWN_PROPERTY);
              assertThat(failure.pointer()).isEqualTo("/steps");
            });
  }

  @Test
  void anAttributeWithADefaultMayBeLeftOut() {
    String document =
        """
        {"id": "A", "name": "Budget", "kind": "BUDGETING",
         "estimate": {"optimistic": 1, "mostLikely": 1, "pessimistic": 2},
         "dependencies": [], "roles": [], "participants": []}""";

    Activity activity = json.read(document, Activity.class);

    assertThat(activity.teamSize()).isEqualTo(1);
    assertThat(json.write(activity)).contains("\"teamSize\" : 1");
  }

  @Test
  void aPlanWithoutSchemaVersionIsRefused() {
    String written = json.write(reference).replace("\"schemaVersion\" : 1,", "");

    assertThatThrownBy(() -> json.read(written, ProjectPlan.class))
        .isInstanceOfSatisfying(
            CrmJsonException.class,
            failure -> assertThat(failure.problem()).isEqualTo(Problem.UNSUPPORTED_VERSION));
  }

  // --- money ---

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10.50", "0", "0.00", "1250000.00", "7", "0.0000001", "12345678901234567890.123456789"
      })
  void anAmountKeepsItsDigitsAndScale(String amount) {
    Money money = Money.of(new BigDecimal(amount), Currency.getInstance("EUR"));
    String written = json.write(money);

    assertThat(written).contains("\"amount\" : \"" + amount + "\"");
    Money read = json.read(written, Money.class);
    assertThat(read).isEqualTo(money);
    assertThat(read.amount().scale()).isEqualTo(new BigDecimal(amount).scale());
  }

  @Test
  void anAmountOfNegativeScaleIsWrittenInScientificNotation() {
    Money money = Money.of(new BigDecimal("1.2E+6"), Currency.getInstance("JPY"));

    String written = json.write(money);

    assertThat(written).isEqualTo("{\n  \"amount\" : \"1.2E+6\",\n  \"currency\" : \"JPY\"\n}");
    assertThat(json.read(written, Money.class)).isEqualTo(money);
  }

  @Test
  void anAmountGivenAsANumberIsRefused() {
    assertThatThrownBy(() -> json.read("{\"amount\": 10.50, \"currency\": \"EUR\"}", Money.class))
        .isInstanceOfSatisfying(
            CrmJsonException.class,
            failure -> {
              assertThat(failure.problem()).isEqualTo(Problem.WRONG_TYPE);
              assertThat(failure.pointer()).isEqualTo("/amount");
              assertThat(failure.line()).isEqualTo(1);
              assertThat(failure.column()).isEqualTo(12);
              assertThat(failure.detail())
                  .contains("amount must be a JSON string")
                  .contains("but was a JSON number");
            });
  }

  @Test
  void anAmountGivenAsANumberInsideAPlanIsLocatedExactly() {
    String written = json.write(reference);
    String budget = "\"amount\" : \"1200000\"";
    assertThat(written).contains(budget);
    String broken = written.replace(budget, "\"amount\" : 1200000");
    int offset = broken.indexOf("\"amount\" : 1200000") + "\"amount\" : ".length();
    int line = lineOf(broken, offset);
    int column = offset - broken.lastIndexOf('\n', offset - 1);

    assertThatThrownBy(() -> json.read(broken, ProjectPlan.class))
        .isInstanceOfSatisfying(
            CrmJsonException.class,
            failure -> {
              assertThat(failure.problem()).isEqualTo(Problem.WRONG_TYPE);
              assertThat(failure.pointer()).isEqualTo("/context/budget/amount");
              assertThat(failure.line()).isEqualTo(line);
              assertThat(failure.column()).isEqualTo(column);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "12,50", " 12.50", "12.50 ", "+12", ".5", "5.", "", "NaN", "1E+99999", "0x10", "١٢"
      })
  void aMalformedAmountIsRefused(String amount) {
    String document = "{\"amount\":\"" + amount + "\",\"currency\":\"EUR\"}";

    assertThatThrownBy(() -> json.read(document, Money.class))
        .isInstanceOfSatisfying(
            CrmJsonException.class,
            failure -> {
              assertThat(failure.problem()).isEqualTo(Problem.WRONG_TYPE);
              assertThat(failure.pointer()).isEqualTo("/amount");
              assertThat(failure.line()).isEqualTo(1);
              assertThat(failure.column()).isEqualTo(11);
              assertThat(failure.detail())
                  .contains("decimal number")
                  .contains("\"" + amount + "\"");
            });
  }

  @Test
  void aNegativeAmountIsRefusedByTheModel() {
    assertThatThrownBy(() -> json.read("{\"amount\":\"-1.00\",\"currency\":\"EUR\"}", Money.class))
        .isInstanceOfSatisfying(
            CrmJsonException.class,
            failure -> {
              assertThat(failure.problem()).isEqualTo(Problem.INVALID_VALUE);
              assertThat(failure.pointer()).isEqualTo("/amount");
              assertThat(failure.detail()).contains("must not be negative");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"XYZ", "eur", "EURO", "", "€"})
  void anUnknownCurrencyIsRefused(String code) {
    String document = "{\n  \"amount\" : \"1.00\",\n  \"currency\" : \"" + code + "\"\n}";

    assertThatThrownBy(() -> json.read(document, Money.class))
        .isInstanceOfSatisfying(
            CrmJsonException.class,
            failure -> {
              assertThat(failure.problem()).isEqualTo(Problem.WRONG_TYPE);
              assertThat(failure.pointer()).isEqualTo("/currency");
              assertThat(failure.line()).isEqualTo(3);
              assertThat(failure.column()).isEqualTo(16);
              assertThat(failure.detail())
                  .contains("ISO 4217")
                  .contains("but was \"" + code + "\"");
            });
  }

  @Test
  void aCurrencyGivenAsANumberIsRefused() {
    assertThatThrownBy(() -> json.read("{\"amount\":\"1\",\"currency\":978}", Money.class))
        .isInstanceOfSatisfying(
            CrmJsonException.class,
            failure -> {
              assertThat(failure.problem()).isEqualTo(Problem.WRONG_TYPE);
              assertThat(failure.pointer()).isEqualTo("/currency");
              assertThat(failure.detail()).contains("ISO 4217").contains("a JSON number");
            });
  }

  @Test
  void aMissingCurrencyIsNamed() {
    assertThatThrownBy(() -> json.read("{\"amount\":\"1\"}", Money.class))
        .isInstanceOfSatisfying(
            CrmJsonException.class,
            failure -> {
              assertThat(failure.problem()).isEqualTo(Problem.MISSING_PROPERTY);
              assertThat(failure.pointer()).isEqualTo("/currency");
            });
  }

  // --- model invariants of nested attributes point at the nested value ---

  @Test
  void aLotStepOfTheWrongKindPointsAtTheActivityKind() {
    String written = json.write(reference);
    String hypercareKind = "\"kind\" : \"HYPERCARE\"";
    String broken = written.replaceFirst(hypercareKind, "\"kind\" : \"TRAINING\"");

    assertThatThrownBy(() -> json.read(broken, ProjectPlan.class))
        .isInstanceOfSatisfying(
            CrmJsonException.class,
            failure -> {
              assertThat(failure.problem()).isEqualTo(Problem.INVALID_VALUE);
              assertThat(failure.pointer()).isEqualTo("/lots/0/hypercare/activity/kind");
            });
  }

  @Test
  void aTeamHeadcountBelowOnePointsAtTheCompositionAndNamesTheRole() {
    String broken =
        json.write(PinnedPlans.small())
            .replace("\"project-manager\" : 2", "\"project-manager\" : 0");

    assertThatThrownBy(() -> json.read(broken, ProjectPlan.class))
        .isInstanceOfSatisfying(
            CrmJsonException.class,
            failure -> {
              assertThat(failure.problem()).isEqualTo(Problem.INVALID_VALUE);
              assertThat(failure.pointer()).isEqualTo("/teams/0/composition");
              assertThat(failure.detail()).contains("composition[project-manager]");
            });
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
