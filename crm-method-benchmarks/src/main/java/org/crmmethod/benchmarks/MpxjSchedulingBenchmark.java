package org.crmmethod.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.crmmethod.core.calendar.Calendars;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.schedule.Scheduler;
import org.mpxj.Task;
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
 * The peer of {@link SchedulingBenchmark}: the same networks, built by the same generator with the
 * same seed, scheduled by MPXJ's {@link org.mpxj.cpm.MicrosoftScheduler} (see {@link MpxjPeer}),
 * with every task's total slack read, so that MPXJ computes early and late dates and floats as
 * ours does.
 *
 * <p><b>Sizes.</b> Only the layered network of 10,000 activities is a default parameter. MPXJ
 * 14.3.4, with a 12 GB heap on our 2-core machines, took about 85 to 110 s for one operation on
 * the layered network of 100,000 activities (12 to 37 s scheduling, the rest reading the slack),
 * and was still in its forward pass after 14 minutes on the chain of 1,000,000; the layered network
 * of 1,000,000 was not tried. Its time grows
 * about quadratically: {@code ProjectCalendar.getWork} caches working time in a {@code WeakHashMap}
 * keyed by {@code LocalDateTimeRange}, whose hash XORs the start and end epoch seconds, so ranges
 * of the same shape on different days collide (some 150 to 300 distinct hashes over 100,000 days),
 * and every date calculation walks a chain that grows with the schedule until a garbage collection
 * clears it; the slack is also counted day by day over the span between early and late dates.
 * Other sizes can be given with {@code -p network=...}, for this benchmark and ours alike.
 *
 * <p>MPXJ's scheduler writes into the project it schedules, and MPXJ caches slack and working-time
 * sums in the tasks and the calendar. So that each measured call does all the work from a project
 * never scheduled, as ours does from a plan, every invocation gets a freshly built project: the
 * conversion into MPXJ's model happens in an untimed per-invocation setup, and only the scheduling
 * and the reading of the slack are timed (building our {@code ActivityNetwork} from the plan is
 * inside our timed call, so this errs in MPXJ's favour).
 *
 * <p>The MPXJ calendar holds the French holidays up to the year after our schedule's finish, as
 * the agreement test does. The heap is the same as {@link SchedulingBenchmark}'s (MPXJ's
 * speed depends on it, through the cache above). MPXJ orders the tasks by a recursive depth-first
 * search, a stack frame per task along the longest chain of successors, hence the large thread
 * stack for chains.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Xss1g"})
public class MpxjSchedulingBenchmark {
  /** The network: {@code layered-N} or {@code chain-N}. */
  @Param({"layered-10000"})
  public String network;

  private List<Activity> activities;
  private int lastYear;
  private MpxjPeer peer;

  /** Builds the activities, and finds the last year the MPXJ calendar needs holidays for. */
  @Setup(Level.Trial)
  public void setUp() {
    String[] parts = network.split("-");
    int size = Integer.parseInt(parts[1]);
    activities = parts[0].equals("chain")
        ? SchedulingBenchmark.chain(size)
        : SchedulingBenchmark.layered(size, 100, new SplittableRandom(42));
    lastYear = Scheduler.standard().schedule(SchedulingBenchmark.plan(activities)).finishDate().getYear() + 1;
  }

  /** Builds a project never scheduled for the next invocation. */
  @Setup(Level.Invocation)
  public void freshProject() {
    peer = null;
    peer = MpxjPeer.of(activities, SchedulingBenchmark.START, Calendars.france(), lastYear);
  }

  /**
   * Schedules the project with MPXJ and reads every task's total slack.
   *
   * @return the sum of the slacks, so that the work is not optimised away
   */
  @Benchmark
  public double schedule() {
    peer.schedule();
    double slack = 0;
    for (Task task : peer.tasks()) {
      slack += peer.totalSlackDays(task);
    }
    return slack;
  }
}
