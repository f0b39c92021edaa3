package org.crmmethod.core;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The property assertions fail on values that break the properties, so that a passing property test
 * means something.
 */
class BuiltValuesTest {

  /** A value that copies its list and returns it unmodifiable, as every model value must. */
  public static final class CopyingValue {
    private final List<String> names;

    CopyingValue(List<String> names) {
      this.names = List.copyOf(names);
    }

    public List<String> names() {
      return names;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof CopyingValue value && names.equals(value.names);
    }

    @Override
    public int hashCode() {
      return names.hashCode();
    }

    @Override
    public String toString() {
      return "CopyingValue" + names;
    }
  }

  /** A value that keeps the caller's list. */
  public static final class LeakyValue {
    private final List<String> names;

    LeakyValue(List<String> names) {
      this.names = names;
    }

    public List<String> names() {
      return names;
    }
  }

  /** A value that copies its list but hands out a modifiable one. */
  public static final class ModifiableValue {
    private final List<String> names;

    ModifiableValue(List<String> names) {
      this.names = new ArrayList<>(names);
    }

    public List<String> names() {
      return names;
    }
  }

  /** A value with a second attribute that its parts do not name. */
  public static final class WiderValue {
    private final List<String> names;
    private final int size;

    WiderValue(List<String> names) {
      this.names = List.copyOf(names);
      this.size = names.size();
    }

    public List<String> names() {
      return names;
    }

    public int size() {
      return size;
    }
  }

  /** A value that drops the last name it is given. */
  public static final class ForgetfulValue {
    private final List<String> names;

    ForgetfulValue(List<String> names) {
      this.names = List.copyOf(names.subList(0, names.size() - 1));
    }

    public List<String> names() {
      return names;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ForgetfulValue value && Objects.equals(names, value.names);
    }

    @Override
    public int hashCode() {
      return names.hashCode();
    }
  }

  record CopyingParts(List<String> names) implements Parts<CopyingValue> {
    @Override
    public CopyingValue build() {
      return new CopyingValue(names);
    }
  }

  record LeakyParts(List<String> names) implements Parts<LeakyValue> {
    @Override
    public LeakyValue build() {
      return new LeakyValue(names);
    }
  }

  record ModifiableParts(List<String> names) implements Parts<ModifiableValue> {
    @Override
    public ModifiableValue build() {
      return new ModifiableValue(names);
    }
  }

  record WiderParts(List<String> names) implements Parts<WiderValue> {
    @Override
    public WiderValue build() {
      return new WiderValue(names);
    }
  }

  record ForgetfulParts(List<String> names) implements Parts<ForgetfulValue> {
    @Override
    public ForgetfulValue build() {
      return new ForgetfulValue(names);
    }
  }

  private static List<String> names() {
    return new ArrayList<>(List.of("a", "b"));
  }

  // --- assertHoldsParts ---

  @Test
  void assertHoldsParts_copyingValue() {
    CopyingParts parts = new CopyingParts(names());
    assertThatCode(() -> BuiltValues.assertHoldsParts(parts, parts.build()))
        .doesNotThrowAnyException();
  }

  @Test
  void assertHoldsParts_valueDroppingAPart() {
    ForgetfulParts parts = new ForgetfulParts(names());
    assertThatThrownBy(() -> BuiltValues.assertHoldsParts(parts, parts.build()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("names");
  }

  @Test
  void assertHoldsParts_partsLeavingAnAttributeOut() {
    WiderParts parts = new WiderParts(names());
    assertThatThrownBy(() -> BuiltValues.assertHoldsParts(parts, parts.build()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("size");
  }

  // --- assertBuildsEqualValues ---

  @Test
  void assertBuildsEqualValues_valueWithIdentityEquality() {
    LeakyParts parts = new LeakyParts(names());
    assertThatThrownBy(() -> BuiltValues.assertBuildsEqualValues(parts))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void assertBuildsEqualValues_copyingValue() {
    assertThatCode(() -> BuiltValues.assertBuildsEqualValues(new CopyingParts(names())))
        .doesNotThrowAnyException();
  }

  // --- assertCollectionsFixedAtBuild ---

  @Test
  void assertCollectionsFixedAtBuild_copyingValue() {
    assertThatCode(() -> BuiltValues.assertCollectionsFixedAtBuild(new CopyingParts(names())))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> BuiltValues.assertCollectionsFixedAtBuild(new CopyingParts(new ArrayList<>())))
        .doesNotThrowAnyException();
  }

  @Test
  void assertCollectionsFixedAtBuild_valueKeepingTheCallersList() {
    assertThatThrownBy(() -> BuiltValues.assertCollectionsFixedAtBuild(new LeakyParts(names())))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("names");
    assertThatThrownBy(
            () -> BuiltValues.assertCollectionsFixedAtBuild(new LeakyParts(new ArrayList<>())))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("names");
  }

  @Test
  void assertCollectionsFixedAtBuild_valueHandingOutAModifiableList() {
    assertThatThrownBy(
            () -> BuiltValues.assertCollectionsFixedAtBuild(new ModifiableParts(names())))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("names.add");
  }

  // --- assertEqualCopy ---

  @Test
  void assertEqualCopy_differentValues() {
    assertThatThrownBy(
            () ->
                BuiltValues.assertEqualCopy(
                    new CopyingValue(List.of("a")), new CopyingValue(List.of("b"))))
        .isInstanceOf(AssertionError.class);
  }
}
