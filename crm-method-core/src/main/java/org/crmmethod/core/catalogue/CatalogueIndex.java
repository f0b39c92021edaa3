package org.crmmethod.core.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A catalogue's entries indexed by id, for picking the entries a built-in method uses. */
final class CatalogueIndex<T> {
  private final Map<String, T> byId;
  private final String what;

  CatalogueIndex(List<T> entries, Function<T, String> id, String what) {
    this.byId = entries.stream().collect(Collectors.toUnmodifiableMap(id, entry -> entry));
    this.what = what;
  }

  List<T> select(String... ids) {
    return Arrays.stream(ids)
        .map(
            id -> {
              T entry = byId.get(id);
              if (entry == null) {
                throw new IllegalArgumentException("No built-in " + what + " has id '" + id + "'");
              }
              return entry;
            })
        .toList();
  }
}
