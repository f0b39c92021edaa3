package org.crmmethod.core.plan;

import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.value.Invariants;

/**
 * One of the steps that roll a lot out once its parallel work is done: pre-acceptance, training,
 * cut-over, hypercare and final acceptance (F16-F20). Each step is carried by one activity of the
 * matching kind, which is what schedules it.
 */
public interface LotStep {

  /**
   * The activity that carries the step in the schedule.
   *
   * @return the activity, whose kind matches the step
   */
  Activity activity();

  /**
   * Checks that a step's activity has the kind the step requires.
   *
   * @param type the simple name of the step type, for the message
   * @param activity the step's activity
   * @param expected the kind the step requires
   */
  static void checkKind(String type, Activity activity, ActivityKind expected) {
    Invariants.of(type)
        .require(
            activity.kind() == expected,
            "activity.kind",
            activity.kind(),
            "must be " + expected + " (activity '" + activity.id() + "')");
  }
}
