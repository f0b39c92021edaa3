package org.crmmethod.json;

import java.util.List;

/**
 * The versioning of crm-method's JSON documents: every plan and method document carries a
 * top-level {@value #SCHEMA_VERSION_PROPERTY}, and a reader refuses documents written by a newer
 * version of the format than its own.
 *
 * <p>The version is written as the first property of the document; a reader also accepts it
 * anywhere in the top-level object, at the cost of reading that document through a tree.
 * Documents of an older version are upgraded by the {@link #migrations()} before they are bound.
 */
public final class WireFormat {
  /** The name of the top-level property that holds a document's schema version. */
  public static final String SCHEMA_VERSION_PROPERTY = "schemaVersion";

  /** The schema version this library writes, and the newest it reads. */
  public static final int CURRENT_SCHEMA_VERSION = 1;

  private WireFormat() {}

  /**
   * Returns the steps that upgrade older documents, one per older version, oldest first.
   *
   * @return the migrations; empty while the format has a single version
   */
  public static List<WireMigration> migrations() {
    return List.of();
  }
}
