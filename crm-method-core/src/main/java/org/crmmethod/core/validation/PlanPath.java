package org.crmmethod.core.validation;

/**
 * Builds the paths that findings use to point into a plan.
 *
 * <p>A path follows the plan's attribute names from the top: {@code .} between attributes, and
 * {@code [id]} to pick an element of a list by its id, or {@code [n]} by its position (from 0)
 * where the elements have no id. Examples: {@code phases[STRATEGY].activities[S-OBJ]}, {@code
 * lots[LOT-2].workstreams[L2-CONF]}, {@code lots[LOT-2].training.activity}, {@code
 * deliverables[D-SPEC].sections}, {@code gateDecisions[0]}. The empty path stands for the plan as a
 * whole. Because paths nest, every path under a lot starts with that lot's path, which is what
 * {@link ValidationReport#under(String)} relies on.
 */
public final class PlanPath {
  private PlanPath() {}

  /**
   * Returns the path of an element picked by id from a list attribute of the plan.
   *
   * @param attribute the plan's attribute, e.g. {@code deliverables}
   * @param id the element's id
   * @return e.g. {@code deliverables[D-SPEC]}
   */
  public static String element(String attribute, String id) {
    return attribute + "[" + id + "]";
  }

  /**
   * Returns the path of an element picked by position from a list attribute of the plan.
   *
   * @param attribute the plan's attribute, e.g. {@code gateDecisions}
   * @param index the element's position, from 0
   * @return e.g. {@code gateDecisions[0]}
   */
  public static String element(String attribute, int index) {
    return attribute + "[" + index + "]";
  }

  /**
   * Returns the path of a phase.
   *
   * @param id the phase id
   * @return e.g. {@code phases[STRATEGY]}
   */
  public static String phase(String id) {
    return element("phases", id);
  }

  /**
   * Returns the path of a lot.
   *
   * @param id the lot id
   * @return e.g. {@code lots[LOT-1]}
   */
  public static String lot(String id) {
    return element("lots", id);
  }

  /**
   * Returns the path of a deliverable.
   *
   * @param id the deliverable id
   * @return e.g. {@code deliverables[D-SPEC]}
   */
  public static String deliverable(String id) {
    return element("deliverables", id);
  }

  /**
   * Returns the path of a stakeholder.
   *
   * @param id the stakeholder id
   * @return e.g. {@code stakeholders[CEO]}
   */
  public static String stakeholder(String id) {
    return element("stakeholders", id);
  }

  /**
   * Returns the path of a department.
   *
   * @param id the department id
   * @return e.g. {@code departments[SALES]}
   */
  public static String department(String id) {
    return element("departments", id);
  }

  /**
   * Returns the path of a team.
   *
   * @param id the team id
   * @return e.g. {@code teams[SPEC-SFA]}
   */
  public static String team(String id) {
    return element("teams", id);
  }

  /**
   * Returns the path of a meeting.
   *
   * @param id the meeting id
   * @return e.g. {@code meetings[M-KICKOFF]}
   */
  public static String meeting(String id) {
    return element("meetings", id);
  }

  /**
   * Returns the path of a project decision.
   *
   * @param id the decision id
   * @return e.g. {@code decisions[DEC-APPROACH]}
   */
  public static String decision(String id) {
    return element("decisions", id);
  }

  /**
   * Returns the path of a requirement of the plan's fit-gap analysis.
   *
   * @param id the requirement id
   * @return e.g. {@code fitGap.requirements[R-KOL]}
   */
  public static String requirement(String id) {
    return "fitGap." + element("requirements", id);
  }

  /**
   * Returns the path of the answer to a question in the plan's readiness assessment.
   *
   * @param questionId the id of the question answered
   * @return e.g. {@code readiness.answers[DATA-08]}
   */
  public static String readinessAnswer(String questionId) {
    return "readiness." + element("answers", questionId);
  }

  /**
   * Appends an attribute to a path.
   *
   * @param path the path so far, possibly empty
   * @param attribute the attribute to append
   * @return e.g. {@code lots[LOT-1].training} for {@code lots[LOT-1]} and {@code training}
   */
  public static String child(String path, String attribute) {
    return path.isEmpty() ? attribute : path + "." + attribute;
  }
}
