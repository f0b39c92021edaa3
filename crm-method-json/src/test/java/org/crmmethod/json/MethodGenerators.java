package org.crmmethod.json;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmmethod.core.calendar.WorkingCalendar;
import org.crmmethod.core.catalogue.ReadinessCatalogue;
import org.crmmethod.core.method.ActivityKind;
import org.crmmethod.core.method.Approach;
import org.crmmethod.core.method.DeliverableType;
import org.crmmethod.core.method.DurationRange;
import org.crmmethod.core.method.DurationUnit;
import org.crmmethod.core.method.LotStepTemplate;
import org.crmmethod.core.method.LotTemplate;
import org.crmmethod.core.method.Method;
import org.crmmethod.core.method.MethodFact;
import org.crmmethod.core.method.PhaseTemplate;
import org.crmmethod.core.method.QualityGate;
import org.crmmethod.core.method.Role;
import org.crmmethod.core.method.TeamNorm;
import org.crmmethod.core.method.TimelineNorms;
import org.crmmethod.core.method.WorkstreamKind;
import org.crmmethod.core.organisation.TeamPurpose;
import org.crmmethod.core.readiness.ReadinessGroup;
import org.crmmethod.core.readiness.ReadinessQuestion;
import org.crmmethod.core.readiness.ReadinessQuestionnaire;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of valid methods, method parts, readiness questionnaires and working
 * calendars, for the round-trip properties of the wire format.
 *
 * <p>A method is a variation of a catalogue method: it keeps the identifiers of the catalogue's
 * phases, roles, deliverable types and gates (adding a few of its own), keeps a random ordered
 * subset of the phases, and draws everything else (texts, durations, flags, references, team
 * norms, lot template, norms, facts) at random among values the model accepts. Texts mix quotes,
 * backslashes, control characters, line separators, the Turkish dotted and dotless i and
 * characters outside the Basic Multilingual Plane.
 */
final class MethodGenerators {

  private static final String ID_FIRST =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String ID_REST = ID_FIRST + "._-";

  private static final List<String> TEXT_PIECES =
      List.of(
          "Key users",
          "İstanbul ılık TITLE",
          "é à ç ß",
          "\"quoted\"",
          "back\\slash",
          "tab\there",
          "two\nlines",
          "control \u0001\u001f",
          "emoji \uD83D\uDE00",
          "</script>",
          "日本語",
          "line\u2028separator",
          "  padded  ",
          "{\"a\" : 1}",
          "null",
          "%s %n");

  private static final List<Double> SPECIAL_AMOUNTS =
      List.of(0.0, -0.0, Double.MIN_VALUE, 1e-7, 0.1, 1.0 / 3, 2.5, 21.0, 1e12);

  private static final List<ActivityKind> LOT_STEPS =
      Arrays.stream(ActivityKind.values()).filter(ActivityKind::isLotStep).toList();

  private MethodGenerators() {}

  // --- plain parts ---

  /** Identifiers the model accepts: mostly short, sometimes up to 64 characters. */
  static Gen<String> ids() {
    return in -> id(in, oneIn(in, 10) ? draw(in, 9, 64) : draw(in, 1, 8));
  }

  /** Texts that are not blank, built of one to three awkward pieces. */
  static Gen<String> texts() {
    return MethodGenerators::text;
  }

  /** Non-negative finite amounts: whole numbers, fractions, and a few edge values. */
  static Gen<Double> amounts() {
    return Generate.frequency(
        Pair.of(4, Generate.range(0, 100).map(Integer::doubleValue)),
        Pair.of(3, SourceDSL.doubles().between(0, 1_000)),
        Pair.of(2, Generate.pick(SPECIAL_AMOUNTS)));
  }

  /** Duration ranges in any unit. */
  static Gen<DurationRange> durationRanges() {
    return in -> durationRange(in);
  }

  // --- methods and their parts ---

  /** Valid methods, varied from the catalogue methods. */
  static Gen<Method> methods() {
    List<Method> bases = new ArrayList<>(MethodSamples.catalogueMethods());
    bases.add(MethodSamples.everyAttributeMethod());
    return in -> method(in, bases.get(draw(in, 0, bases.size() - 1)));
  }

  /** Phase templates, as they occur in random methods. */
  static Gen<PhaseTemplate> phaseTemplates() {
    return in -> any(in, methods().generate(in).phases());
  }

  /** Deliverable types, as they occur in random methods. */
  static Gen<DeliverableType> deliverableTypes() {
    return in -> any(in, methods().generate(in).deliverableTypes());
  }

  /** Quality gates, as they occur in random methods. */
  static Gen<QualityGate> gates() {
    return in -> any(in, methods().generate(in).gates());
  }

  /** Roles with random identifiers and texts. */
  static Gen<Role> roles() {
    return in -> Role.of(id(in, draw(in, 1, 16)), text(in), text(in));
  }

  /** Team norms whose required roles are random identifiers. */
  static Gen<TeamNorm> teamNorms() {
    return in -> {
      List<String> roles = new ArrayList<>();
      for (int i = draw(in, 0, 4); i > 0; i--) {
        roles.add(id(in, draw(in, 1, 8)));
      }
      return teamNorm(in, any(in, List.of(TeamPurpose.values())), roles);
    };
  }

  /** Lot templates. */
  static Gen<LotTemplate> lotTemplates() {
    return MethodGenerators::lotTemplate;
  }

  /** Timeline norms. */
  static Gen<TimelineNorms> timelineNorms() {
    return MethodGenerators::timelineNorms;
  }

  // --- readiness and calendars ---

  /**
   * Readiness questionnaires varied from the catalogue's: a random subset of its questions in
   * their order, with new texts, blocked kinds and facts, and a few questions of their own placed
   * by group.
   */
  static Gen<ReadinessQuestionnaire> questionnaires() {
    ReadinessQuestionnaire base = ReadinessCatalogue.questionnaire();
    return in -> {
      List<ReadinessQuestion> questions = new ArrayList<>();
      for (ReadinessQuestion question : subsetList(in, base.questions(), 1)) {
        questions.add(
            ReadinessQuestion.builder()
                .from(question)
                .text(text(in))
                .blocks(enumSubset(in, ActivityKind.class, 0))
                .facts(enumSubset(in, MethodFact.class, 0))
                .build());
      }
      for (int i = draw(in, 0, 3); i > 0; i--) {
        questions.add(
            ReadinessQuestion.builder()
                .id("q-" + i + "-" + id(in, draw(in, 1, 8)))
                .group(any(in, List.of(ReadinessGroup.values())))
                .text(text(in))
                .blocks(enumSubset(in, ActivityKind.class, 0))
                .facts(enumSubset(in, MethodFact.class, 0))
                .build());
      }
      // Stable: the catalogue's order is kept within a group.
      questions.sort(Comparator.comparing(ReadinessQuestion::group));
      Set<String> respondents = new LinkedHashSet<>();
      for (int i = draw(in, 0, 5); i > 0; i--) {
        respondents.add(id(in, draw(in, 1, 12)));
      }
      return ReadinessQuestionnaire.builder()
          .id(id(in, draw(in, 1, 20)))
          .name(text(in))
          .questions(questions)
          .respondents(respondents)
          .facts(enumSubset(in, MethodFact.class, 0))
          .build();
    };
  }

  /**
   * Working calendars: any non-empty set of working days, fixed holidays on any real month-day
   * (February 29 included), Easter offsets over their whole range, and one-off holidays mostly in
   * 1900 to 2199 but sometimes far outside the four-digit years.
   */
  static Gen<WorkingCalendar> calendars() {
    Gen<LocalDate> dates =
        Generate.frequency(
            Pair.of(
                9,
                Generate.range(
                        (int) LocalDate.of(1900, 1, 1).toEpochDay(),
                        (int) LocalDate.of(2199, 12, 31).toEpochDay())
                    .map(day -> LocalDate.ofEpochDay(day))),
            Pair.of(1, Generate.range(-1_000_000, 3_500_000).map(day -> LocalDate.ofEpochDay(day))));
    return in -> {
      WorkingCalendar.Builder calendar =
          WorkingCalendar.builder()
              .id(id(in, draw(in, 1, 12)))
              .name(text(in))
              .workingDays(enumSubset(in, DayOfWeek.class, 1));
      for (int i = draw(in, 0, 12); i > 0; i--) {
        Month month = Month.of(draw(in, 1, 12));
        calendar.addFixedHoliday(MonthDay.of(month, draw(in, 1, month.maxLength())));
      }
      for (int i = draw(in, 0, 6); i > 0; i--) {
        calendar.addEasterHoliday(
            draw(in, -WorkingCalendar.MAX_EASTER_OFFSET, WorkingCalendar.MAX_EASTER_OFFSET));
      }
      for (int i = draw(in, 0, 8); i > 0; i--) {
        calendar.addHoliday(dates.generate(in));
      }
      return calendar.build();
    };
  }

  // --- building blocks ---

  private static Method method(RandomnessSource in, Method base) {
    List<String> roleIds = new ArrayList<>(base.roles().stream().map(Role::id).toList());
    List<String> deliverableIds =
        new ArrayList<>(base.deliverableTypes().stream().map(DeliverableType::id).toList());
    List<String> gateIds = new ArrayList<>(base.gates().stream().map(QualityGate::id).toList());
    for (int i = draw(in, 0, 2); i > 0; i--) {
      roleIds.add("role-" + i + "-" + id(in, draw(in, 1, 8)));
    }
    for (int i = draw(in, 0, 2); i > 0; i--) {
      deliverableIds.add("deliverable-" + i + "-" + id(in, draw(in, 1, 8)));
    }
    for (int i = draw(in, 0, 2); i > 0; i--) {
      gateIds.add("gate-" + i + "-" + id(in, draw(in, 1, 8)));
    }

    List<Role> roles = new ArrayList<>();
    for (String role : roleIds) {
      roles.add(Role.of(role, text(in), text(in)));
    }
    List<DeliverableType> deliverables = new ArrayList<>();
    for (String deliverable : deliverableIds) {
      List<String> others = deliverableIds.stream().filter(id -> !id.equals(deliverable)).toList();
      List<String> sections = new ArrayList<>();
      for (int i = draw(in, 0, 3); i > 0; i--) {
        sections.add(id(in, draw(in, 1, 12)));
      }
      deliverables.add(
          DeliverableType.builder()
              .id(deliverable)
              .name(text(in))
              .description(text(in))
              .producedBy(any(in, roleIds))
              .approvedBy(subsetList(in, roleIds, 0))
              .requiredSections(sections)
              .prerequisites(subsetList(in, others, 0))
              .facts(enumSubset(in, MethodFact.class, 0))
              .build());
    }
    List<QualityGate> gates = new ArrayList<>();
    for (String gate : gateIds) {
      gates.add(
          QualityGate.builder()
              .id(gate)
              .name(text(in))
              .description(text(in))
              .requiredDeliverables(subsetList(in, deliverableIds, 0))
              .approvingRole(any(in, roleIds))
              .perLot(bool(in))
              .facts(enumSubset(in, MethodFact.class, 0))
              .build());
    }

    List<PhaseTemplate> kept = subsetList(in, base.phases(), 1);
    List<PhaseTemplate> phases = new ArrayList<>();
    for (PhaseTemplate phase : kept) {
      List<String> earlier = phases.stream().map(PhaseTemplate::id).toList();
      List<ActivityKind> kinds = new ArrayList<>();
      for (int i = draw(in, 0, 5); i > 0; i--) {
        kinds.add(any(in, List.of(ActivityKind.values())));
      }
      List<TeamNorm> norms = new ArrayList<>();
      for (TeamPurpose purpose : enumSubset(in, TeamPurpose.class, 0)) {
        norms.add(teamNorm(in, purpose, roleIds));
      }
      phases.add(
          PhaseTemplate.builder()
              .id(phase.id())
              .name(text(in))
              .objective(text(in))
              .typicalDuration(durationRange(in))
              .extensible(bool(in))
              .decisive(bool(in))
              .activityKinds(kinds)
              .requiredDeliverables(subsetList(in, deliverableIds, 0))
              .exitGate(optional(in, gateIds))
              .involvedRoles(subsetList(in, roleIds, 0))
              .teamNorms(norms)
              .mayLoopBackTo(optional(in, earlier))
              .reopeningsReportTo(optional(in, roleIds))
              .runsLots(bool(in))
              .facts(enumSubset(in, MethodFact.class, 0))
              .build());
    }

    return Method.builder()
        .id(id(in, draw(in, 1, 24)))
        .name(text(in))
        .version(text(in))
        .approach(any(in, List.of(Approach.values())))
        .description(text(in))
        .phases(phases)
        .deliverableTypes(deliverables)
        .roles(roles)
        .gates(gates)
        .lotTemplate(oneIn(in, 4) ? Optional.empty() : Optional.of(lotTemplate(in)))
        .timelineNorms(oneIn(in, 3) ? Optional.empty() : Optional.of(timelineNorms(in)))
        .facts(enumSubset(in, MethodFact.class, 0))
        .build();
  }

  private static TeamNorm teamNorm(RandomnessSource in, TeamPurpose purpose, List<String> roles) {
    int minimum = draw(in, 1, 20);
    return TeamNorm.builder()
        .purpose(purpose)
        .minimumSize(minimum)
        .maximumSize(minimum + draw(in, 0, 20))
        .requiredRoles(subsetList(in, roles, 0))
        .facts(enumSubset(in, MethodFact.class, 0))
        .build();
  }

  private static LotTemplate lotTemplate(RandomnessSource in) {
    Set<WorkstreamKind> parallel = enumSubset(in, WorkstreamKind.class, 1);
    List<ActivityKind> stepKinds = new ArrayList<>(subsetList(in, LOT_STEPS, 0));
    // Any order of distinct steps is valid; rotate to leave the catalogue's order now and then.
    if (!stepKinds.isEmpty()) {
      Collections.rotate(stepKinds, draw(in, 0, stepKinds.size() - 1));
    }
    List<LotStepTemplate> steps = new ArrayList<>();
    for (ActivityKind kind : stepKinds) {
      steps.add(
          LotStepTemplate.builder()
              .kind(kind)
              .description(text(in))
              .typicalDuration(durationRange(in))
              .facts(enumSubset(in, MethodFact.class, 0))
              .build());
    }
    return LotTemplate.builder()
        .parallelWorkstreams(parallel)
        .optionalWorkstreams(subsetList(in, List.copyOf(parallel), 0))
        .workstreamDuration(durationRange(in))
        .steps(steps)
        .minimumRealUseWeeks(draw(in, 1, 52))
        .facts(enumSubset(in, MethodFact.class, 0))
        .build();
  }

  private static TimelineNorms timelineNorms(RandomnessSource in) {
    double nominal =
        oneIn(in, 2) ? draw(in, 1, 60) : SourceDSL.doubles().between(0.01, 60).generate(in);
    return TimelineNorms.builder()
        .nominalMonths(nominal)
        .credibleMinimumMonths(nominal * (draw(in, 1, 10) / 10.0))
        .physicalDeploymentOnlyDays(draw(in, 1, 400))
        .facts(enumSubset(in, MethodFact.class, 0))
        .build();
  }

  private static DurationRange durationRange(RandomnessSource in) {
    double first = amounts().generate(in);
    double second = amounts().generate(in);
    return DurationRange.of(
        Math.min(first, second),
        Math.max(first, second),
        any(in, List.of(DurationUnit.values())));
  }

  private static String id(RandomnessSource in, int length) {
    StringBuilder id = new StringBuilder(length);
    id.append(ID_FIRST.charAt(draw(in, 0, ID_FIRST.length() - 1)));
    for (int i = 1; i < length; i++) {
      id.append(ID_REST.charAt(draw(in, 0, ID_REST.length() - 1)));
    }
    return id.toString();
  }

  private static String text(RandomnessSource in) {
    StringBuilder text = new StringBuilder(any(in, TEXT_PIECES));
    for (int i = draw(in, 0, 2); i > 0; i--) {
      text.append(' ').append(any(in, TEXT_PIECES));
    }
    return text.toString();
  }

  private static <T> List<T> subsetList(RandomnessSource in, List<T> all, int minimum) {
    List<T> subset = new ArrayList<>();
    for (T element : all) {
      if (bool(in)) {
        subset.add(element);
      }
    }
    if (subset.size() < minimum && !all.isEmpty()) {
      subset.add(all.get(draw(in, 0, all.size() - 1)));
    }
    return subset;
  }

  private static <E extends Enum<E>> Set<E> enumSubset(
      RandomnessSource in, Class<E> type, int minimum) {
    List<E> constants = List.copyOf(EnumSet.allOf(type));
    Set<E> subset = EnumSet.noneOf(type);
    for (int i = draw(in, minimum, Math.min(6, constants.size())); i > 0; i--) {
      subset.add(any(in, constants));
    }
    return subset;
  }

  private static Optional<String> optional(RandomnessSource in, List<String> choices) {
    return choices.isEmpty() || oneIn(in, 3)
        ? Optional.empty()
        : Optional.of(any(in, choices));
  }

  private static <T> T any(RandomnessSource in, List<T> choices) {
    return choices.get(draw(in, 0, choices.size() - 1));
  }

  private static boolean bool(RandomnessSource in) {
    return Generate.booleans().generate(in);
  }

  /** True about once in {@code odds} draws. */
  private static boolean oneIn(RandomnessSource in, int odds) {
    return draw(in, 0, odds - 1) == 0;
  }

  private static int draw(RandomnessSource in, int minimum, int maximum) {
    return Generate.range(minimum, maximum).generate(in);
  }
}
