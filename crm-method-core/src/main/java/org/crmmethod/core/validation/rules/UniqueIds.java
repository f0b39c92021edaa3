package org.crmmethod.core.validation.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.validation.FindingSink;
import org.crmmethod.core.validation.PlanPath;
import org.crmmethod.core.validation.Severity;
import org.crmmethod.core.validation.ValidationContext;

/** Every id is used once among the elements of its kind, and activity ids across the whole plan. */
final class UniqueIds extends BuiltInRule {
  UniqueIds() {
    super(BuiltInRules.UNIQUE_IDS, Severity.ERROR, "Ids are unique within their kind of element");
  }

  @Override
  public void check(ValidationContext context, FindingSink findings) {
    ProjectPlan plan = context.plan();
    Set<String> repeated = context.duplicateActivityIds();
    if (!repeated.isEmpty()) {
      Map<String, Integer> activityCounts = counts(context.activities(), activity -> activity.id());
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < context.activities().size(); i++) {
        String id = context.activities().get(i).id();
        if (repeated.contains(id) && !seen.add(id)) {
          findings.report(
              context.pathAt(i),
              "Activity id '" + id + "' is used by " + activityCounts.get(id)
                  + " activities; activity ids must be unique across all phases and lots",
              "Rename this activity and the dependencies that should point at it.");
        }
      }
    }
    checkList(findings, "phases", plan.phases(), phase -> phase.id());
    checkList(findings, "lots", plan.lots(), lot -> lot.id());
    checkList(findings, "deliverables", plan.deliverables(), deliverable -> deliverable.id());
    checkList(findings, "decisions", plan.decisions(), decision -> decision.id());
    checkList(findings, "departments", plan.departments(), department -> department.id());
    checkList(findings, "stakeholders", plan.stakeholders(), stakeholder -> stakeholder.id());
    checkList(findings, "teams", plan.teams(), team -> team.id());
    checkList(findings, "meetings", plan.meetings(), meeting -> meeting.id());
    checkList(findings, "kpis", plan.kpis(), kpi -> kpi.id());
    checkList(findings, "customerSegments", plan.customerSegments(), segment -> segment.id());
    checkList(findings, "objectives", plan.objectives(), objective -> objective.id());
  }

  private static <T> void checkList(
      FindingSink findings, String attribute, List<T> elements, Function<T, String> id) {
    counts(elements, id)
        .forEach(
            (key, count) -> {
              if (count > 1) {
                findings.report(
                    PlanPath.element(attribute, key),
                    "Id '" + key + "' is used by " + count + " elements of " + attribute
                        + "; each must have its own id");
              }
            });
  }

  private static <T> Map<String, Integer> counts(List<T> elements, Function<T, String> id) {
    Map<String, Integer> counts = new HashMap<>(elements.size() * 2);
    Map<String, Integer> repeated = new LinkedHashMap<>();
    for (T element : elements) {
      String key = id.apply(element);
      int count = counts.merge(key, 1, Integer::sum);
      if (count > 1) {
        repeated.put(key, count);
      }
    }
    return repeated;
  }
}
