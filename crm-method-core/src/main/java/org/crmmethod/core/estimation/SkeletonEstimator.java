package org.crmmethod.core.estimation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.ProjectContext;

/**
 * Derives a project's phase estimates from its context by applying estimation rules in order.
 *
 * <pre>{@code
 * TimelineSkeleton skeleton = SkeletonEstimator.standard().estimate(context, StagedMethod.definition(), 2);
 * skeleton.total();          // about 12 months for a differentiating project of two modules
 * }</pre>
 *
 * <p>Vendors replace, remove or add rules with {@link #builder()}. An estimator is immutable and
 * thread-safe.
 */
public final class SkeletonEstimator {
  private static final SkeletonEstimator STANDARD = builder().addRules(EstimationRules.standard()).build();

  private final List<EstimationRule> rules;

  private SkeletonEstimator(List<EstimationRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * Returns the estimator with the built-in rules of {@link EstimationRules}.
   *
   * @return the standard estimator
   */
  public static SkeletonEstimator standard() {
    return STANDARD;
  }

  /**
   * Starts building an estimator with no rule.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the rules, in the order they apply.
   *
   * @return the rules
   */
  public List<EstimationRule> rules() {
    return rules;
  }

  /**
   * Estimates a project's phases.
   *
   * @param context the project's context (approach, modules in scope)
   * @param method the method it follows
   * @param lots how many lots the rollout is split into, at least 1
   * @return the phase estimates
   * @throws IllegalArgumentException when {@code lots} is below 1
   */
  public TimelineSkeleton estimate(ProjectContext context, Method method, int lots) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(method, "method");
    if (lots < 1) {
      throw new IllegalArgumentException("lots must be at least 1, but was " + lots);
    }
    SkeletonDraft draft = new SkeletonDraft(context, method, lots);
    List<String> applied = new ArrayList<>();
    for (EstimationRule rule : rules) {
      rule.apply(draft);
      applied.add(rule.id());
    }
    return new TimelineSkeleton(method.id(), draft.estimates(), applied);
  }

  /** Builds {@link SkeletonEstimator}s. */
  public static final class Builder {
    private final List<EstimationRule> rules = new ArrayList<>();

    private Builder() {}

    /**
     * Adds rules at the end.
     *
     * @param rules the rules
     * @return this builder
     * @throws IllegalArgumentException when a rule's id is already taken
     */
    public Builder addRules(Iterable<? extends EstimationRule> rules) {
      for (EstimationRule rule : rules) {
        addRule(rule);
      }
      return this;
    }

    /**
     * Adds a rule at the end.
     *
     * @param rule the rule
     * @return this builder
     * @throws IllegalArgumentException when its id is already taken
     */
    public Builder addRule(EstimationRule rule) {
      Objects.requireNonNull(rule, "rule");
      if (rules.stream().anyMatch(existing -> existing.id().equals(rule.id()))) {
        throw new IllegalArgumentException("rule.id '" + rule.id() + "' is already taken by another rule");
      }
      rules.add(rule);
      return this;
    }

    /**
     * Replaces the rule with the same id in its place, e.g. to change a built-in coefficient.
     *
     * @param rule the new rule
     * @return this builder
     * @throws IllegalArgumentException when no rule has its id
     */
    public Builder replaceRule(EstimationRule rule) {
      Objects.requireNonNull(rule, "rule");
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i).id().equals(rule.id())) {
          rules.set(i, rule);
          return this;
        }
      }
      throw new IllegalArgumentException("rule.id: no rule '" + rule.id() + "' to replace");
    }

    /**
     * Removes a rule.
     *
     * @param id the rule's id
     * @return this builder
     * @throws IllegalArgumentException when no rule has that id
     */
    public Builder removeRule(String id) {
      if (!rules.removeIf(rule -> rule.id().equals(id))) {
        throw new IllegalArgumentException("id: no rule '" + id + "' to remove");
      }
      return this;
    }

    /**
     * Builds the estimator.
     *
     * @return the estimator
     */
    public SkeletonEstimator build() {
      return new SkeletonEstimator(rules);
    }
  }
}
