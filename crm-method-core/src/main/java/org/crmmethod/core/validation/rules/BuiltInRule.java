package org.crmmethod.core.validation.rules;

import java.util.EnumSet;
import java.util.Set;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.validation.Rule;
import org.crmmethod.core.validation.Severity;

/** The common part of the built-in rules: their id, severity, title and facts. */
abstract class BuiltInRule implements Rule {
  private final String id;
  private final Severity severity;
  private final String title;
  private final Set<MethodFact> facts;

  BuiltInRule(String id, Severity severity, String title, MethodFact... facts) {
    this.id = id;
    this.severity = severity;
    this.title = title;
    this.facts = facts.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(facts[0], facts));
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity severity() {
    return severity;
  }

  @Override
  public final Set<MethodFact> facts() {
    return facts;
  }

  @Override
  public final String title() {
    return title;
  }

  @Override
  public String toString() {
    return id;
  }
}
