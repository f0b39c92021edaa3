package org.crmmethod.core.validation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.crmmethod.core.calendar.Calendars;
import org.crmmethod.core.calendar.PreparedCalendar;
import org.crmmethod.core.calendar.WorkingCalendar;
import org.crmmethod.core.catalogue.LotTemplates;
import org.crmmethod.core.catalogue.ReadinessCatalogue;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.network.ActivityNetwork;
import org.crmmethod.core.network.EarlyDates;
import org.crmmethod.core.organisation.Stakeholder;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Deliverable;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.LotStep;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.readiness.ReadinessQuestionnaire;

/**
 * What a rule sees: the plan, its method and the settings, with the lookups most rules need
 * computed once per validation.
 *
 * <p>Lookups by id answer for the first element with that id, as the rest of the library does;
 * duplicate ids are reported by a rule of their own. The early dates come from a forward pass over
 * the activities' most likely estimates, in working days from the project's start; they exist only
 * when the dependencies have no cycle. Building a context is linear in the size of the plan.
 */
public final class ValidationContext {
  /** The distance from the start, in calendar days, up to which dates are counted exactly. */
  private static final long EXACT_SPAN_DAYS = 100L * 366;

  private static final String[] STEP_ATTRIBUTES = {
    "preAcceptance", "training", "cutOver", "hypercare", "finalAcceptance"
  };

  private final ProjectPlan plan;
  private final Method method;
  private final ValidationSettings settings;
  private final List<Activity> activities;
  private final ActivityNetwork network;
  private final EarlyDates earlyDates;
  /** For each node: the phase index, or -(lot index + 1). */
  private final int[] container;
  /** For each node: the index in its phase or lot's workstreams, or -(step position + 1). */
  private final int[] slot;
  /** For each node: the index of the plan phase it belongs to, directly or through its lot; -1. */
  private final int[] phaseOfNode;
  /** For each lot: the node of its first workstream. */
  private final int[] lotStart;
  private final Map<String, Stakeholder> stakeholders;
  private final Map<String, List<Deliverable>> deliverablesByType;
  /** The nodes sorted by kind; those of kind k are at [kindStart[k], kindStart[k + 1]). */
  private final int[] nodesByKind;
  private final int[] kindStart;
  private final Map<String, Phase> phasesByTemplate;
  /** The plan's working calendar, or the generic one when the library does not know it. */
  private final WorkingCalendar calendar;

  ValidationContext(ProjectPlan plan, Method method, ValidationSettings settings) {
    this.plan = plan;
    this.method = method;
    this.settings = settings;
    int count = 0;
    for (Phase phase : plan.phases()) {
      count += phase.activities().size();
    }
    for (Lot lot : plan.lots()) {
      count += lot.workstreams().size() + lot.steps().size();
    }
    List<Activity> all = new ArrayList<>(count);
    this.container = new int[count];
    this.slot = new int[count];
    this.phaseOfNode = new int[count];
    this.lotStart = new int[plan.lots().size()];
    Map<String, Integer> phasePositions = new HashMap<>();
    for (int p = 0; p < plan.phases().size(); p++) {
      phasePositions.putIfAbsent(plan.phases().get(p).id(), p);
      List<Activity> own = plan.phases().get(p).activities();
      for (int i = 0; i < own.size(); i++) {
        place(all, own.get(i), p, i, p);
      }
    }
    for (int l = 0; l < plan.lots().size(); l++) {
      Lot lot = plan.lots().get(l);
      int phase = phasePositions.getOrDefault(lot.phase(), -1);
      lotStart[l] = all.size();
      for (int i = 0; i < lot.workstreams().size(); i++) {
        place(all, lot.workstreams().get(i), -(l + 1), i, phase);
      }
      List<Optional<? extends LotStep>> steps =
          List.of(
              lot.preAcceptance(), lot.training(), lot.cutOver(), lot.hypercare(), lot.finalAcceptance());
      for (int s = 0; s < steps.size(); s++) {
        if (steps.get(s).isPresent()) {
          place(all, steps.get(s).get().activity(), -(l + 1), -(s + 1), phase);
        }
      }
    }
    this.activities = Collections.unmodifiableList(all);
    this.network = ActivityNetwork.compile(all);
    this.earlyDates = network.isAcyclic() ? network.forwardPass(network.mostLikelyDurations()) : null;

    this.stakeholders = new HashMap<>();
    for (Stakeholder stakeholder : plan.stakeholders()) {
      stakeholders.putIfAbsent(stakeholder.id(), stakeholder);
    }
    this.deliverablesByType = new HashMap<>();
    for (Deliverable deliverable : plan.deliverables()) {
      deliverablesByType.computeIfAbsent(deliverable.type(), type -> new ArrayList<>()).add(deliverable);
    }
    // A counting sort of the nodes by kind, so that each kind's activities are a slice of one array.
    int kinds = ActivityKind.values().length;
    this.kindStart = new int[kinds + 1];
    for (int node = 0; node < count; node++) {
      kindStart[all.get(node).kind().ordinal() + 1]++;
    }
    for (int k = 0; k < kinds; k++) {
      kindStart[k + 1] += kindStart[k];
    }
    this.nodesByKind = new int[count];
    int[] fill = Arrays.copyOf(kindStart, kinds);
    for (int node = 0; node < count; node++) {
      nodesByKind[fill[all.get(node).kind().ordinal()]++] = node;
    }
    this.calendar = Calendars.byId(plan.context().calendar()).orElseGet(Calendars::generic);
    this.phasesByTemplate = new HashMap<>();
    for (Phase phase : plan.phases()) {
      phase.template().ifPresent(template -> phasesByTemplate.putIfAbsent(template, phase));
    }
  }

  private void place(List<Activity> all, Activity activity, int holder, int position, int phase) {
    int node = all.size();
    all.add(activity);
    container[node] = holder;
    slot[node] = position;
    phaseOfNode[node] = phase;
  }

  /**
   * Returns the plan under validation.
   *
   * @return the plan
   */
  public ProjectPlan plan() {
    return plan;
  }

  /**
   * Returns the method the plan is checked against.
   *
   * @return the method
   */
  public Method method() {
    return method;
  }

  /**
   * Returns the settings in force.
   *
   * @return the settings
   */
  public ValidationSettings settings() {
    return settings;
  }

  /**
   * Returns every activity of the plan: each phase's, then each lot's workstreams and steps.
   *
   * @return the activities, in that order
   */
  public List<Activity> activities() {
    return activities;
  }

  /**
   * Finds an activity by id.
   *
   * @param id the activity id
   * @return the first activity with that id, or empty
   */
  public Optional<Activity> activity(String id) {
    int node = network.node(id);
    return node < 0 ? Optional.empty() : Optional.of(activities.get(node));
  }

  /**
   * Returns the activities of a kind.
   *
   * @param kind the kind
   * @return the activities of that kind, in plan order
   */
  public List<Activity> activitiesOfKind(ActivityKind kind) {
    int from = kindStart[kind.ordinal()];
    int to = kindStart[kind.ordinal() + 1];
    return new AbstractList<>() {
      @Override
      public Activity get(int index) {
        return activities.get(nodesByKind[from + Objects.checkIndex(index, to - from)]);
      }

      @Override
      public int size() {
        return to - from;
      }
    };
  }

  /**
   * Returns the position in {@link #activities()} of the first activity with an id.
   *
   * @param id the activity id
   * @return the index, or -1 when no activity has that id
   */
  public int indexOf(String id) {
    return network.node(id);
  }

  /**
   * Returns the position in {@link #activities()} of a lot's first workstream. A lot's workstreams
   * follow each other from there, then its steps (pre-acceptance, training, cut-over, hypercare,
   * final acceptance, those it has).
   *
   * @param lotPosition the lot's position in the plan's lots
   * @return the index of its first activity
   */
  public int firstActivityIndex(int lotPosition) {
    return lotStart[lotPosition];
  }

  /**
   * Returns the path of the first activity with an id.
   *
   * @param id the activity id
   * @return e.g. {@code phases[STRATEGY].activities[S-OBJ]} or {@code lots[LOT-1].training.activity};
   *     the empty path when no activity has that id
   */
  public String pathOf(String id) {
    int node = network.node(id);
    return node < 0 ? "" : pathAt(node);
  }

  /**
   * Returns the path of the activity at a position in {@link #activities()}.
   *
   * @param index the position
   * @return e.g. {@code lots[LOT-1].workstreams[L1-CONF]}
   */
  public String pathAt(int index) {
    String id = activities.get(index).id();
    if (container[index] >= 0) {
      Phase phase = plan.phases().get(container[index]);
      return PlanPath.phase(phase.id()) + "." + PlanPath.element("activities", id);
    }
    Lot lot = plan.lots().get(-container[index] - 1);
    if (slot[index] >= 0) {
      return PlanPath.lot(lot.id()) + "." + PlanPath.element("workstreams", id);
    }
    return PlanPath.lot(lot.id()) + "." + STEP_ATTRIBUTES[-slot[index] - 1] + ".activity";
  }

  /**
   * Returns the plan phase an activity belongs to: its own phase, or its lot's phase.
   *
   * @param id the activity id
   * @return the phase, or empty when no activity has that id or its lot names no phase of the plan
   */
  public Optional<Phase> phaseOf(String id) {
    int node = network.node(id);
    return node < 0 ? Optional.empty() : phaseAt(node);
  }

  /**
   * Returns the plan phase of the activity at a position in {@link #activities()}.
   *
   * @param index the position
   * @return the phase, or empty when the activity's lot names no phase of the plan
   */
  public Optional<Phase> phaseAt(int index) {
    return phaseOfNode[index] < 0 ? Optional.empty() : Optional.of(plan.phases().get(phaseOfNode[index]));
  }

  /**
   * Returns the position in the plan's phases of the phase of the activity at a position in {@link
   * #activities()}: its own phase, or its lot's.
   *
   * @param index the activity's position
   * @return the phase's position, or -1 when the activity's lot names no phase of the plan
   */
  public int phaseIndexAt(int index) {
    return phaseOfNode[index];
  }

  /**
   * Returns the lot an activity belongs to.
   *
   * @param id the activity id
   * @return the lot, or empty for an activity of a phase or an unknown id
   */
  public Optional<Lot> lotOf(String id) {
    int node = network.node(id);
    return node < 0 || container[node] >= 0
        ? Optional.empty()
        : Optional.of(plan.lots().get(-container[node] - 1));
  }

  /**
   * Returns the ids that more than one activity uses.
   *
   * @return the repeated ids, in the order their second use appears
   */
  public Set<String> duplicateActivityIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (int node : network.duplicateNodes()) {
      ids.add(activities.get(node).id());
    }
    return ids;
  }

  /**
   * Returns the ids of the activities with a dependency on an activity that does not exist.
   *
   * @return those activity ids, in plan order
   */
  public Set<String> activitiesWithUnresolvedDependencies() {
    Set<String> ids = new LinkedHashSet<>();
    network.unresolvedLinks().forEach(link -> ids.add(link.activity()));
    return ids;
  }

  /**
   * Returns the first plan phase that follows a phase template of the method.
   *
   * @param templateId the id of the method's phase template
   * @return the plan phase, or empty when the plan has none
   */
  public Optional<Phase> phaseFollowing(String templateId) {
    return Optional.ofNullable(phasesByTemplate.get(templateId));
  }

  /**
   * Returns the method's template of a plan phase.
   *
   * @param phase the plan phase
   * @return the template, or empty when the phase names none or one the method does not define
   */
  public Optional<PhaseTemplate> templateOf(Phase phase) {
    return phase.template().flatMap(method::phase);
  }

  /**
   * Returns the plan phase that follows the first method phase planning a kind of activity, e.g.
   * the strategy phase for {@link ActivityKind#STRATEGIC_OBJECTIVE}.
   *
   * @param kind the activity kind
   * @return the plan phase, or empty when the method plans no such work or the plan has no such
   *     phase
   */
  public Optional<Phase> phasePlanning(ActivityKind kind) {
    return method.phasePlanning(kind).flatMap(template -> phaseFollowing(template.id()));
  }

  /**
   * Returns the latest early finish of some activities.
   *
   * @param some the activities
   * @return the latest early finish, in working days; empty when there is no activity or the
   *     dependencies have a cycle
   */
  public OptionalDouble latestFinish(Collection<Activity> some) {
    if (earlyDates == null || some.isEmpty()) {
      return OptionalDouble.empty();
    }
    double latest = Double.NEGATIVE_INFINITY;
    for (Activity activity : some) {
      latest = Math.max(latest, earlyDates.finish(network.node(activity.id())));
    }
    return OptionalDouble.of(latest);
  }

  /**
   * Returns the plan's deliverables of a type.
   *
   * @param typeId the id of the method's deliverable type
   * @return the deliverables, in plan order
   */
  public List<Deliverable> deliverablesOfType(String typeId) {
    return Collections.unmodifiableList(deliverablesByType.getOrDefault(typeId, List.of()));
  }

  /**
   * Finds a stakeholder by id.
   *
   * @param id the stakeholder id
   * @return the first stakeholder with that id, or empty
   */
  public Optional<Stakeholder> stakeholder(String id) {
    return Optional.ofNullable(stakeholders.get(id));
  }

  /**
   * Tells whether a stakeholder of the plan holds a role.
   *
   * @param stakeholderId the stakeholder id
   * @param roleId the role id
   * @return true when the stakeholder exists and holds the role
   */
  public boolean holdsRole(String stakeholderId, String roleId) {
    Stakeholder stakeholder = stakeholders.get(stakeholderId);
    return stakeholder != null && stakeholder.roles().contains(roleId);
  }

  /**
   * Tells whether any of some stakeholders holds one of some roles.
   *
   * @param stakeholderIds the stakeholder ids
   * @param roleIds the role ids
   * @return true when at least one of the stakeholders holds at least one of the roles
   */
  public boolean anyHoldsRole(Set<String> stakeholderIds, Set<String> roleIds) {
    for (String id : stakeholderIds) {
      Stakeholder stakeholder = stakeholders.get(id);
      if (stakeholder != null && !Collections.disjoint(stakeholder.roles(), roleIds)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether the plan's dependencies have no cycle, so that early dates exist.
   *
   * @return true when early dates are available
   */
  public boolean isScheduled() {
    return earlyDates != null;
  }

  /**
   * Returns an activity's early start under its most likely estimate.
   *
   * @param id the activity id
   * @return the early start, in working days from the project's start; empty when the activity is
   *     unknown or the dependencies have a cycle
   */
  public OptionalDouble earlyStart(String id) {
    int node = network.node(id);
    return earlyDates == null || node < 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(earlyDates.start(node));
  }

  /**
   * Returns an activity's early finish under its most likely estimate.
   *
   * @param id the activity id
   * @return the early finish, in working days from the project's start; empty when the activity
   *     is unknown or the dependencies have a cycle
   */
  public OptionalDouble earlyFinish(String id) {
    int node = network.node(id);
    return earlyDates == null || node < 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(earlyDates.finish(node));
  }

  /**
   * Returns the early start of the activity at a position in {@link #activities()}.
   *
   * @param index the position
   * @return the early start, in working days from the project's start
   * @throws IllegalStateException when the dependencies have a cycle (see {@link #isScheduled()})
   */
  public double earlyStartAt(int index) {
    return scheduled().start(index);
  }

  /**
   * Returns the early finish of the activity at a position in {@link #activities()}.
   *
   * @param index the position
   * @return the early finish, in working days from the project's start
   * @throws IllegalStateException when the dependencies have a cycle (see {@link #isScheduled()})
   */
  public double earlyFinishAt(int index) {
    return scheduled().finish(index);
  }

  private EarlyDates scheduled() {
    if (earlyDates == null) {
      throw new IllegalStateException("The plan's dependencies have a cycle: it has no early dates");
    }
    return earlyDates;
  }

  /**
   * Returns the plan's duration under the most likely estimates: the latest early finish.
   *
   * @return the duration, in working days; empty when the dependencies have a cycle
   */
  public OptionalDouble plannedDuration() {
    return earlyDates == null ? OptionalDouble.empty() : OptionalDouble.of(earlyDates.projectFinish());
  }

  /**
   * Returns the dependency cycles of the plan.
   *
   * @return each cycle as activity ids, the first repeated at the end; empty when there is none
   */
  public List<List<String>> dependencyCycles() {
    return network.cycles();
  }

  /**
   * Returns the questionnaire the plan's readiness assessment answers, among those the library
   * knows (the {@link ReadinessCatalogue}'s).
   *
   * @return the questionnaire, or empty when the plan has no assessment or its questionnaire is
   *     unknown
   */
  public Optional<ReadinessQuestionnaire> readinessQuestionnaire() {
    return plan.readiness().flatMap(assessment -> ReadinessCatalogue.byId(assessment.questionnaire()));
  }

  /**
   * Counts the working days from the project's start up to a date, so that dates compare with
   * early dates: an activity whose early start is {@code s} starts before the date exactly when
   * {@code s < workingDaysUntil(date)}.
   *
   * <p>Days are counted on the calendar the plan's context names, or Monday to Friday ({@link
   * Calendars#generic()}) when the library does not know it. A date more than a century from the
   * start, or in a year whose Easter the calendar cannot place, is counted at five working days in
   * seven: so far out, a day more or less changes no comparison.
   *
   * @param date the date
   * @return the working days in {@code [start, date)}; for a date before the start, minus those in
   *     {@code [date, start)}
   */
  public long workingDaysUntil(LocalDate date) {
    LocalDate start = plan.context().startDate();
    long days = ChronoUnit.DAYS.between(start, date);
    if (Math.abs(days) <= EXACT_SPAN_DAYS) {
      try {
        PreparedCalendar span = calendar.prepare(days >= 0 ? start : date, days >= 0 ? date : start);
        return span.workingDaysBetween(start, date);
      } catch (IllegalArgumentException outsideKnownYears) {
        // Easter-relative holidays are only known for some centuries; count by weeks instead.
      }
    }
    return Math.floorDiv(days * 5, 7);
  }

  /**
   * Returns the minimum period of real use before final acceptance (F20): the settings' figure if
   * set, else the method's lot template's, else 4 weeks.
   *
   * @return the period, in weeks of 5 working days
   */
  public int minimumRealUseWeeks() {
    return settings
        .minimumRealUseWeeks()
        .orElseGet(
            () -> method.lotTemplate().map(template -> template.minimumRealUseWeeks()).orElse(LotTemplates.DEFAULT_MINIMUM_REAL_USE_WEEKS));
  }
}
