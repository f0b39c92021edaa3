package org.crmmethod.core.startmodule;

import static org.crmmethod.core.Rejections.assertInvalid;
import static org.crmmethod.core.Rejections.assertMissing;
import static org.crmmethod.core.Rejections.assertRejectsNulls;

import java.time.LocalDate;
import org.crmmethod.core.method.CrmModule;
import org.junit.jupiter.api.Test;

/**
 * Every invariant of the start-module values: each bad input is turned away with an {@link
 * org.crmmethod.core.InvalidModelException} that names the type, the attribute and the bad value.
 */
class StartModuleInvariantsTest {

  // --- StartModuleChoice ---

  @Test
  void startModuleChoice_noCriterion() {
    assertInvalid(
        () ->
            StartModuleChoice.builder()
                .module(CrmModule.SFA)
                .decidedOn(LocalDate.of(2024, 3, 1))
                .build(),
        "StartModuleChoice.criteria must hold at least one element, but was []",
        "StartModuleChoice",
        "criteria",
        "[]");
  }

  @Test
  void startModuleChoice_blankRationale() {
    assertInvalid(
        () ->
            StartModuleChoice.builder()
                .module(CrmModule.SFA)
                .addCriterion(StartModuleCriterion.AWAITED_BY_USERS)
                .decidedOn(LocalDate.of(2024, 3, 1))
                .rationale("\t")
                .build(),
        "StartModuleChoice.rationale must not be blank, but was '\t'",
        "StartModuleChoice",
        "rationale",
        "'\t'");
  }

  @Test
  void startModuleChoice_missingAttributes() {
    assertMissing(
        () ->
            StartModuleChoice.builder().addCriterion(StartModuleCriterion.AWAITED_BY_USERS).build(),
        "Required attribute(s) not set: StartModuleChoice.module, StartModuleChoice.decidedOn",
        "StartModuleChoice",
        "module",
        "decidedOn");
  }

  // --- StartModuleProfile ---

  @Test
  void startModuleProfile_blankSummary() {
    assertInvalid(
        () -> StartModuleProfile.builder().module(CrmModule.EMA).summary(" ").build(),
        "StartModuleProfile.summary must not be blank, but was ' '",
        "StartModuleProfile",
        "summary",
        "' '");
  }

  @Test
  void startModuleProfile_missingAttributes() {
    assertMissing(
        () -> StartModuleProfile.builder().build(),
        "Required attribute(s) not set: StartModuleProfile.module, StartModuleProfile.summary",
        "StartModuleProfile",
        "module",
        "summary");
  }

  // --- Nulls ---

  @Test
  void builders_rejectNulls() {
    assertRejectsNulls(StartModuleChoice::builder);
    assertRejectsNulls(StartModuleProfile::builder);
  }
}
