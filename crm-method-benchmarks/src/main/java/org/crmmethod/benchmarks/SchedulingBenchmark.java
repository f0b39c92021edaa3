package org.crmmethod.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.crmmethod.core.catalogue.PharmaReferencePlan;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.DependencyType;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectContext;
import org.crmmethod.core.plan.ProjectPlan;
import org.crmmethod.core.plan.ThreePointEstimate;
import org.crmmethod.core.schedule.Schedule;
import org.crmmethod.core.schedule.ScheduledActivity;
import org.crmmethod.core.schedule.Scheduler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Schedules a network by the critical-path method, floats and critical path included, on the
 * French calendar: layered networks of 10,000, 100,000 and 1,000,000 activities (100 activities a
 * layer, each depending on 1 to 3 activities of the layer before, mostly finish-to-start), and a
 * chain of 1,000,000 activities. The plan is built once per trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class SchedulingBenchmark {
  /** The start of the generated plans: Monday 2027-01-04. */
  static final LocalDate START = LocalDate.of(2027, 1, 4);

  /** The network: {@code layered-N} or {@code chain-N}. */
  @Param({"layered-10000", "layered-100000", "layered-1000000", "chain-1000000"})
  public String network;

  private ProjectPlan plan;

  /** Builds the plan to schedule. */
  @Setup(Level.Trial)
  public void setUp() {
    String[] parts = network.split("-");
    int size = Integer.parseInt(parts[1]);
    plan = plan(parts[0].equals("chain") ? chain(size) : layered(size, 100, new SplittableRandom(42)));
  }

  /**
   * Schedules the plan and reads its critical path.
   *
   * @return the critical path, so that the work is not optimised away
   */
  @Benchmark
  public List<ScheduledActivity> schedule() {
    Schedule schedule = Scheduler.standard().schedule(plan);
    return schedule.criticalPath();
  }

  /**
   * A layered network: each activity after the first layer depends on 1 to 3 activities of the
   * layer before it.
   *
   * @param size the number of activities
   * @param width the number of activities in a layer
   * @param random the source of durations, links and lags
   * @return the activities
   */
  static List<Activity> layered(int size, int width, SplittableRandom random) {
    List<Activity> activities = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Activity.Builder activity = activity(i, 1 + random.nextInt(20));
      if (i >= width) {
        int layerStart = (i / width - 1) * width;
        int links = 1 + random.nextInt(3);
        for (int l = 0; l < links; l++) {
          int predecessor = layerStart + random.nextInt(width);
          DependencyType type = random.nextInt(10) < 8 ? DependencyType.FINISH_TO_START : DependencyType.START_TO_START;
          activity.addDependencies(Dependency.of("A" + predecessor, type, random.nextInt(3)));
        }
      }
      activities.add(activity.build());
    }
    return activities;
  }

  /**
   * A chain: each activity depends on the one before it.
   *
   * @param size the number of activities
   * @return the activities
   */
  static List<Activity> chain(int size) {
    List<Activity> activities = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Activity.Builder activity = activity(i, 1);
      if (i > 0) {
        activity.addDependencies(Dependency.on("A" + (i - 1)));
      }
      activities.add(activity.build());
    }
    return activities;
  }

  private static Activity.Builder activity(int index, double days) {
    return Activity.builder()
        .id("A" + index)
        .name("Activity " + index)
        .kind(ActivityKind.OTHER)
        .estimate(ThreePointEstimate.exactly(days));
  }

  /**
   * Wraps activities into a plan of one phase starting on Monday 2027-01-04 on the French
   * calendar.
   *
   * @param activities the activities
   * @return the plan
   */
  static ProjectPlan plan(List<Activity> activities) {
    ProjectPlan reference = PharmaReferencePlan.plan();
    return ProjectPlan.builder()
        .id("network")
        .name("Generated network")
        .method(reference.method())
        .context(ProjectContext.builder().from(reference.context()).startDate(START).calendar("FR").build())
        .addPhases(Phase.builder().id("NETWORK").name("Network").activities(activities).build())
        .build();
  }
}
