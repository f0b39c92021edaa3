package org.crmmethod.core.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crmmethod.core.catalogue.MethodRoles;
import org.crmmethod.core.catalogue.StagedMethod;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.method.Role;
import org.crmmethod.core.organisation.Department;
import org.crmmethod.core.organisation.Stakeholder;
import org.crmmethod.core.organisation.Team;
import org.crmmethod.core.organisation.TeamPurpose;
import org.crmmethod.core.plan.Activity;
import org.crmmethod.core.plan.Deliverable;
import org.crmmethod.core.plan.DeliverableStatus;
import org.crmmethod.core.plan.Dependency;
import org.crmmethod.core.plan.DependencyType;
import org.crmmethod.core.plan.Lot;
import org.crmmethod.core.plan.Phase;
import org.crmmethod.core.plan.ProjectPlan;
import org.junit.jupiter.api.Test;

/**
 * The generator must give reproducible plans of the requested size that hold every rule the
 * validator checks, whatever the seed.
 */
class PlanGeneratorTest {
  private static final int SEEDS = 40;

  // ---- Reproducibility ----

  @Test
  void generate_sameSeed_equalPlans() {
    PlanGenerator generator = PlanGenerator.builder().lots(3).extraActivitiesPerLot(20).build();
    for (long seed = 0; seed < 5; seed++) {
      assertThat(generator.generate(new SplittableRandom(seed)))
          .isEqualTo(generator.generate(new SplittableRandom(seed)));
    }
  }

  @Test
  void generate_differentSeeds_differentPlans() {
    PlanGenerator generator = PlanGenerator.builder().build();
    Set<ProjectPlan> plans = new HashSet<>();
    Set<LocalDate> starts = new HashSet<>();
    for (long seed = 0; seed < 10; seed++) {
      ProjectPlan plan = generator.generate(new SplittableRandom(seed));
      plans.add(plan);
      starts.add(plan.context().startDate());
    }
    assertThat(plans).hasSize(10);
    assertThat(starts).hasSizeGreaterThan(1);
  }

  @Test
  void generate_otherRandomGenerator_reproducible() {
    RandomGeneratorFactory<RandomGenerator> factory = RandomGeneratorFactory.of("L64X128MixRandom");
    PlanGenerator generator = PlanGenerator.builder().lots(2).extraActivitiesPerLot(5).build();
    assertThat(generator.generate(factory.create(42)))
        .isEqualTo(generator.generate(factory.create(42)));
    assertThat(generator.generate(RandomGenerator.of("L64X128MixRandom")).lots()).hasSize(2);
  }

  @Test
  void generate_nullRandom_throws() {
    assertThatThrownBy(() -> PlanGenerator.minimal().generate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("random");
  }

  // ---- Sizes ----

  @Test
  void generate_sizes_followTheSettings() {
    for (int lots = 1; lots <= 4; lots++) {
      for (int extras : new int[] {0, 1, 7, 30}) {
        PlanGenerator generator =
            PlanGenerator.builder().lots(lots).extraActivitiesPerLot(extras).build();
        ProjectPlan plan = generator.generate(new SplittableRandom(lots * 100L + extras));
        long configuredOnly = plan.lots().stream().filter(Lot::configuredOnly).count();

        assertThat(plan.lots()).hasSize(lots);
        assertThat(plan.activities())
            .hasSize(
                PlanGenerator.PHASE_ACTIVITIES
                    + lots * (PlanGenerator.LOT_ACTIVITIES + extras)
                    - (int) configuredOnly)
            .hasSize(generator.maximumActivities() - (int) configuredOnly);
        assertThat(plan.activities().size())
            .isBetween(generator.minimumActivities(), generator.maximumActivities());
        for (Lot lot : plan.lots()) {
          assertThat(lot.workstreams()).hasSize((lot.configuredOnly() ? 4 : 5) + extras);
          assertThat(lot.steps()).hasSize(5);
        }
      }
    }
  }

  @Test
  void minimal_oneLotNoExtras() {
    PlanGenerator minimal = PlanGenerator.minimal();
    assertThat(minimal.lots()).isEqualTo(1);
    assertThat(minimal.extraActivitiesPerLot()).isZero();
    assertThat(minimal.maximumActivities()).isEqualTo(34);
    for (long seed = 0; seed < SEEDS; seed++) {
      ProjectPlan plan = minimal.generate(new SplittableRandom(seed));
      assertThat(plan.lots()).hasSize(1);
      assertValid(plan, 3);
    }
  }

  @Test
  void builder_defaults() {
    PlanGenerator generator = PlanGenerator.builder().build();
    assertThat(generator.lots()).isEqualTo(PlanGenerator.DEFAULT_LOTS).isEqualTo(2);
    assertThat(generator.extraActivitiesPerLot()).isZero();
    assertThat(generator.maxPredecessors()).isEqualTo(3);
    assertThat(generator.method()).isSameAs(StagedMethod.definition());
    assertThat(generator)
        .isEqualTo(PlanGenerator.builder().lots(2).build())
        .hasSameHashCodeAs(PlanGenerator.builder().lots(2).build())
        .isNotEqualTo(PlanGenerator.minimal())
        .hasToString("PlanGenerator{lots=2, extraActivitiesPerLot=0, maxPredecessors=3}");
  }

  @Test
  void withActivities_thousand_withinTenPercent() {
    PlanGenerator generator = PlanGenerator.withActivities(1_000);
    assertThat(generator.maximumActivities()).isBetween(900, 1_100);
    for (long seed = 0; seed < 5; seed++) {
      ProjectPlan plan = generator.generate(new SplittableRandom(seed));
      assertThat(plan.activities().size()).isBetween(900, 1_100);
      assertValid(plan, generator.maxPredecessors());
    }
  }

  @Test
  void withActivities_hundredThousand_withinTenPercentAndValid() {
    // The one large plan of the suite: its size, ids, references and acyclicity.
    PlanGenerator generator = PlanGenerator.withActivities(100_000);
    ProjectPlan plan = generator.generate(new SplittableRandom(100_000));
    List<Activity> activities = plan.activities();
    assertThat(activities.size()).isBetween(90_000, 110_000);
    assertUniqueIdsAndResolvedDependencies(activities);
    assertThat(topologicalOrder(activities)).hasSameSizeAs(activities);
  }

  @Test
  void withActivities_shapes_growWithTheTarget() {
    assertThat(PlanGenerator.withActivities(34)).isEqualTo(PlanGenerator.minimal());
    assertThat(PlanGenerator.withActivities(1_000).lots()).isEqualTo(3);
    assertThat(PlanGenerator.withActivities(10_000).lots()).isEqualTo(10);
    assertThat(PlanGenerator.withActivities(1_000_000).lots()).isEqualTo(100);
    for (int target : new int[] {50, 200, 500, 5_000, 40_000, 1_000_000, 10_000_000}) {
      PlanGenerator generator = PlanGenerator.withActivities(target);
      assertThat((double) generator.minimumActivities()).isBetween(target * 0.9, target * 1.1);
      assertThat((double) generator.maximumActivities()).isBetween(target * 0.9, target * 1.1);
    }
  }

  // ---- Validity ----

  @Test
  void generate_manySeedsAndShapes_holdTheMethodsRules() {
    for (long seed = 0; seed < SEEDS; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      int lots = 1 + random.nextInt(4);
      int extras = random.nextInt(25);
      int maxPredecessors = 1 + random.nextInt(3);
      PlanGenerator generator =
          PlanGenerator.builder()
              .lots(lots)
              .extraActivitiesPerLot(extras)
              .maxPredecessors(maxPredecessors)
              .build();
      assertValid(generator.generate(random), maxPredecessors);
    }
  }

  @Test
  void generate_allActivityIdsUnique_everyPredecessorResolves() {
    for (long seed = 0; seed < SEEDS; seed++) {
      ProjectPlan plan =
          PlanGenerator.builder()
              .lots(5)
              .extraActivitiesPerLot(50)
              .build()
              .generate(new SplittableRandom(seed));
      assertUniqueIdsAndResolvedDependencies(plan.activities());
    }
  }

  @Test
  void generate_dependencies_formNoCycle() {
    for (long seed = 0; seed < SEEDS; seed++) {
      ProjectPlan plan =
          PlanGenerator.builder()
              .lots(4)
              .extraActivitiesPerLot(100)
              .build()
              .generate(new SplittableRandom(seed));
      assertThat(topologicalOrder(plan.activities())).hasSameSizeAs(plan.activities());
    }
  }

  @Test
  void generate_configuredOnlyLots_haveNoSpecificDevelopment() {
    int configuredOnly = 0;
    int developed = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      ProjectPlan plan =
          PlanGenerator.builder()
              .lots(4)
              .extraActivitiesPerLot(15)
              .build()
              .generate(new SplittableRandom(seed));
      for (Lot lot : plan.lots()) {
        long development =
            lot.workstreams().stream()
                .filter(a -> a.kind() == ActivityKind.SPECIFIC_DEVELOPMENT)
                .count();
        if (lot.configuredOnly()) {
          configuredOnly++;
          assertThat(development).as("development in configured-only %s", lot.id()).isZero();
        } else {
          developed++;
          assertThat(development).isPositive();
        }
      }
    }
    assertThat(configuredOnly).isPositive();
    assertThat(developed).isPositive();
  }

  @Test
  void generate_smallShapes_lastNineToEighteenMonths() {
    for (long seed = 0; seed < SEEDS; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      PlanGenerator generator = PlanGenerator.builder().lots(1 + random.nextInt(3)).build();
      ProjectPlan plan = generator.generate(random);
      assertThat(mostLikelyFinish(plan)).as("seed %s", seed).isBetween(189.0, 378.0);
    }
  }

  // ---- Invalid settings ----

  @Test
  void builder_lotsBelowOne_throws() {
    assertThatThrownBy(() -> PlanGenerator.builder().lots(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lots")
        .hasMessageContaining("0");
  }

  @Test
  void builder_negativeExtraActivities_throws() {
    assertThatThrownBy(() -> PlanGenerator.builder().extraActivitiesPerLot(-3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("extraActivitiesPerLot")
        .hasMessageContaining("-3");
  }

  @Test
  void builder_maxPredecessorsOutOfRange_throws() {
    assertThatThrownBy(() -> PlanGenerator.builder().maxPredecessors(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxPredecessors")
        .hasMessageContaining("was 0");
    assertThatThrownBy(() -> PlanGenerator.builder().maxPredecessors(4).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxPredecessors")
        .hasMessageContaining("was 4");
  }

  @Test
  void builder_tooManyActivities_throws() {
    assertThatThrownBy(
            () -> PlanGenerator.builder().lots(100_000).extraActivitiesPerLot(100_000).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lots (100000)")
        .hasMessageContaining("extraActivitiesPerLot (100000)");
  }

  @Test
  void withActivities_belowTheMinimalShape_throws() {
    assertThatThrownBy(() -> PlanGenerator.withActivities(33))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("activities")
        .hasMessageContaining("33");
  }

  // ---- Checks ----

  /** Checks, one by one, the rules the validator holds generated plans to. */
  private static void assertValid(ProjectPlan plan, int maxPredecessors) {
    Method method = StagedMethod.definition();
    List<Activity> activities = plan.activities();
    Map<String, Activity> byId = new HashMap<>();
    activities.forEach(a -> byId.put(a.id(), a));

    // Ids unique across the plan, references resolved.
    assertUniqueIdsAndResolvedDependencies(activities);
    List<String> allIds = new ArrayList<>();
    activities.forEach(a -> allIds.add(a.id()));
    plan.lots().forEach(l -> allIds.add(l.id()));
    plan.deliverables().forEach(d -> allIds.add(d.id()));
    plan.stakeholders().forEach(s -> allIds.add(s.id()));
    plan.departments().forEach(d -> allIds.add(d.id()));
    plan.teams().forEach(t -> allIds.add(t.id()));
    plan.meetings().forEach(m -> allIds.add(m.id()));
    plan.kpis().forEach(k -> allIds.add(k.id()));
    plan.decisions().forEach(d -> allIds.add(d.id()));
    plan.objectives().forEach(o -> allIds.add(o.id()));
    assertThat(new HashSet<>(allIds)).hasSameSizeAs(allIds);

    Set<String> roles = method.roles().stream().map(Role::id).collect(Collectors.toSet());
    Set<String> stakeholders =
        plan.stakeholders().stream().map(Stakeholder::id).collect(Collectors.toSet());
    Set<String> departments =
        plan.departments().stream().map(Department::id).collect(Collectors.toSet());
    Set<String> phases = plan.phases().stream().map(Phase::id).collect(Collectors.toSet());
    assertThat(
            Stream.concat(
                activities.stream().flatMap(a -> a.roles().stream()),
                plan.stakeholders().stream().flatMap(s -> s.roles().stream())))
        .allSatisfy(role -> assertThat(roles).contains(role));
    assertThat(plan.teams())
        .allSatisfy(t -> assertThat(roles).containsAll(t.composition().keySet()));
    assertThat(activities)
        .flatExtracting(a -> List.copyOf(a.participants()))
        .allSatisfy(id -> assertThat(stakeholders).contains(id));
    assertThat(plan.teams())
        .flatExtracting(t -> List.copyOf(t.members()))
        .allSatisfy(id -> assertThat(stakeholders).contains(id));
    assertThat(plan.teams())
        .flatExtracting(t -> List.copyOf(t.departments()))
        .allSatisfy(id -> assertThat(departments).contains(id));
    assertThat(plan.meetings())
        .flatExtracting(m -> List.copyOf(m.attendees()))
        .allSatisfy(id -> assertThat(stakeholders).contains(id));
    assertThat(plan.stakeholders())
        .allSatisfy(s -> s.department().ifPresent(d -> assertThat(departments).contains(d)));
    assertThat(plan.kpis())
        .allSatisfy(
            k -> {
              assertThat(stakeholders).contains(k.owner().orElseThrow());
              assertThat(phases).contains(k.phase());
            });
    assertThat(plan.decisions())
        .allSatisfy(d -> assertThat(stakeholders).containsAll(d.decidedBy()));
    for (Deliverable deliverable : plan.deliverables()) {
      assertThat(method.deliverableType(deliverable.type())).isPresent();
      assertThat(phases).contains(deliverable.phase());
      assertThat(byId).containsKey(deliverable.producedBy().orElseThrow());
      assertThat(deliverable.status()).isEqualTo(DeliverableStatus.PLANNED);
      assertThat(deliverable.approvals()).isEmpty();
      assertThat(deliverable.sections())
          .containsAll(method.deliverableType(deliverable.type()).orElseThrow().requiredSections());
    }
    for (PhaseTemplate template : method.phases()) {
      assertThat(
              plan.deliverables().stream()
                  .filter(d -> d.phase().equals(template.id()))
                  .map(Deliverable::type))
          .containsAll(template.requiredDeliverables());
    }

    // Phases in the method's order, dates, estimates.
    assertThat(plan.method()).isEqualTo(StagedMethod.ID);
    assertThat(plan.phases())
        .extracting(p -> p.template().orElseThrow())
        .containsExactlyElementsOf(method.phases().stream().map(PhaseTemplate::id).toList());
    LocalDate start = plan.context().startDate();
    assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(start.getYear()).isBetween(2026, 2030);
    assertThat(plan.statusDate()).contains(start);
    assertThat(activities)
        .allSatisfy(a -> assertThat(a.estimate().pessimistic()).isLessThan(1_260));
    List<Activity> order = topologicalOrder(activities);
    assertThat(order).hasSameSizeAs(activities);

    // Lots: workstreams, steps and their links.
    Set<String> keyUsers =
        plan.stakeholders().stream()
            .filter(s -> s.roles().contains(MethodRoles.KEY_USER))
            .map(Stakeholder::id)
            .collect(Collectors.toSet());
    Set<String> strategy =
        plan.phase(StagedMethod.STRATEGY).orElseThrow().activities().stream()
            .map(Activity::id)
            .collect(Collectors.toSet());
    Set<String> afterSpecificationGate = descendants(activities, "P-GATE");
    Set<String> afterStrategy = descendants(activities, "S-GATE");
    Set<String> beforeDeploymentGate = ancestors(byId, "D-GATE");
    Set<String> beforeStrategyGate = ancestors(byId, "S-GATE");
    beforeStrategyGate.add("S-GATE");
    assertThat(beforeStrategyGate).containsAll(strategy);
    for (Lot lot : plan.lots()) {
      assertThat(lot.phase()).isEqualTo(StagedMethod.DEPLOYMENT);
      assertThat(lot.workstreams())
          .extracting(Activity::kind)
          .contains(
              ActivityKind.CONFIGURATION,
              ActivityKind.TESTS,
              ActivityKind.DATA_MIGRATION,
              ActivityKind.USER_PRESENTATIONS);
      assertThat(
              lot.workstreams().stream()
                  .anyMatch(a -> a.kind() == ActivityKind.SPECIFIC_DEVELOPMENT))
          .isEqualTo(!lot.configuredOnly());
      Set<String> lotWork =
          lot.workstreams().stream().map(Activity::id).collect(Collectors.toSet());
      Set<String> withSuccessor = new HashSet<>();
      for (int i = 0; i < lot.workstreams().size(); i++) {
        Activity work = lot.workstreams().get(i);
        assertThat(work.kind().workstream()).isPresent();
        assertThat(afterSpecificationGate).contains(work.id());
        work.dependencies().forEach(d -> withSuccessor.add(d.predecessor()));
        if (work.id().contains("-X")) {
          assertThat(work.dependencies()).hasSizeBetween(1, maxPredecessors);
          assertThat(work.dependencies())
              .extracting(Dependency::predecessor)
              .doesNotHaveDuplicates()
              .allSatisfy(p -> assertThat(lotWork).contains(p));
          assertThat(work.dependencies())
              .allSatisfy(
                  d -> {
                    assertThat(d.type())
                        .isIn(DependencyType.FINISH_TO_START, DependencyType.START_TO_START);
                    assertThat(d.lagDays()).isBetween(0.0, 5.0);
                  });
        }
      }
      Activity pre = lot.preAcceptance().orElseThrow().activity();
      Set<String> sinks = new HashSet<>(lotWork);
      sinks.removeAll(withSuccessor);
      assertThat(pre.dependencies())
          .allSatisfy(d -> assertThat(d.type()).isEqualTo(DependencyType.FINISH_TO_START));
      assertThat(pre.dependencies())
          .extracting(Dependency::predecessor)
          .containsExactlyInAnyOrderElementsOf(sinks);
      assertThat(lot.preAcceptance().orElseThrow().keyUsers()).isNotEmpty().isSubsetOf(keyUsers);
      assertThat(lot.training().orElseThrow().onRealData()).isTrue();
      assertThat(lot.training().orElseThrow().printedUserGuide()).isTrue();
      Activity training = lot.training().orElseThrow().activity();
      assertThat(training.dependencies()).containsExactly(Dependency.on(pre.id()));
      Activity cut = lot.cutOver().orElseThrow().activity();
      assertThat(lot.cutOver().orElseThrow().automatedImport()).isTrue();
      assertThat(lot.cutOver().orElseThrow().importReport()).isTrue();
      assertThat(cut.estimate().pessimistic()).isLessThanOrEqualTo(3);
      assertThat(cut.dependencies()).containsExactly(Dependency.on(training.id()));
      Activity care = lot.hypercare().orElseThrow().activity();
      assertThat(care.dependencies())
          .containsExactly(Dependency.of(cut.id(), DependencyType.FINISH_TO_START, 0));
      Activity fin = lot.finalAcceptance().orElseThrow().activity();
      assertThat(fin.dependencies())
          .anySatisfy(
              d -> {
                assertThat(d.predecessor()).isEqualTo(cut.id());
                assertThat(d.type()).isEqualTo(DependencyType.FINISH_TO_START);
                assertThat(d.lagDays()).isGreaterThanOrEqualTo(20);
              });
      assertThat(fin.dependencies()).extracting(Dependency::predecessor).contains(care.id());
      assertThat(beforeDeploymentGate).contains(training.id(), fin.id());
      assertThat(lot.activities()).allSatisfy(a -> assertThat(afterStrategy).contains(a.id()));
    }

    // Ordering rules of the phases.
    assertThat(activities)
        .filteredOn(a -> a.kind().isItWork())
        .allSatisfy(a -> assertThat(afterStrategy).contains(a.id()));
    assertThat(beforeDeploymentGate).contains("D-KPI");
    assertThat(ancestors(byId, "S-PRIO")).contains("S-OBJ");
    assertThat(ancestors(byId, "P-FS")).contains("A-OBJ");
    Set<String> dpo =
        plan.stakeholders().stream()
            .filter(s -> s.roles().contains(MethodRoles.DATA_PROTECTION_OFFICER))
            .map(Stakeholder::id)
            .collect(Collectors.toSet());
    Activity scoping = byId.get("P-DMS");
    assertThat(scoping.kind()).isEqualTo(ActivityKind.DATA_MIGRATION_SCOPING);
    assertThat(scoping.participants()).containsAnyElementsOf(dpo);
    assertThat(activities)
        .filteredOn(a -> a.kind() == ActivityKind.DATA_MIGRATION)
        .allSatisfy(a -> assertThat(ancestors(byId, a.id())).contains("P-DMS", "P-GATE"));

    // Organisation: departments take part, teams and champions as the method wants.
    Set<String> taking = new HashSet<>();
    activities.forEach(a -> taking.addAll(a.participants()));
    plan.teams().forEach(t -> taking.addAll(t.members()));
    Map<String, Stakeholder> people = new HashMap<>();
    plan.stakeholders().forEach(s -> people.put(s.id(), s));
    for (Department department : plan.departments()) {
      assertThat(taking)
          .as("leader of %s", department.id())
          .anySatisfy(
              id -> {
                Stakeholder s = people.get(id);
                assertThat(s.department()).contains(department.id());
                assertThat(s.roles()).containsAnyOf(MethodRoles.EXECUTIVE, MethodRoles.KEY_MANAGER);
              });
      if (department.customerFacing()) {
        assertThat(plan.teams())
            .flatExtracting(t -> List.copyOf(t.members()))
            .as("team member from %s", department.id())
            .anySatisfy(id -> assertThat(people.get(id).department()).contains(department.id()));
      }
    }
    List<Team> specification =
        plan.teams().stream().filter(t -> t.purpose() == TeamPurpose.SPECIFICATION).toList();
    assertThat(specification)
        .isNotEmpty()
        .allSatisfy(
            t -> {
              assertThat(t.size()).isBetween(6, 12);
              assertThat(t.composition())
                  .containsKeys(MethodRoles.DESIGNER, MethodRoles.PROSPECTIVE_USER);
              assertThat(t.members().size()).isLessThanOrEqualTo(t.size());
            });
    assertThat(plan.teams())
        .anySatisfy(t -> assertThat(t.purpose()).isEqualTo(TeamPurpose.STEERING));
    assertThat(plan.championsTeam().orElseThrow().isMultidisciplinary()).isTrue();
    assertThat(plan.championsTeam().orElseThrow().departments()).isSubsetOf(departments);
    assertThat(plan.championsTeam().orElseThrow().members()).isSubsetOf(stakeholders);
    assertThat(plan.meetings()).anySatisfy(m -> assertThat(m.minutes()).isPresent());
    assertThat(plan.kpis()).isNotEmpty();
    assertThat(plan.objectives()).isNotEmpty();
    assertThat(plan.decisions()).anySatisfy(d -> assertThat(d.id()).isEqualTo("DEC-APPROACH"));
  }

  private static void assertUniqueIdsAndResolvedDependencies(List<Activity> activities) {
    Set<String> ids = new HashSet<>(activities.size() * 2);
    for (Activity activity : activities) {
      assertThat(ids.add(activity.id())).as("id %s unique", activity.id()).isTrue();
    }
    for (Activity activity : activities) {
      for (Dependency dependency : activity.dependencies()) {
        if (!ids.contains(dependency.predecessor())) {
          throw new AssertionError(
              activity.id() + " waits for unknown " + dependency.predecessor());
        }
      }
    }
  }

  /** Kahn's algorithm, iterative: returns fewer activities than given when there is a cycle. */
  private static List<Activity> topologicalOrder(List<Activity> activities) {
    Map<String, Activity> byId = new HashMap<>(activities.size() * 2);
    Map<String, Integer> waiting = new HashMap<>(activities.size() * 2);
    Map<String, List<String>> successors = new HashMap<>(activities.size() * 2);
    for (Activity activity : activities) {
      byId.put(activity.id(), activity);
      waiting.put(activity.id(), activity.dependencies().size());
      for (Dependency dependency : activity.dependencies()) {
        successors
            .computeIfAbsent(dependency.predecessor(), id -> new ArrayList<>())
            .add(activity.id());
      }
    }
    ArrayDeque<String> ready = new ArrayDeque<>();
    for (Activity activity : activities) {
      if (activity.dependencies().isEmpty()) {
        ready.add(activity.id());
      }
    }
    List<Activity> order = new ArrayList<>(activities.size());
    while (!ready.isEmpty()) {
      String id = ready.poll();
      order.add(byId.get(id));
      for (String successor : successors.getOrDefault(id, List.of())) {
        if (waiting.merge(successor, -1, Integer::sum) == 0) {
          ready.add(successor);
        }
      }
    }
    return order;
  }

  /** The finish of the plan with most-likely durations, lags included, in working days. */
  private static double mostLikelyFinish(ProjectPlan plan) {
    Map<String, double[]> times = new HashMap<>();
    double finish = 0;
    for (Activity activity : topologicalOrder(plan.activities())) {
      double duration = activity.estimate().mostLikely();
      double start = 0;
      for (Dependency dependency : activity.dependencies()) {
        double[] predecessor = times.get(dependency.predecessor());
        double bound =
            switch (dependency.type()) {
              case FINISH_TO_START -> predecessor[1] + dependency.lagDays();
              case START_TO_START -> predecessor[0] + dependency.lagDays();
              case FINISH_TO_FINISH -> predecessor[1] + dependency.lagDays() - duration;
              case START_TO_FINISH -> predecessor[0] + dependency.lagDays() - duration;
            };
        start = Math.max(start, bound);
      }
      times.put(activity.id(), new double[] {start, start + duration});
      finish = Math.max(finish, start + duration);
    }
    return finish;
  }

  private static Set<String> ancestors(Map<String, Activity> byId, String id) {
    Set<String> seen = new HashSet<>();
    ArrayDeque<String> todo = new ArrayDeque<>(List.of(id));
    while (!todo.isEmpty()) {
      for (Dependency dependency : byId.get(todo.poll()).dependencies()) {
        if (seen.add(dependency.predecessor())) {
          todo.add(dependency.predecessor());
        }
      }
    }
    return seen;
  }

  private static Set<String> descendants(List<Activity> activities, String id) {
    Map<String, List<String>> successors = new HashMap<>();
    for (Activity activity : activities) {
      for (Dependency dependency : activity.dependencies()) {
        successors
            .computeIfAbsent(dependency.predecessor(), k -> new ArrayList<>())
            .add(activity.id());
      }
    }
    Set<String> seen = new HashSet<>();
    ArrayDeque<String> todo = new ArrayDeque<>(List.of(id));
    while (!todo.isEmpty()) {
      for (String successor : successors.getOrDefault(todo.poll(), List.of())) {
        if (seen.add(successor)) {
          todo.add(successor);
        }
      }
    }
    return seen;
  }

  @Test
  @org.junit.jupiter.api.DisplayName("F28-F33: every generated plan opens a readiness assessment of the catalogue at kick-off, owned by leaders")
  void generate_readinessAssessmentAtKickOff() {
    for (long seed = 0; seed < SEEDS; seed++) {
      ProjectPlan plan = PlanGenerator.builder().build().generate(new SplittableRandom(seed));
      org.crmmethod.core.readiness.ReadinessAssessment assessment = plan.readiness().orElseThrow();

      assertThat(assessment.questionnaire()).isEqualTo(org.crmmethod.core.catalogue.ReadinessCatalogue.ID);
      assertThat(assessment.assessedOn()).isEqualTo(plan.context().startDate());
      assertThat(assessment.answers()).hasSize(32);
      Set<String> owners = assessment.answers().stream().map(a -> a.owner()).collect(Collectors.toSet());
      assertThat(owners).containsExactlyInAnyOrder("CEO", "MR-HEAD", "OPS-DIR", "IT-DIR");
      assertThat(owners).allSatisfy(owner -> assertThat(plan.stakeholders()).anyMatch(s -> s.id().equals(owner)));
    }
  }
}
