package org.crmmethod.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmmethod.json.MethodSamples.INDENTED;
import static org.crmmethod.json.MethodSamples.assertRoundTrips;
import static org.quicktheories.QuickTheory.qt;

import org.crmmethod.core.calendar.WorkingCalendar;
import org.crmmethod.core.method.DeliverableType;
import org.crmmethod.core.method.DurationRange;
import org.crmmethod.core.method.LotTemplate;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.method.QualityGate;
import org.crmmethod.core.method.Role;
import org.crmmethod.core.method.TeamNorm;
import org.crmmethod.core.method.TimelineNorms;
import org.crmmethod.core.readiness.ReadinessQuestionnaire;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * The two round-trip laws over random valid values of the method side, readiness questionnaires
 * and working calendars: reading what was written gives an equal value, and writing it again gives
 * the same text, indented and on one line.
 */
class MethodRoundTripPropertiesTest {
  private static final int EXAMPLES = 200;

  private static QuickTheory theory() {
    return qt().withExamples(EXAMPLES);
  }

  @Test
  void methods_roundTrip() {
    theory()
        .forAll(MethodGenerators.methods())
        .checkAssert(
            method -> {
              String text = assertRoundTrips(method, Method.class);
              assertThat(text).startsWith("{\n  \"schemaVersion\" : 1,\n");
            });
  }

  @Test
  void phaseTemplates_roundTrip() {
    theory()
        .forAll(MethodGenerators.phaseTemplates())
        .checkAssert(phase -> assertRoundTrips(phase, PhaseTemplate.class));
  }

  @Test
  void deliverableTypes_roundTrip() {
    theory()
        .forAll(MethodGenerators.deliverableTypes())
        .checkAssert(type -> assertRoundTrips(type, DeliverableType.class));
  }

  @Test
  void gates_roundTrip() {
    theory()
        .forAll(MethodGenerators.gates())
        .checkAssert(gate -> assertRoundTrips(gate, QualityGate.class));
  }

  @Test
  void roles_roundTrip() {
    theory().forAll(MethodGenerators.roles()).checkAssert(role -> assertRoundTrips(role, Role.class));
  }

  @Test
  void teamNorms_roundTrip() {
    theory()
        .forAll(MethodGenerators.teamNorms())
        .checkAssert(norm -> assertRoundTrips(norm, TeamNorm.class));
  }

  @Test
  void lotTemplates_roundTrip() {
    theory()
        .forAll(MethodGenerators.lotTemplates())
        .checkAssert(template -> assertRoundTrips(template, LotTemplate.class));
  }

  @Test
  void timelineNorms_roundTrip() {
    theory()
        .forAll(MethodGenerators.timelineNorms())
        .checkAssert(norms -> assertRoundTrips(norms, TimelineNorms.class));
  }

  @Test
  void durationRanges_roundTrip() {
    theory()
        .forAll(MethodGenerators.durationRanges())
        .checkAssert(range -> assertRoundTrips(range, DurationRange.class));
  }

  @Test
  void texts_keptExactly() {
    theory()
        .forAll(MethodGenerators.texts())
        .checkAssert(
            text -> {
              Role role = Role.of("R", text, text);
              assertThat(INDENTED.read(INDENTED.write(role), Role.class).name()).isEqualTo(text);
            });
  }

  @Test
  void questionnaires_roundTrip() {
    theory()
        .forAll(MethodGenerators.questionnaires())
        .checkAssert(
            questionnaire -> assertRoundTrips(questionnaire, ReadinessQuestionnaire.class));
  }

  @Test
  void calendars_roundTrip() {
    theory()
        .forAll(MethodGenerators.calendars())
        .checkAssert(calendar -> assertRoundTrips(calendar, WorkingCalendar.class));
  }
}
