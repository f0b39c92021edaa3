package org.crmmethod.examples.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.crmmethod.core.organisation.Stakeholder;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.readiness.ReadinessAssessment;
import org.crmmethod.core.readiness.ReadinessBlocker;
import org.crmmethod.core.readiness.ReadinessGroup;
import org.crmmethod.core.readiness.ReadinessQuestion;
import org.crmmethod.core.readiness.ReadinessQuestionnaire;
import org.crmmethod.core.readiness.ReadinessReport;
import org.crmmethod.core.readiness.ReadinessScore;

/**
 * The readiness part of the page (F28-F33): a card per group of questions and one overall, each
 * with its red, amber or green status and its score, then the open questions that block work, with
 * what they hold back, who owns them and when they are due.
 */
final class ReadinessSection {

  private ReadinessSection() {}

  /**
   * Writes the section.
   *
   * @param page where to write
   * @param report the report
   */
  static void write(Markup page, PlanReport report) {
    page.open("section", "id", "readiness", "class", "part");
    page.element("h2", "Readiness");
    if (report.readiness().isEmpty()) {
      page.element("p", "The plan records no readiness assessment yet.", "class", "lead");
      page.close("section");
      return;
    }
    Attempt<ReadinessReport> attempt = report.readiness().get();
    if (attempt.value().isEmpty()) {
      page.element("p", attempt.problem(), "class", "problem");
      page.close("section");
      return;
    }
    ReadinessReport readiness = attempt.value().get();
    ReadinessQuestionnaire questionnaire = report.questionnaire().orElseThrow();
    ReadinessAssessment assessment = report.plan().readiness().orElseThrow();
    page.element("p", "Answers of " + readiness.assessedOn() + " to the " + questionnaire.name() + " ("
        + readiness.overall().questions() + " questions, " + assessment.customQuestions().size()
        + " of them the company's own). A group is amber from " + readiness.thresholds().amberFrom()
        + "% of its possible points and green from " + readiness.thresholds().greenFrom() + "%.", "class", "lead");
    page.open("div", "class", "rag-grid");
    card(page, "overall", "Overall", readiness.overall());
    for (Map.Entry<ReadinessGroup, ReadinessScore> group : readiness.groups().entrySet()) {
      card(page, group.getKey().name(), Figures.words(group.getKey()) + " (" + group.getKey().fact() + ")", group.getValue());
    }
    page.close("div");
    blockers(page, readiness, assessment.questions(questionnaire), report.plan());
    page.close("section");
  }

  private static void card(Markup page, String key, String title, ReadinessScore score) {
    page.open("div", "class", "rag-card " + score.status().name(), "data-group", key, "data-status", score.status().name());
    page.open("h3").text(title).element("span", score.status().name(), "class", "badge " + score.status().name()).close("h3");
    page.element("div", Figures.percent(score.percent()), "class", "score");
    page.element("p", score.points() + " of " + score.possible() + " points");
    page.element("p", score.answered() + " of " + score.questions() + " questions answered, " + score.settled() + " settled");
    page.close("div");
  }

  private static void blockers(
      Markup page, ReadinessReport readiness, List<ReadinessQuestion> questions, ProjectPlan plan) {
    page.element("h3", "Open questions that block work (" + readiness.blockers().size() + ")");
    if (readiness.blockers().isEmpty()) {
      page.element("p", "No open question holds back any work.", "class", "none");
      return;
    }
    Map<String, String> texts = questions.stream()
        .collect(Collectors.toMap(ReadinessQuestion::id, ReadinessQuestion::text, (first, second) -> first));
    page.open("table", "class", "blockers");
    page.open("thead").open("tr");
    page.element("th", "Question").element("th", "Group").element("th", "Status").element("th", "Holds back")
        .element("th", "Owner").element("th", "Due");
    page.close("tr").close("thead");
    page.open("tbody");
    for (ReadinessBlocker blocker : readiness.blockers()) {
      page.open("tr", "data-question", blocker.question());
      page.open("td").element("code", blocker.question());
      Optional.ofNullable(texts.get(blocker.question())).ifPresent(text -> page.element("span", text, "class", "hint"));
      page.close("td");
      page.element("td", Figures.words(blocker.group()));
      page.element("td", Figures.words(blocker.status()));
      page.element("td", blocker.blocks().stream().map(Figures::words).sorted().collect(Collectors.joining(", ")));
      page.element("td", blocker.owner().map(owner -> owner(owner, plan)).orElse("nobody"));
      page.element("td", blocker.dueOn().map(Object::toString).orElse("no date"), "class", "date");
      page.close("tr");
    }
    page.close("tbody");
    page.close("table");
  }

  private static String owner(String id, ProjectPlan plan) {
    return plan.stakeholders().stream()
        .filter(stakeholder -> stakeholder.id().equals(id))
        .findFirst()
        .map(Stakeholder::name)
        .map(name -> name + " (" + id + ")")
        .orElse(id);
  }
}
