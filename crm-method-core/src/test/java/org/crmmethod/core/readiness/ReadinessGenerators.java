package org.crmmethod.core.readiness;

import static org.crmmethod.core.CoreGenerators.distinctIds;
import static org.crmmethod.core.CoreGenerators.ids;
import static org.crmmethod.core.CoreGenerators.setsOf;
import static org.crmmethod.core.CoreGenerators.subsetsOf;
import static org.crmmethod.core.CoreGenerators.texts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.crmmethod.core.Parts;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.MethodFact;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of valid readiness values and of the parts they are built from. */
public final class ReadinessGenerators {

  private ReadinessGenerators() {}

  // --- ReadinessQuestion ---

  /** The parts of a {@link ReadinessQuestion}. */
  public record ReadinessQuestionParts(
      String id, ReadinessGroup group, String text, Set<ActivityKind> blocks, Set<MethodFact> facts)
      implements Parts<ReadinessQuestion> {
    @Override
    public ReadinessQuestion build() {
      return ReadinessQuestion.builder()
          .id(id)
          .group(group)
          .text(text)
          .blocks(blocks)
          .facts(facts)
          .build();
    }
  }

  /**
   * Parts of readiness questions with the given id.
   *
   * @param id the question id
   * @return the generator
   */
  public static Gen<ReadinessQuestionParts> readinessQuestionParts(String id) {
    return Generate.enumValues(ReadinessGroup.class)
        .zip(
            texts(),
            subsetsOf(ActivityKind.class),
            subsetsOf(MethodFact.class),
            (group, text, blocks, facts) ->
                new ReadinessQuestionParts(id, group, text, blocks, facts));
  }

  /**
   * Parts of readiness questions.
   *
   * @return the generator
   */
  public static Gen<ReadinessQuestionParts> readinessQuestionParts() {
    return ids().flatMap(ReadinessGenerators::readinessQuestionParts);
  }

  /**
   * Readiness questions.
   *
   * @return the generator
   */
  public static Gen<ReadinessQuestion> readinessQuestions() {
    return readinessQuestionParts().map(ReadinessQuestionParts::build);
  }

  // --- ReadinessQuestionnaire ---

  /** The parts of a {@link ReadinessQuestionnaire}. */
  public record ReadinessQuestionnaireParts(
      String id,
      String name,
      List<ReadinessQuestion> questions,
      Set<String> respondents,
      Set<MethodFact> facts)
      implements Parts<ReadinessQuestionnaire> {
    @Override
    public ReadinessQuestionnaire build() {
      return ReadinessQuestionnaire.builder()
          .id(id)
          .name(name)
          .questions(questions)
          .respondents(respondents)
          .facts(facts)
          .build();
    }
  }

  /**
   * Parts of questionnaires: 1 to 6 questions with distinct ids, strategy first and IT last.
   *
   * @return the generator
   */
  public static Gen<ReadinessQuestionnaireParts> readinessQuestionnaireParts() {
    return in -> {
      List<ReadinessQuestion> questions = new ArrayList<>();
      for (String id : distinctIds(1, 6).generate(in)) {
        questions.add(readinessQuestionParts(id).generate(in).build());
      }
      questions.sort(Comparator.comparing(ReadinessQuestion::group));
      return new ReadinessQuestionnaireParts(
          ids().generate(in),
          texts().generate(in),
          questions,
          setsOf(ids(), 0, 4).generate(in),
          subsetsOf(MethodFact.class).generate(in));
    };
  }

  /**
   * Readiness questionnaires.
   *
   * @return the generator
   */
  public static Gen<ReadinessQuestionnaire> readinessQuestionnaires() {
    return readinessQuestionnaireParts().map(ReadinessQuestionnaireParts::build);
  }
}
