package org.crmmethod.core.catalogue;

import java.util.List;
import org.crmmethod.core.method.Role;

/** The roles the built-in methods refer to, with their ids as constants. */
public final class MethodRoles {
  /** General management, which approves the strategy and is told of reopened decisions (F06, F09). */
  public static final String GENERAL_MANAGEMENT = "GENERAL_MANAGEMENT";
  /** The steering committee (F15). */
  public static final String STEERING_COMMITTEE = "STEERING_COMMITTEE";
  /** The project manager on the company's side. */
  public static final String PROJECT_MANAGER = "PROJECT_MANAGER";
  /** An executive of a department concerned (F07, F33). */
  public static final String EXECUTIVE = "EXECUTIVE";
  /** A key manager of a department concerned (F21, F33). */
  public static final String KEY_MANAGER = "KEY_MANAGER";
  /** A key user who runs pre-acceptance (F16). */
  public static final String KEY_USER = "KEY_USER";
  /** A user representative of a population, met during the audit (F07). */
  public static final String REPRESENTATIVE_USER = "REPRESENTATIVE_USER";
  /** A prospective user who helps write the specification (F08). */
  public static final String PROSPECTIVE_USER = "PROSPECTIVE_USER";
  /** A designer of the solution (F08). */
  public static final String DESIGNER = "DESIGNER";
  /** Someone from a related department who takes part in the specification (F08). */
  public static final String RELATED_DEPARTMENT = "RELATED_DEPARTMENT";
  /** A customer who takes part in the specification (F08). */
  public static final String CUSTOMER_REPRESENTATIVE = "CUSTOMER_REPRESENTATIVE";
  /** An outside consultant (F12). */
  public static final String CONSULTANT = "CONSULTANT";
  /** The architect of the technical solution (F07). */
  public static final String IT_ARCHITECT = "IT_ARCHITECT";
  /** The integrator that configures, develops and migrates (F14). */
  public static final String INTEGRATOR = "INTEGRATOR";
  /** A trainer of users (F17). */
  public static final String TRAINER = "TRAINER";
  /** The support team that answers users after go-live (F19). */
  public static final String SUPPORT_TEAM = "SUPPORT_TEAM";
  /** The owner of a body of data to be migrated (F18, F30). */
  public static final String DATA_OWNER = "DATA_OWNER";
  /** The person who answers for compliance with personal-data law (F30). */
  public static final String DATA_PROTECTION_OFFICER = "DATA_PROTECTION_OFFICER";
  /** A member of the champions team (F27). */
  public static final String CHAMPION = "CHAMPION";

  private static final List<Role> ALL =
      List.of(
          Role.of(GENERAL_MANAGEMENT, "General management", "Sets the strategic objective, approves it and the budget, and is told when a decision is reopened."),
          Role.of(STEERING_COMMITTEE, "Steering committee", "Steers the project, decides at quality gates and keeps minutes of what matters."),
          Role.of(PROJECT_MANAGER, "Project manager", "Runs the project day to day on the company's side."),
          Role.of(EXECUTIVE, "Executive", "Heads a department concerned by the CRM and commits it to the project."),
          Role.of(KEY_MANAGER, "Key manager", "Manages a team concerned by the CRM and carries its buy-in."),
          Role.of(KEY_USER, "Key user", "Knows the business well enough to test the whole solution before it goes live."),
          Role.of(REPRESENTATIVE_USER, "Representative user", "Speaks for a population of users when expectations and obstacles are gathered."),
          Role.of(PROSPECTIVE_USER, "Prospective user", "Will use the CRM and helps specify it."),
          Role.of(DESIGNER, "Designer", "Designs the solution and writes the specifications."),
          Role.of(RELATED_DEPARTMENT, "Related department", "Represents a department that works with the CRM's users."),
          Role.of(CUSTOMER_REPRESENTATIVE, "Customer representative", "A customer who tells the project what customers want."),
          Role.of(CONSULTANT, "Consultant", "An outsider who helps rethink the organisation and run the method."),
          Role.of(IT_ARCHITECT, "IT architect", "Designs the technical architecture and its interfaces."),
          Role.of(INTEGRATOR, "Integrator", "Configures the package, develops what is specific and migrates the data."),
          Role.of(TRAINER, "Trainer", "Trains users on the validated solution."),
          Role.of(SUPPORT_TEAM, "Support team", "Answers users quickly once the solution is live."),
          Role.of(DATA_OWNER, "Data owner", "Answers for a body of customer data and its quality."),
          Role.of(DATA_PROTECTION_OFFICER, "Data protection officer", "Answers for compliance with personal-data law."),
          Role.of(CHAMPION, "Champion", "Keeps the customer culture alive long after deployment."));

  private MethodRoles() {}

  /**
   * Returns every built-in role.
   *
   * @return the roles, ids unique
   */
  public static List<Role> all() {
    return ALL;
  }
}
