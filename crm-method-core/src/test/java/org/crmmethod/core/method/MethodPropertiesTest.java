package org.crmmethod.core.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmmethod.core.BuiltValues.assertEqualCopy;
import static org.crmmethod.core.BuiltValues.assertHoldsParts;
import static org.crmmethod.core.method.MethodGenerators.deliverableTypeParts;
import static org.crmmethod.core.method.MethodGenerators.deliverableTypes;
import static org.crmmethod.core.method.MethodGenerators.durationRangeParts;
import static org.crmmethod.core.method.MethodGenerators.durationRanges;
import static org.crmmethod.core.method.MethodGenerators.lotStepTemplateParts;
import static org.crmmethod.core.method.MethodGenerators.lotTemplateParts;
import static org.crmmethod.core.method.MethodGenerators.lotTemplates;
import static org.crmmethod.core.method.MethodGenerators.methodParts;
import static org.crmmethod.core.method.MethodGenerators.methods;
import static org.crmmethod.core.method.MethodGenerators.phaseTemplateParts;
import static org.crmmethod.core.method.MethodGenerators.phaseTemplates;
import static org.crmmethod.core.method.MethodGenerators.qualityGateParts;
import static org.crmmethod.core.method.MethodGenerators.qualityGates;
import static org.crmmethod.core.method.MethodGenerators.roleParts;
import static org.crmmethod.core.method.MethodGenerators.roles;
import static org.crmmethod.core.method.MethodGenerators.teamNormParts;
import static org.crmmethod.core.method.MethodGenerators.teamNorms;
import static org.crmmethod.core.method.MethodGenerators.timelineNorms;
import static org.crmmethod.core.method.MethodGenerators.timelineNormsParts;
import static org.quicktheories.QuickTheory.qt;

import org.crmmethod.core.BuiltValues;
import org.junit.jupiter.api.Test;

/**
 * Properties of every value of the method side, over random valid values: built from random parts
 * it returns them; copied through its builder it stays equal; equal parts give equal values and
 * hash codes; the collections handed to its builder cannot change it afterwards.
 */
class MethodPropertiesTest {

  // --- Role ---

  @Test
  void role_holdsItsParts() {
    qt().forAll(roleParts())
        .checkAssert(
            parts -> {
              Role role = parts.build();
              assertHoldsParts(parts, role);
              assertThat(Role.of(parts.id(), parts.name(), parts.description())).isEqualTo(role);
            });
  }

  @Test
  void role_copiedThroughBuilder() {
    qt().forAll(roles())
        .checkAssert(role -> assertEqualCopy(Role.builder().from(role).build(), role));
  }

  @Test
  void role_equalPartsEqualValues() {
    qt().forAll(roleParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  // --- DurationRange ---

  @Test
  void durationRange_holdsItsParts() {
    qt().forAll(durationRangeParts())
        .checkAssert(
            parts -> {
              DurationRange range = parts.build();
              assertHoldsParts(parts, range);
              if (parts.minimum() == parts.maximum()) {
                assertThat(DurationRange.about(parts.minimum(), parts.unit())).isEqualTo(range);
              }
            });
  }

  @Test
  void durationRange_copiedThroughBuilder() {
    qt().forAll(durationRanges())
        .checkAssert(
            range -> assertEqualCopy(ImmutableDurationRange.builder().from(range).build(), range));
  }

  @Test
  void durationRange_equalPartsEqualValues() {
    qt().forAll(durationRangeParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  // --- TeamNorm ---

  @Test
  void teamNorm_holdsItsParts() {
    qt().forAll(teamNormParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void teamNorm_copiedThroughBuilder() {
    qt().forAll(teamNorms())
        .checkAssert(norm -> assertEqualCopy(TeamNorm.builder().from(norm).build(), norm));
  }

  @Test
  void teamNorm_equalPartsEqualValues() {
    qt().forAll(teamNormParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void teamNorm_collectionsFixedAtBuild() {
    qt().forAll(teamNormParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- QualityGate ---

  @Test
  void qualityGate_holdsItsParts() {
    qt().forAll(qualityGateParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void qualityGate_copiedThroughBuilder() {
    qt().forAll(qualityGates())
        .checkAssert(gate -> assertEqualCopy(QualityGate.builder().from(gate).build(), gate));
  }

  @Test
  void qualityGate_equalPartsEqualValues() {
    qt().forAll(qualityGateParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void qualityGate_collectionsFixedAtBuild() {
    qt().forAll(qualityGateParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- DeliverableType ---

  @Test
  void deliverableType_holdsItsParts() {
    qt().forAll(deliverableTypeParts())
        .checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void deliverableType_copiedThroughBuilder() {
    qt().forAll(deliverableTypes())
        .checkAssert(type -> assertEqualCopy(DeliverableType.builder().from(type).build(), type));
  }

  @Test
  void deliverableType_equalPartsEqualValues() {
    qt().forAll(deliverableTypeParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void deliverableType_collectionsFixedAtBuild() {
    qt().forAll(deliverableTypeParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- PhaseTemplate ---

  @Test
  void phaseTemplate_holdsItsParts() {
    qt().forAll(phaseTemplateParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void phaseTemplate_copiedThroughBuilder() {
    qt().forAll(phaseTemplates())
        .checkAssert(phase -> assertEqualCopy(PhaseTemplate.builder().from(phase).build(), phase));
  }

  @Test
  void phaseTemplate_equalPartsEqualValues() {
    qt().forAll(phaseTemplateParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void phaseTemplate_collectionsFixedAtBuild() {
    qt().forAll(phaseTemplateParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- LotStepTemplate ---

  @Test
  void lotStepTemplate_holdsItsParts() {
    qt().forAll(lotStepTemplateParts())
        .checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void lotStepTemplate_copiedThroughBuilder() {
    qt().forAll(lotStepTemplateParts())
        .checkAssert(
            parts -> {
              LotStepTemplate step = parts.build();
              assertEqualCopy(LotStepTemplate.builder().from(step).build(), step);
            });
  }

  @Test
  void lotStepTemplate_equalPartsEqualValues() {
    qt().forAll(lotStepTemplateParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void lotStepTemplate_collectionsFixedAtBuild() {
    qt().forAll(lotStepTemplateParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- LotTemplate ---

  @Test
  void lotTemplate_holdsItsParts() {
    qt().forAll(lotTemplateParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void lotTemplate_copiedThroughBuilder() {
    qt().forAll(lotTemplates())
        .checkAssert(
            template -> assertEqualCopy(LotTemplate.builder().from(template).build(), template));
  }

  @Test
  void lotTemplate_equalPartsEqualValues() {
    qt().forAll(lotTemplateParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void lotTemplate_collectionsFixedAtBuild() {
    qt().forAll(lotTemplateParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- TimelineNorms ---

  @Test
  void timelineNorms_holdsItsParts() {
    qt().forAll(timelineNormsParts()).checkAssert(parts -> assertHoldsParts(parts, parts.build()));
  }

  @Test
  void timelineNorms_copiedThroughBuilder() {
    qt().forAll(timelineNorms())
        .checkAssert(norms -> assertEqualCopy(TimelineNorms.builder().from(norms).build(), norms));
  }

  @Test
  void timelineNorms_equalPartsEqualValues() {
    qt().forAll(timelineNormsParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void timelineNorms_collectionsFixedAtBuild() {
    qt().forAll(timelineNormsParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }

  // --- Method ---

  @Test
  void method_holdsItsParts() {
    qt().forAll(methodParts())
        .checkAssert(
            parts -> {
              Method method = parts.build();
              assertHoldsParts(parts, method);
              for (PhaseTemplate phase : parts.phases()) {
                assertThat(method.phase(phase.id())).contains(phase);
                assertThat(method.phasePosition(phase.id()))
                    .hasValue(parts.phases().indexOf(phase));
              }
              parts.roles().forEach(role -> assertThat(method.role(role.id())).contains(role));
              parts.gates().forEach(gate -> assertThat(method.gate(gate.id())).contains(gate));
              parts
                  .deliverableTypes()
                  .forEach(type -> assertThat(method.deliverableType(type.id())).contains(type));
            });
  }

  @Test
  void method_copiedThroughBuilder() {
    qt().forAll(methods())
        .checkAssert(method -> assertEqualCopy(Method.builder().from(method).build(), method));
  }

  @Test
  void method_equalPartsEqualValues() {
    qt().forAll(methodParts()).checkAssert(BuiltValues::assertBuildsEqualValues);
  }

  @Test
  void method_collectionsFixedAtBuild() {
    qt().forAll(methodParts()).checkAssert(BuiltValues::assertCollectionsFixedAtBuild);
  }
}
