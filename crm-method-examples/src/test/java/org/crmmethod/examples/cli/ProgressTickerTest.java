package org.crmmethod.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The ticker draws after its delay, in place, and wipes its line when closed. */
class ProgressTickerTest {

  @Test
  void close_beforeTheDelay_drawsNothing() {
    StringWriter err = new StringWriter();

    try (ProgressTicker ticker =
        ProgressTicker.start(new PrintWriter(err), "working", Duration.ofMinutes(1), Duration.ofMillis(10))) {
      assertThat(ticker.elapsed()).isLessThan(Duration.ofMinutes(1));
    }

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void afterTheDelay_drawsTheTaskAndTheTimeInPlace_andCloseWipesTheLine() throws InterruptedException {
    StringWriter err = new StringWriter();
    PrintWriter writer = new PrintWriter(err);

    try (ProgressTicker ticker = ProgressTicker.start(writer, "working", Duration.ZERO, Duration.ofMillis(1))) {
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (countDrawings(err, writer) < 2 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
    }

    String drawn = err.toString();
    assertThat(drawn).startsWith("\r| working: ").contains("\r/ working: ");
    assertThat(drawn).matches("(?s)(\r[|/\\\\-] working: \\d+\\.\\d s)+\r +\r");
  }

  private static long countDrawings(StringWriter err, PrintWriter writer) {
    synchronized (writer) {
      return err.toString().chars().filter(c -> c == '\r').count();
    }
  }
}
