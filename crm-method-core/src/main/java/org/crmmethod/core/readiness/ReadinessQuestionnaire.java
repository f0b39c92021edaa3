package org.crmmethod.core.readiness;

import java.util.List;
import java.util.Set;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.value.Invariants;
import org.immutables.value.Value;

/** The readiness questions a company answers, and who must answer them (F28-F33). */
@Value.Immutable
public abstract class ReadinessQuestionnaire {

  /**
   * The questionnaire's identifier.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The questionnaire's name as a person reads it.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The questions, grouped strategy, data, organisation, IT, in that order (F28).
   *
   * @return the questions, at least one, ids unique
   */
  public abstract List<ReadinessQuestion> questions();

  /**
   * The ids of the roles that must take part in answering (F33).
   *
   * @return role ids
   */
  public abstract Set<String> respondents();

  /**
   * The method facts this questionnaire encodes as a whole.
   *
   * @return the facts
   */
  public abstract Set<MethodFact> facts();

  /**
   * Returns the questions of one group, in order.
   *
   * @param group the group
   * @return the group's questions
   */
  public List<ReadinessQuestion> questions(ReadinessGroup group) {
    return questions().stream().filter(question -> question.group() == group).toList();
  }

  /**
   * Starts building a questionnaire.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReadinessQuestionnaire} values. */
  public static final class Builder extends ImmutableReadinessQuestionnaire.Builder {}

  @Value.Check
  void check() {
    Invariants invariants =
        Invariants.of("ReadinessQuestionnaire")
            .id("id", id())
            .text("name", name())
            .nonEmpty("questions", questions())
            .uniqueIds("questions", questions(), ReadinessQuestion::id)
            .ids("respondents", respondents());
    for (int i = 1; i < questions().size(); i++) {
      ReadinessQuestion previous = questions().get(i - 1);
      ReadinessQuestion question = questions().get(i);
      invariants.require(
          question.group().compareTo(previous.group()) >= 0,
          "questions[" + question.id() + "].group",
          question.group(),
          "must not come after a question of group " + previous.group()
              + " (strategy first, IT last)");
    }
  }
}
