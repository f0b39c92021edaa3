package org.crmmethod.core.generator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.random.RandomGenerator;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.plan.ProjectPlan;

/**
 * Draws random project plans that are valid by the rules of the built-in {@link StagedMethod}: the
 * same seed always gives an equal plan.
 *
 * <p>Every plan has the shape of the {@link PharmaReferencePlan}: the four phases with their
 * activities, gates and dependencies; the same deliverables, departments, kinds of stakeholders,
 * steering and specification teams (F08), champions team (F27), kick-off steering meeting with
 * minutes (F15), KPIs (F10), CRM objectives (F26), a readiness assessment opened at kick-off whose
 * answers executives and key managers own (F28-F33); and {@link #lots()} lots, each with its five
 * parallel workstreams (F14) and its five steps from pre-acceptance to final acceptance (F16-F20).
 * What is drawn: the company's name and industry, the start date (a Monday from 2026 to 2030),
 * every estimate (within about 20% above the reference plan's), team sizes, each lot's CRM modules,
 * key users and start link, the status of each readiness answer, whether a lot is configured only
 * (one lot in four on average; such a lot has no specific-development workstream), and {@link
 * #extraActivitiesPerLot()} further workstream activities per lot with their dependencies.
 *
 * <p>A plan holds {@value #PHASE_ACTIVITIES} phase activities and, per lot, {@value
 * #LOT_ACTIVITIES} activities (five workstreams and five steps) plus the extra ones, less one for
 * each configuration-only lot: between {@link #minimumActivities()} and {@link
 * #maximumActivities()}. With no extra activities and at most three lots, the most likely durations
 * add up to 9 to 18 months (F11); extra activities make a lot longer, slowly (their dependencies
 * are drawn uniformly among the lot's earlier work, so the longest chain grows with the logarithm
 * of their number).
 *
 * <p>Generation is iterative and linear in the number of activities, so plans of a million
 * activities are built in seconds without deep recursion. The generator draws only from the {@link
 * RandomGenerator} it is given, so it can be driven by any property-testing tool or a plain {@code
 * new SplittableRandom(seed)}; it keeps no reference to it once {@link #generate} returns.
 * Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * PlanGenerator generator = PlanGenerator.builder().lots(3).extraActivitiesPerLot(20).build();
 * ProjectPlan plan = generator.generate(new SplittableRandom(42));
 * }</pre>
 */
public final class PlanGenerator {
  /** The number of lots unless set. */
  public static final int DEFAULT_LOTS = 2;

  /** The number of extra workstream activities per lot unless set. */
  public static final int DEFAULT_EXTRA_ACTIVITIES_PER_LOT = 0;

  /** The most predecessors an extra activity may have, and the default. */
  public static final int MAX_PREDECESSORS_LIMIT = 3;

  /** The number of activities of the four phases outside any lot, gates included. */
  public static final int PHASE_ACTIVITIES = 24;

  /** The number of activities of a lot with no extra activity: five workstreams and five steps. */
  public static final int LOT_ACTIVITIES = 10;

  /** The most lots {@link #withActivities(int)} chooses. */
  static final int MOST_LOTS_FOR_A_TARGET = 100;

  /** The share of lots drawn as configuration-only (F14). */
  static final double CONFIGURED_ONLY_SHARE = 0.25;

  private static final PlanGenerator MINIMAL = builder().lots(1).extraActivitiesPerLot(0).build();

  private final int lots;
  private final int extraActivitiesPerLot;
  private final int maxPredecessors;

  private PlanGenerator(Builder builder) {
    this.lots = builder.lots;
    this.extraActivitiesPerLot = builder.extraActivitiesPerLot;
    this.maxPredecessors = builder.maxPredecessors;
  }

  /**
   * Starts building a generator, with every setting at its default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the generator of the smallest valid plan shape: one lot and no extra activity.
   *
   * @return a generator of 1 lot and no extra activity
   */
  public static PlanGenerator minimal() {
    return MINIMAL;
  }

  /**
   * Returns a generator whose plans hold about the given number of activities.
   *
   * <p>It takes {@code round(sqrt(activities) / 10)} lots, at least 1 and at most {@value
   * #MOST_LOTS_FOR_A_TARGET} (1 lot below 225 activities, 3 for 1,000, 10 for 10,000, 32 for
   * 100,000, 100 from 1,000,000 on), then the number of extra activities per lot that brings the
   * expected count, with one lot in four configuration-only, closest to the target. A drawn plan is
   * then within 1.25 activities per lot of the target (at most 125 activities away, well within 1%
   * from 1,000 activities on). Extra activities get up to {@value #MAX_PREDECESSORS_LIMIT}
   * predecessors each.
   *
   * @param activities the number of activities wanted, at least {@value #PHASE_ACTIVITIES} +
   *     {@value #LOT_ACTIVITIES} (the minimal shape)
   * @return a generator of about that many activities
   * @throws IllegalArgumentException when {@code activities} is below the minimal shape's count
   */
  public static PlanGenerator withActivities(int activities) {
    int smallest = PHASE_ACTIVITIES + LOT_ACTIVITIES;
    checkArgument(
        activities >= smallest,
        "activities must be at least %s (the minimal plan shape) but was %s",
        smallest,
        activities);
    int lots =
        (int) Math.max(1, Math.min(MOST_LOTS_FOR_A_TARGET, Math.round(Math.sqrt(activities) / 10)));
    double perLot = (double) (activities - PHASE_ACTIVITIES) / lots;
    int extras = (int) Math.max(0, Math.round(perLot - LOT_ACTIVITIES + CONFIGURED_ONLY_SHARE));
    return builder().lots(lots).extraActivitiesPerLot(extras).build();
  }

  /**
   * Draws a plan.
   *
   * @param random the source of randomness, e.g. {@code new SplittableRandom(seed)}; the same
   *     generator state always gives an equal plan
   * @return a plan valid by the rules of {@link #method()}
   */
  public ProjectPlan generate(RandomGenerator random) {
    checkNotNull(random, "random");
    return new PlanDraw(this, random).plan();
  }

  /**
   * Returns the method that generated plans follow.
   *
   * @return {@link StagedMethod#definition()}
   */
  public Method method() {
    return StagedMethod.definition();
  }

  /**
   * The number of lots of each plan.
   *
   * @return the number of lots, at least 1
   */
  public int lots() {
    return lots;
  }

  /**
   * The number of workstream activities each lot holds beyond its five required ones.
   *
   * @return the number of extra activities per lot, at least 0
   */
  public int extraActivitiesPerLot() {
    return extraActivitiesPerLot;
  }

  /**
   * The most predecessors an extra activity is given; each has between 1 and this many.
   *
   * @return the number of predecessors, from 1 to {@value #MAX_PREDECESSORS_LIMIT}
   */
  public int maxPredecessors() {
    return maxPredecessors;
  }

  /**
   * Returns the number of activities of a plan none of whose lots is configuration-only.
   *
   * @return {@value #PHASE_ACTIVITIES} + lots &times; ({@value #LOT_ACTIVITIES} + extra activities
   *     per lot), in activities
   */
  public int maximumActivities() {
    return Math.toIntExact(activityCount(lots, extraActivitiesPerLot));
  }

  /**
   * Returns the number of activities of a plan all of whose lots are configuration-only.
   *
   * @return {@link #maximumActivities()} less one per lot, in activities
   */
  public int minimumActivities() {
    return maximumActivities() - lots;
  }

  private static long activityCount(int lots, int extraActivitiesPerLot) {
    return PHASE_ACTIVITIES + (long) lots * (LOT_ACTIVITIES + (long) extraActivitiesPerLot);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PlanGenerator that
        && lots == that.lots
        && extraActivitiesPerLot == that.extraActivitiesPerLot
        && maxPredecessors == that.maxPredecessors;
  }

  @Override
  public int hashCode() {
    return (lots * 31 + extraActivitiesPerLot) * 31 + maxPredecessors;
  }

  @Override
  public String toString() {
    return "PlanGenerator{lots="
        + lots
        + ", extraActivitiesPerLot="
        + extraActivitiesPerLot
        + ", maxPredecessors="
        + maxPredecessors
        + "}";
  }

  /**
   * Builds {@link PlanGenerator} instances. Each setter rejects a bad value at once with an {@link
   * IllegalArgumentException} that names the setting and the value.
   */
  public static final class Builder {
    private int lots = DEFAULT_LOTS;
    private int extraActivitiesPerLot = DEFAULT_EXTRA_ACTIVITIES_PER_LOT;
    private int maxPredecessors = MAX_PREDECESSORS_LIMIT;

    private Builder() {}

    /**
     * Sets the number of lots of each plan.
     *
     * @param lots the number of lots, at least 1; {@value PlanGenerator#DEFAULT_LOTS} unless set
     * @return this builder
     * @throws IllegalArgumentException when {@code lots} is below 1
     */
    public Builder lots(int lots) {
      checkArgument(lots >= 1, "lots must be at least 1 but was %s", lots);
      this.lots = lots;
      return this;
    }

    /**
     * Sets the number of workstream activities each lot holds beyond its five required ones.
     *
     * @param extraActivitiesPerLot the number of extra activities per lot, at least 0; {@value
     *     PlanGenerator#DEFAULT_EXTRA_ACTIVITIES_PER_LOT} unless set
     * @return this builder
     * @throws IllegalArgumentException when {@code extraActivitiesPerLot} is negative
     */
    public Builder extraActivitiesPerLot(int extraActivitiesPerLot) {
      checkArgument(
          extraActivitiesPerLot >= 0,
          "extraActivitiesPerLot must be at least 0 but was %s",
          extraActivitiesPerLot);
      this.extraActivitiesPerLot = extraActivitiesPerLot;
      return this;
    }

    /**
     * Sets the most predecessors an extra activity is given; each gets between 1 and this many.
     *
     * @param maxPredecessors the number of predecessors, from 1 to {@value
     *     PlanGenerator#MAX_PREDECESSORS_LIMIT}; {@value PlanGenerator#MAX_PREDECESSORS_LIMIT}
     *     unless set
     * @return this builder
     * @throws IllegalArgumentException when {@code maxPredecessors} is outside 1 to {@value
     *     PlanGenerator#MAX_PREDECESSORS_LIMIT}
     */
    public Builder maxPredecessors(int maxPredecessors) {
      checkArgument(
          maxPredecessors >= 1 && maxPredecessors <= MAX_PREDECESSORS_LIMIT,
          "maxPredecessors must be between 1 and %s but was %s",
          MAX_PREDECESSORS_LIMIT,
          maxPredecessors);
      this.maxPredecessors = maxPredecessors;
      return this;
    }

    /**
     * Builds the generator.
     *
     * @return a generator with these settings
     * @throws IllegalArgumentException when the plans would hold more activities than a list can
     *     (over {@link Integer#MAX_VALUE}), naming both settings
     */
    public PlanGenerator build() {
      long activities = activityCount(lots, extraActivitiesPerLot);
      checkArgument(
          activities <= Integer.MAX_VALUE,
          "lots (%s) and extraActivitiesPerLot (%s) would make %s activities, more than %s",
          lots,
          extraActivitiesPerLot,
          activities,
          Integer.MAX_VALUE);
      return new PlanGenerator(this);
    }
  }
}
