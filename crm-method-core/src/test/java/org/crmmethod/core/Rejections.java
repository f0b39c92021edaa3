package org.crmmethod.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Assertions on how the model turns bad input away: an {@link InvalidModelException} that names the
 * type, the attribute and the bad value, or a {@link NullPointerException} for a null.
 */
public final class Rejections {

  /** The expectation {@code Invariants.id} states for a malformed identifier. */
  public static final String ID_RULE =
      "must be an identifier of 1 to 64 letters, digits, '.', '_' or '-', starting with a letter"
          + " or digit";

  private Rejections() {}

  /**
   * Asserts that building fails because one attribute holds a bad value.
   *
   * @param build the code that builds the value
   * @param message the exact message expected
   * @param valueType the type the exception must name
   * @param attribute the attribute the exception must name
   * @param invalidValue the rendering of the bad value the exception must carry
   */
  public static void assertInvalid(
      ThrowingCallable build,
      String message,
      String valueType,
      String attribute,
      String invalidValue) {
    Throwable thrown = catchThrowable(build);
    assertThat(thrown).isExactlyInstanceOf(InvalidModelException.class).hasMessage(message);
    InvalidModelException invalid = (InvalidModelException) thrown;
    assertThat(invalid.valueType()).as("valueType").isEqualTo(valueType);
    assertThat(invalid.attributes()).as("attributes").containsExactly(attribute);
    assertThat(invalid.invalidValue()).as("invalidValue").contains(invalidValue);
  }

  /**
   * Asserts that building fails because required attributes were never set.
   *
   * @param build the code that builds the value
   * @param message the exact message expected
   * @param valueType the type the exception must name
   * @param attributes the missing attributes, in the order the exception must list them
   */
  public static void assertMissing(
      ThrowingCallable build, String message, String valueType, String... attributes) {
    Throwable thrown = catchThrowable(build);
    assertThat(thrown).isExactlyInstanceOf(InvalidModelException.class).hasMessage(message);
    InvalidModelException invalid = (InvalidModelException) thrown;
    assertThat(invalid.valueType()).as("valueType").isEqualTo(valueType);
    assertThat(invalid.attributes()).as("attributes").containsExactly(attributes);
    assertThat(invalid.invalidValue()).as("invalidValue").isEmpty();
  }

  /**
   * Asserts that every public method of a builder that takes an object rejects null with a {@link
   * NullPointerException}: a null argument, and also a null inside an array, an iterable or a map
   * handed to it.
   *
   * @param newBuilder makes a fresh builder for each call
   * @return the number of calls checked, more than zero
   */
  public static int assertRejectsNulls(Supplier<?> newBuilder) {
    List<Method> methods =
        Arrays.stream(newBuilder.get().getClass().getMethods())
            .filter(method -> method.getDeclaringClass() != Object.class)
            .filter(
                method ->
                    Arrays.stream(method.getParameterTypes()).anyMatch(type -> !type.isPrimitive()))
            .sorted(Comparator.comparing(Method::toGenericString))
            .toList();
    int checked = 0;
    for (Method method : methods) {
      assertNullPointer(newBuilder, method, nullArguments(method));
      checked++;
      Object[] holdingNull = argumentsHoldingNull(method);
      if (holdingNull != null) {
        assertNullPointer(newBuilder, method, holdingNull);
        checked++;
      }
    }
    assertThat(checked).as("builder methods checked").isPositive();
    return checked;
  }

  private static void assertNullPointer(Supplier<?> newBuilder, Method method, Object[] arguments) {
    Throwable thrown;
    try {
      method.invoke(newBuilder.get(), arguments);
      thrown = null;
    } catch (InvocationTargetException e) {
      thrown = e.getCause();
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
    assertThat(thrown)
        .as("%s with %s", method.toGenericString(), Arrays.deepToString(arguments))
        .isInstanceOf(NullPointerException.class);
  }

  private static Object[] nullArguments(Method method) {
    Class<?>[] types = method.getParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      arguments[i] = zeroOrNull(types[i]);
    }
    return arguments;
  }

  /**
   * Arguments where each container parameter holds a null, or null when there is no container. An
   * array of primitives cannot hold a null, so it is no container here: {@code int...} adders are
   * only checked with a null array.
   */
  private static Object[] argumentsHoldingNull(Method method) {
    Class<?>[] types = method.getParameterTypes();
    Object[] arguments = new Object[types.length];
    boolean container = false;
    for (int i = 0; i < types.length; i++) {
      Class<?> type = types[i];
      if (type.isArray() && !type.getComponentType().isPrimitive()) {
        arguments[i] = Array.newInstance(type.getComponentType(), 1);
        container = true;
      } else if (Iterable.class.isAssignableFrom(type)) {
        arguments[i] = Collections.singletonList(null);
        container = true;
      } else if (Map.class.isAssignableFrom(type)) {
        Map<Object, Object> map = new HashMap<>();
        map.put(null, null);
        arguments[i] = map;
        container = true;
      } else if (Map.Entry.class.isAssignableFrom(type)) {
        arguments[i] = new AbstractMap.SimpleEntry<>(null, null);
        container = true;
      } else {
        arguments[i] = zeroOrNull(type);
      }
    }
    return container ? arguments : null;
  }

  private static Object zeroOrNull(Class<?> type) {
    if (!type.isPrimitive()) {
      return null;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == double.class) {
      return 0.0;
    }
    if (type == long.class) {
      return 0L;
    }
    return 0;
  }
}
