package org.crmmethod.examples.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows that a long computation is still running: a spinner and the time elapsed, redrawn in place
 * on one line of standard error by a daemon thread.
 *
 * <p>It is a ticker, not a progress bar: the Monte Carlo simulator reports no progress, and
 * running its iterations in chunks to measure progress would change the result (one run with a
 * seed draws from that seed and each iteration's index; chunks would need their own seeds). The
 * computation is left alone, so its result is the same with or without the ticker. Nothing is
 * drawn before {@code delay}, so quick runs print nothing; {@link #close()} wipes the line.
 */
final class ProgressTicker implements AutoCloseable {
  private static final String FRAMES = "|/-\\";

  private final PrintWriter err;
  private final String task;
  private final long delayNanos;
  private final long periodMillis;
  private final long started = System.nanoTime();
  private final Thread thread;
  private volatile boolean running = true;
  private int width;

  private ProgressTicker(PrintWriter err, String task, Duration delay, Duration period) {
    this.err = err;
    this.task = task;
    this.delayNanos = delay.toNanos();
    this.periodMillis = Math.max(1, period.toMillis());
    this.thread = new Thread(this::tick, "crm-planner-progress");
    thread.setDaemon(true);
  }

  /**
   * Starts a ticker.
   *
   * @param err where to draw, a terminal's standard error
   * @param task what is running, e.g. {@code forecasting 10000 iterations}
   * @param delay how long to wait before drawing anything
   * @param period how often to redraw
   * @return the running ticker; close it when the work is done
   */
  static ProgressTicker start(PrintWriter err, String task, Duration delay, Duration period) {
    ProgressTicker ticker = new ProgressTicker(err, task, delay, period);
    ticker.thread.start();
    return ticker;
  }

  /**
   * Returns the time since the ticker started.
   *
   * @return the elapsed time
   */
  Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - started);
  }

  private void tick() {
    try {
      Thread.sleep(delayNanos / 1_000_000, (int) (delayNanos % 1_000_000));
      for (int frame = 0; running; frame++) {
        draw(String.format(
            Locale.ROOT, "%c %s: %.1f s", FRAMES.charAt(frame % FRAMES.length()), task, seconds(elapsed())));
        Thread.sleep(periodMillis);
      }
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    }
  }

  private void draw(String line) {
    synchronized (err) {
      if (running) {
        err.print("\r" + line);
        err.flush();
        width = Math.max(width, line.length());
      }
    }
  }

  /**
   * Formats a duration in seconds.
   *
   * @param duration the duration
   * @return the seconds, fractional
   */
  static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  /** Stops the ticker and wipes its line, if it drew one. */
  @Override
  public void close() {
    synchronized (err) {
      running = false;
      if (width > 0) {
        err.print("\r" + " ".repeat(width) + "\r");
        err.flush();
      }
    }
    thread.interrupt();
    try {
      thread.join();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
