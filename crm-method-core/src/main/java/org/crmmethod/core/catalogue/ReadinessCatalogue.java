package org.crmmethod.core.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.readiness.ReadinessGroup;
import org.crmmethod.core.readiness.ReadinessQuestion;
import org.crmmethod.core.readiness.ReadinessQuestionnaire;

/**
 * The readiness questionnaire (F28-F33): every question of the method's source, grouped strategy,
 * data, organisation and IT, to be answered by executives and key managers before any IT work.
 *
 * <p>Strategy questions block IT work until they are settled (F28): the IT design of the
 * technical architecture and the interfaces as well as building and deploying. The personal-data
 * question blocks data migration and cut-over (F30); a few IT questions block the step they
 * condition, such as the data-warehouse question the technical architecture (F32).
 */
public final class ReadinessCatalogue {
  /** The questionnaire's id. */
  public static final String ID = "crm-readiness";
  /** The id of the question on compliance with personal-data law (F30). */
  public static final String PERSONAL_DATA_COMPLIANCE = "DATA-08";

  /** The IT work strategy questions hold back: designing the IT, then building and deploying it. */
  private static final ActivityKind[] IT_WORK = {
    ActivityKind.TECHNICAL_ARCHITECTURE,
    ActivityKind.INTERFACE_SPECIFICATION,
    ActivityKind.CONFIGURATION,
    ActivityKind.SPECIFIC_DEVELOPMENT,
    ActivityKind.TESTS,
    ActivityKind.DATA_MIGRATION,
    ActivityKind.CUT_OVER
  };

  private static final ReadinessQuestionnaire QUESTIONNAIRE = build();

  private ReadinessCatalogue() {}

  private static ReadinessQuestionnaire build() {
    List<ReadinessQuestion> questions = new ArrayList<>();
    group(questions, ReadinessGroup.STRATEGY, IT_WORK,
        "What is the company's strategy?",
        "Who are the customers?",
        "What do the customers want?",
        "Is the aim to win new customers, to convert more prospects, or to keep the customers the company has?",
        "How can service to customers be improved?",
        "Does the CRM need a workflow tool beside it?");
    group(questions, ReadinessGroup.DATA, new ActivityKind[0],
        "Which data does the strategy need?",
        "Who holds that data?",
        "Is the data available in digital form?",
        "Is the data structured?",
        "How will the data be maintained and kept current?",
        "Is the customer lifecycle known?",
        "Where can the follow-up of customers be improved?",
        "Has everything been done to comply with personal-data law?",
        "Is after-sales service concerned by the CRM?",
        "Does after-sales service have needs of its own?");
    group(questions, ReadinessGroup.ORGANISATION, new ActivityKind[0],
        "How is the company organised?",
        "Do the existing processes fit what the company wants to do?",
        "Are the teams properly formed?",
        "Are the roles clearly defined?",
        "Are the technical means available?",
        "Are people trained for the role they are asked to play?",
        "Are people informed of the project and of what it will bring them?",
        "Will people adopt the project or push it away?");
    group(questions, ReadinessGroup.IT, new ActivityKind[0],
        "Can the information system take the extra load?",
        "Are the specialised software and the technical infrastructure in place?",
        "Which investments are needed?",
        "Which induced costs will follow?",
        "Is a data warehouse needed?",
        "Will the teams need training?",
        "How will the teams be trained?",
        "Is a hotline needed to handle users' questions?");
    blocks(questions, "DATA-01", ActivityKind.DATA_MIGRATION_SCOPING);
    blocks(questions, PERSONAL_DATA_COMPLIANCE, ActivityKind.DATA_MIGRATION, ActivityKind.CUT_OVER);
    blocks(questions, "IT-01", ActivityKind.CUT_OVER);
    blocks(questions, "IT-02", ActivityKind.CONFIGURATION, ActivityKind.SPECIFIC_DEVELOPMENT);
    blocks(questions, "IT-05", ActivityKind.TECHNICAL_ARCHITECTURE);
    blocks(questions, "IT-07", ActivityKind.TRAINING);
    blocks(questions, "IT-08", ActivityKind.HYPERCARE);
    return ReadinessQuestionnaire.builder()
        .id(ID)
        .name("CRM readiness questionnaire")
        .questions(questions)
        .addRespondents(MethodRoles.GENERAL_MANAGEMENT, MethodRoles.EXECUTIVE, MethodRoles.KEY_MANAGER)
        .addFacts(MethodFact.F28, MethodFact.F29, MethodFact.F30, MethodFact.F31, MethodFact.F32, MethodFact.F33)
        .build();
  }

  private static void group(
      List<ReadinessQuestion> questions, ReadinessGroup group, ActivityKind[] blocks, String... texts) {
    for (int i = 0; i < texts.length; i++) {
      questions.add(
          ReadinessQuestion.builder()
              .id(String.format(Locale.ROOT, "%s-%02d", group.name(), i + 1))
              .group(group)
              .text(texts[i])
              .addBlocks(blocks)
              .addFacts(MethodFact.F28, group.fact())
              .build());
    }
  }

  private static void blocks(List<ReadinessQuestion> questions, String id, ActivityKind... blocked) {
    for (int i = 0; i < questions.size(); i++) {
      ReadinessQuestion question = questions.get(i);
      if (question.id().equals(id)) {
        questions.set(i, ReadinessQuestion.builder().from(question).addBlocks(blocked).build());
        return;
      }
    }
    throw new IllegalStateException("No readiness question has id " + id);
  }

  /**
   * Returns the built-in readiness questionnaire.
   *
   * @return the questionnaire, id {@value #ID}
   */
  public static ReadinessQuestionnaire questionnaire() {
    return QUESTIONNAIRE;
  }

  /**
   * Finds a built-in questionnaire by id, as a plan's readiness assessment names it.
   *
   * @param id the questionnaire id
   * @return the questionnaire, or empty when the library has none with that id
   */
  public static Optional<ReadinessQuestionnaire> byId(String id) {
    return QUESTIONNAIRE.id().equals(id) ? Optional.of(QUESTIONNAIRE) : Optional.empty();
  }
}
