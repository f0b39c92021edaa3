package org.crmmethod.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The properties every model value has, checked against the {@link Parts} it was built from: it
 * returns its parts, equal parts build equal values, a copy through the builder equals the
 * original, and no collection handed to the builder can change the value afterwards.
 */
public final class BuiltValues {

  private BuiltValues() {}

  /**
   * Asserts that a value returns exactly the parts it was built from, and that the parts name every
   * attribute of the value, so that a generator cannot silently leave an attribute out.
   *
   * @param parts the parts, a record
   * @param value the value built from them
   */
  public static void assertHoldsParts(Parts<?> parts, Object value) {
    assertThat(componentNames(parts))
        .as("attributes of " + value.getClass().getSimpleName())
        .containsExactlyInAnyOrderElementsOf(attributeNames(value));
    for (RecordComponent component : components(parts)) {
      assertThat(attribute(value, component.getName()))
          .as(component.getName())
          .isEqualTo(read(component, parts));
    }
  }

  /**
   * Asserts that building twice from the same parts gives equal values with equal hash codes and
   * equal descriptions.
   *
   * @param parts the parts
   */
  public static void assertBuildsEqualValues(Parts<?> parts) {
    Object first = parts.build();
    Object second = parts.build();
    assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
    assertThat(second).hasToString(first.toString());
  }

  /**
   * Asserts that a copy of a value made through its builder equals it, with the same hash code and
   * the same description.
   *
   * @param copy the copy, e.g. {@code Activity.builder().from(value).build()}
   * @param value the original
   */
  public static void assertEqualCopy(Object copy, Object value) {
    assertThat(copy).isEqualTo(value).hasSameHashCodeAs(value);
    assertThat(copy).hasToString(value.toString());
  }

  /**
   * Asserts that the collections handed to the builder are copied: emptying or filling them after
   * {@code build()} changes nothing in the value, and the collections the value returns refuse
   * {@code add}, {@code remove} and {@code put}.
   *
   * @param parts the parts, holding at least one collection or map
   */
  public static void assertCollectionsFixedAtBuild(Parts<?> parts) {
    Object value = parts.build();
    int hashCode = value.hashCode();
    Map<String, Object> before = new LinkedHashMap<>();
    for (RecordComponent component : components(parts)) {
      Object part = read(component, parts);
      if (part instanceof Collection<?> || part instanceof Map<?, ?>) {
        before.put(component.getName(), snapshot(attribute(value, component.getName())));
        mutate(part);
      }
    }
    assertThat(before).as("collections among the parts").isNotEmpty();
    for (Map.Entry<String, Object> entry : before.entrySet()) {
      Object now = attribute(value, entry.getKey());
      assertThat(now).as(entry.getKey()).isEqualTo(entry.getValue());
      assertUnmodifiable(entry.getKey(), now);
    }
    assertThat(value.hashCode()).as("hashCode").isEqualTo(hashCode);
  }

  @SuppressWarnings("unchecked")
  private static void mutate(Object part) {
    if (part instanceof Collection<?> collection) {
      if (collection.isEmpty()) {
        ((Collection<Object>) collection).add(null);
      } else {
        collection.clear();
      }
    } else {
      Map<Object, Object> map = (Map<Object, Object>) part;
      if (map.isEmpty()) {
        map.put(null, null);
      } else {
        map.clear();
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void assertUnmodifiable(String name, Object returned) {
    if (returned instanceof Collection<?> collection) {
      Collection<Object> elements = (Collection<Object>) collection;
      Object element = elements.isEmpty() ? null : elements.iterator().next();
      assertRefused(() -> elements.add(element), name + ".add");
      assertRefused(() -> elements.remove(element), name + ".remove");
    } else {
      Map<Object, Object> map = (Map<Object, Object>) returned;
      Object key = map.isEmpty() ? null : map.keySet().iterator().next();
      assertRefused(() -> map.put(key, map.get(key)), name + ".put");
      assertRefused(() -> map.remove(key), name + ".remove");
    }
  }

  private static void assertRefused(ThrowingCallable change, String description) {
    assertThat(catchThrowable(change))
        .as(description)
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static Object snapshot(Object returned) {
    if (returned instanceof List<?> list) {
      return new ArrayList<>(list);
    }
    if (returned instanceof Set<?> set) {
      return new HashSet<>(set);
    }
    return new HashMap<>((Map<?, ?>) returned);
  }

  private static List<RecordComponent> components(Parts<?> parts) {
    assertThat(parts.getClass().isRecord()).as("parts are a record").isTrue();
    return Arrays.asList(parts.getClass().getRecordComponents());
  }

  private static List<String> componentNames(Parts<?> parts) {
    return components(parts).stream().map(RecordComponent::getName).toList();
  }

  /** The attributes of a generated immutable value: its instance fields that are not caches. */
  private static List<String> attributeNames(Object value) {
    return Arrays.stream(value.getClass().getDeclaredFields())
        .filter(field -> !Modifier.isStatic(field.getModifiers()))
        .filter(field -> !Modifier.isTransient(field.getModifiers()))
        .map(Field::getName)
        .toList();
  }

  private static Object read(RecordComponent component, Parts<?> parts) {
    try {
      return component.getAccessor().invoke(parts);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(e);
    }
  }

  private static Object attribute(Object value, String name) {
    try {
      return value.getClass().getMethod(name).invoke(value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(
          "cannot read " + name + " of " + value.getClass().getSimpleName(), e);
    }
  }
}
