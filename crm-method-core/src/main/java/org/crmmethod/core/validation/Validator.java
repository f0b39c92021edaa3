package org.crmmethod.core.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.validation.rules.BuiltInRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks project plans against their method by running a fixed set of rules.
 *
 * <p>A validator is immutable and thread-safe; build it once and use it for many plans. {@link
 * #standard()} runs every built-in rule at its default severity. {@link #builder()} lets a tool
 * vendor add rules of its own (directly or through the {@link RuleProvider} service), switch
 * built-in rules off and change their severity:
 *
 * <pre>{@code
 * Validator validator = Validator.builder()
 *     .addBuiltInRules()
 *     .addProvidedRules()
 *     .addRule(new MyRule())
 *     .disable("CRM-F17-PRINTED-USER-GUIDE")
 *     .severity("CRM-F11-CREDIBLE-DURATION", Severity.ERROR)
 *     .build();
 * ValidationReport report = validator.validate(plan, method);
 * }</pre>
 *
 * <p>Validation never throws because of what a plan holds: a rule that throws is reported as an
 * {@link Severity#ERROR} finding of that rule, its other findings are dropped, and the other rules
 * still run.
 */
public final class Validator {
  private static final Logger LOG = LoggerFactory.getLogger(Validator.class);
  /** The number of activities from which rules run in parallel, when the validator may. */
  public static final int PARALLEL_THRESHOLD = 2_000;

  private static final Validator STANDARD = builder().addBuiltInRules().build();

  private final List<Rule> rules;
  private final Map<String, Severity> severities;
  private final ValidationSettings settings;
  private final boolean parallel;

  private Validator(
      List<Rule> rules, Map<String, Severity> severities, ValidationSettings settings, boolean parallel) {
    this.rules = List.copyOf(rules);
    this.severities = Map.copyOf(severities);
    this.settings = settings;
    this.parallel = parallel;
  }

  /**
   * Returns the validator that runs every built-in rule at its default severity with the default
   * settings.
   *
   * @return the standard validator
   */
  public static Validator standard() {
    return STANDARD;
  }

  /**
   * Starts building a validator; it holds no rule until some are added.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the rules this validator runs, in the order it runs them.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Returns the severity in force for one of this validator's rules.
   *
   * @param ruleId the rule id
   * @return the severity, the rule's default unless changed when the validator was built
   * @throws IllegalArgumentException when this validator runs no rule with that id
   */
  public Severity severity(String ruleId) {
    for (Rule rule : rules) {
      if (rule.id().equals(ruleId)) {
        return severities.getOrDefault(ruleId, rule.severity());
      }
    }
    throw new IllegalArgumentException("ruleId: this validator runs no rule '" + ruleId + "'");
  }

  /**
   * Returns the settings the built-in rules read.
   *
   * @return the settings
   */
  public ValidationSettings settings() {
    return settings;
  }

  /**
   * Checks a plan against a method.
   *
   * @param plan the plan
   * @param method the method the plan follows; a plan that names another method is reported
   * @return the report
   */
  public ValidationReport validate(ProjectPlan plan, Method method) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(method, "method");
    ValidationContext context = new ValidationContext(plan, method, settings);
    List<List<Finding>> perRule = new ArrayList<>(Collections.nCopies(rules.size(), List.of()));
    IntStream positions = IntStream.range(0, rules.size());
    if (parallel && context.activities().size() >= PARALLEL_THRESHOLD) {
      positions = positions.parallel();
    }
    positions.forEach(position -> perRule.set(position, run(rules.get(position), context)));
    List<Finding> findings = new ArrayList<>();
    perRule.forEach(findings::addAll);
    return ValidationReport.of(plan.id(), method.id(), rules.stream().map(Rule::id).toList(), findings);
  }

  private List<Finding> run(Rule rule, ValidationContext context) {
    FindingSink sink =
        new FindingSink(rule.id(), severities.getOrDefault(rule.id(), rule.severity()), rule.facts());
    try {
      rule.check(context, sink);
      return sink.findings();
    } catch (RuntimeException | StackOverflowError failure) {
      LOG.warn("Rule {} failed on plan {}", rule.id(), context.plan().id(), failure);
      return List.of(
          Finding.builder()
              .ruleId(rule.id())
              .severity(Severity.ERROR)
              .facts(rule.facts())
              .path("")
              .message(
                  "The rule could not check the plan: it threw "
                      + failure.getClass().getName()
                      + (failure.getMessage() == null ? "" : " (" + failure.getMessage() + ")"))
              .addHints("This is a fault of the rule rather than of the plan; its other findings were dropped.")
              .build());
    }
  }

  /** Builds {@link Validator}s. A builder is not thread-safe. */
  public static final class Builder {
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final Set<String> disabled = new TreeSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private ValidationSettings settings = ValidationSettings.defaults();
    private boolean parallel = true;

    private Builder() {}

    /**
     * Adds every built-in rule.
     *
     * @return this builder
     * @throws IllegalArgumentException when a rule with the same id was already added
     */
    public Builder addBuiltInRules() {
      return addRules(BuiltInRules.all());
    }

    /**
     * Adds the rules of every {@link RuleProvider} found by {@link ServiceLoader} with the thread's
     * context class loader (and the providers of named modules).
     *
     * @return this builder
     * @throws IllegalArgumentException when two rules share an id
     */
    public Builder addProvidedRules() {
      return addProvidedRules(ServiceLoader.load(RuleProvider.class));
    }

    /**
     * Adds the rules of every {@link RuleProvider} that a class loader makes visible.
     *
     * @param loader the class loader to search
     * @return this builder
     * @throws IllegalArgumentException when two rules share an id
     */
    public Builder addProvidedRules(ClassLoader loader) {
      return addProvidedRules(ServiceLoader.load(RuleProvider.class, loader));
    }

    private Builder addProvidedRules(ServiceLoader<RuleProvider> providers) {
      for (RuleProvider provider : providers) {
        addRules(provider.rules());
      }
      return this;
    }

    /**
     * Adds rules.
     *
     * @param rules the rules
     * @return this builder
     * @throws IllegalArgumentException when a rule's id is malformed or already taken
     */
    public Builder addRules(Iterable<? extends Rule> rules) {
      for (Rule rule : rules) {
        addRule(rule);
      }
      return this;
    }

    /**
     * Adds a rule.
     *
     * @param rule the rule
     * @return this builder
     * @throws IllegalArgumentException when the rule's id is malformed or already taken
     */
    public Builder addRule(Rule rule) {
      Objects.requireNonNull(rule, "rule");
      String id = Objects.requireNonNull(rule.id(), "rule.id()");
      if (!id.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+")) {
        throw new IllegalArgumentException(
            "rule.id must be upper-case words joined by hyphens, e.g. ACME-F17-MY-CHECK, but was '"
                + id
                + "'");
      }
      Objects.requireNonNull(rule.severity(), "rule.severity() of " + id);
      Objects.requireNonNull(rule.facts(), "rule.facts() of " + id);
      Objects.requireNonNull(rule.title(), "rule.title() of " + id);
      if (rules.putIfAbsent(id, rule) != null) {
        throw new IllegalArgumentException("rule.id '" + id + "' is already taken by another rule");
      }
      return this;
    }

    /**
     * Switches a rule off.
     *
     * @param ruleId the id of a rule added to this builder, before or after this call
     * @return this builder
     */
    public Builder disable(String ruleId) {
      disabled.add(Objects.requireNonNull(ruleId, "ruleId"));
      return this;
    }

    /**
     * Changes the severity of a rule's findings.
     *
     * @param ruleId the id of a rule added to this builder, before or after this call
     * @param severity the severity its findings get
     * @return this builder
     */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Sets the settings the built-in rules read.
     *
     * @param settings the settings; {@link ValidationSettings#defaults()} unless set
     * @return this builder
     */
    public Builder settings(ValidationSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * Sets whether rules may run in parallel on plans of at least {@link Validator#PARALLEL_THRESHOLD}
     * activities, in the common fork-join pool. Reports are the same either way; only the rules
     * must be thread-safe, as the {@link Rule} contract asks.
     *
     * @param parallel false to run every rule on the calling thread; true unless set
     * @return this builder
     */
    public Builder parallel(boolean parallel) {
      this.parallel = parallel;
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     * @throws IllegalArgumentException when a rule disabled or given a severity was never added,
     *     which is most often a misspelt id
     */
    public Validator build() {
      Set<String> unknown = new TreeSet<>(disabled);
      unknown.addAll(severities.keySet());
      unknown.removeAll(rules.keySet());
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException(
            "ruleId: no rule was added with the id(s) " + unknown + " given to disable() or severity()");
      }
      List<Rule> enabled = new ArrayList<>();
      for (Rule rule : rules.values()) {
        if (!disabled.contains(rule.id())) {
          enabled.add(rule);
        }
      }
      return new Validator(enabled, severities, settings, parallel);
    }
  }
}
