package org.crmmethod.core.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crmmethod.core.InvalidModelException;
import org.crmmethod.core.organisation.TeamPurpose;
import org.junit.jupiter.api.Test;

class TeamNormTest {

  private static TeamNorm.Builder norm(int minimum, int maximum) {
    return TeamNorm.builder().purpose(TeamPurpose.SPECIFICATION).minimumSize(minimum).maximumSize(maximum);
  }

  @Test
  void allows_boundsIncluded() {
    TeamNorm norm = norm(6, 12).build();
    assertThat(norm.allows(6)).isTrue();
    assertThat(norm.allows(12)).isTrue();
    assertThat(norm.allows(5)).isFalse();
    assertThat(norm.allows(13)).isFalse();
  }

  @Test
  void teamNorm_minimumBelowOne() {
    assertThatThrownBy(() -> norm(0, 3).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("TeamNorm.minimumSize must be at least 1, but was 0");
  }

  @Test
  void teamNorm_maximumBelowMinimum() {
    assertThatThrownBy(() -> norm(6, 5).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("TeamNorm.maximumSize must not be below minimumSize (6), but was 5");
  }

  @Test
  void teamNorm_malformedRequiredRole() {
    assertThatThrownBy(() -> norm(1, 2).addRequiredRoles("key user").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("TeamNorm.requiredRoles must be an identifier");
  }

  @Test
  void phaseTemplate_twoNormsForOnePurpose() {
    assertThatThrownBy(
            () ->
                PhaseTemplate.builder()
                    .id("P")
                    .name("Phase")
                    .objective("Objective")
                    .typicalDuration(DurationRange.about(1, DurationUnit.MONTHS))
                    .addTeamNorms(norm(6, 12).build(), norm(2, 4).build())
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("PhaseTemplate.teamNorms must not hold the same id twice, but was 'SPECIFICATION'");
  }

  @Test
  void method_teamNormRoleUnknown() {
    PhaseTemplate phase =
        PhaseTemplate.builder()
            .id("P")
            .name("Phase")
            .objective("Objective")
            .typicalDuration(DurationRange.about(1, DurationUnit.MONTHS))
            .addTeamNorms(norm(6, 12).addRequiredRoles("DESIGNER").build())
            .build();
    assertThatThrownBy(
            () ->
                Method.builder()
                    .id("m")
                    .name("Method")
                    .version("1")
                    .approach(Approach.CLASSIC)
                    .description("A method")
                    .addPhases(phase)
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "Method.phases[P].teamNorms[SPECIFICATION].requiredRoles must refer to a role defined here,"
                + " but was 'DESIGNER'");
  }
}
