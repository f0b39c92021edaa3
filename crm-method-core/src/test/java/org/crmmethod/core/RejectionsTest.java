package org.crmmethod.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The rejection assertions fail when input is not rejected as the model promises. */
class RejectionsTest {

  /** A builder that keeps whatever it is given, null included. */
  public static final class LenientBuilder {
    private final List<String> names = new ArrayList<>();

    public LenientBuilder addName(String name) {
      names.add(name);
      return this;
    }
  }

  /** A builder that refuses null, in an argument or inside one. */
  public static final class StrictBuilder {
    private final List<String> names = new ArrayList<>();

    public StrictBuilder addName(String name) {
      names.add(Objects.requireNonNull(name, "name"));
      return this;
    }

    public StrictBuilder addNames(String... elements) {
      for (String element : elements) {
        addName(element);
      }
      return this;
    }

    public StrictBuilder names(Iterable<String> elements) {
      elements.forEach(this::addName);
      return this;
    }
  }

  // --- assertRejectsNulls ---

  @Test
  void assertRejectsNulls_lenientBuilder() {
    assertThatThrownBy(() -> Rejections.assertRejectsNulls(LenientBuilder::new))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("addName");
  }

  @Test
  void assertRejectsNulls_strictBuilder() {
    // addName(null); addNames(null) and addNames({null}); names(null) and names([null]).
    assertThat(Rejections.assertRejectsNulls(StrictBuilder::new)).isEqualTo(5);
  }

  // --- assertInvalid and assertMissing ---

  @Test
  void assertInvalid_matchingException() {
    assertThatCode(
            () ->
                Rejections.assertInvalid(
                    () -> {
                      throw new InvalidModelException("Role", "id", "'a b'", "must be an id");
                    },
                    "Role.id must be an id, but was 'a b'",
                    "Role",
                    "id",
                    "'a b'"))
        .doesNotThrowAnyException();
  }

  @Test
  void assertInvalid_nothingThrown() {
    assertThatThrownBy(() -> Rejections.assertInvalid(() -> {}, "m", "Role", "id", "'x'"))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void assertInvalid_otherAttribute() {
    assertThatThrownBy(
            () ->
                Rejections.assertInvalid(
                    () -> {
                      throw new InvalidModelException("Role", "name", "'a b'", "must be an id");
                    },
                    "Role.name must be an id, but was 'a b'",
                    "Role",
                    "id",
                    "'a b'"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("attributes");
  }

  @Test
  void assertMissing_invalidValueRatherThanMissing() {
    assertThatThrownBy(
            () ->
                Rejections.assertMissing(
                    () -> {
                      throw new InvalidModelException("Role", "id", "'a b'", "must be an id");
                    },
                    "Role.id must be an id, but was 'a b'",
                    "Role",
                    "id"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("invalidValue");
  }
}
