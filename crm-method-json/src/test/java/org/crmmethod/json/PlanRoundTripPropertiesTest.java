package org.crmmethod.json;

import static org.crmmethod.json.RoundTrips.assertRoundTrips;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.crmmethod.core.generator.PlanGenerator;
import org.crmmethod.core.plan.ProjectPlan;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The round-trip laws, {@code read(write(x)).equals(x)} and {@code write(read(write(x)))} equal to
 * {@code write(x)}, on random plans and on random values of every plan, organisation and
 * start-module type.
 */
class PlanRoundTripPropertiesTest {

  @Test
  void plansOfTheGeneratorRoundTrip() {
    qt().withExamples(120)
        .forAll(
            longs().all(),
            integers().between(1, 3),
            integers().between(0, 6),
            integers().between(1, PlanGenerator.MAX_PREDECESSORS_LIMIT))
        .checkAssert(
            (seed, lots, extra, predecessors) -> {
              ProjectPlan plan =
                  PlanGenerator.builder()
                      .lots(lots)
                      .extraActivitiesPerLot(extra)
                      .maxPredecessors(predecessors)
                      .build()
                      .generate(new SplittableRandom(seed));
              assertRoundTrips(plan, ProjectPlan.class);
            });
  }

  /** Plans whose every optional part is sometimes present, which the generator never fills. */
  @Test
  void plansWithEveryPartRoundTrip() {
    qt().withExamples(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> assertRoundTrips(new RandomModel(seed).projectPlan(), ProjectPlan.class));
  }

  @TestFactory
  Stream<DynamicTest> valuesOfEveryTypeRoundTripOnTheirOwn() {
    return RandomModel.byType().entrySet().stream()
        .map(
            entry ->
                DynamicTest.dynamicTest(
                    entry.getKey().getSimpleName(),
                    () ->
                        qt().withExamples(100)
                            .forAll(longs().all())
                            .checkAssert(
                                seed ->
                                    assertRoundTrips(
                                        entry.getValue().apply(new RandomModel(seed)),
                                        entry.getKey()))));
  }
}
