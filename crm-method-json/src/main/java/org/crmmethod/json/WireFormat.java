package org.crmmethod.json;

/**
 * The versioning of crm-method's JSON documents: every plan and method document carries a
 * top-level {@value #SCHEMA_VERSION_PROPERTY}, and a reader refuses documents written by a newer
 * version of the format than its own.
 */
public final class WireFormat {
  /** The name of the top-level property that holds a document's schema version. */
  public static final String SCHEMA_VERSION_PROPERTY = "schemaVersion";

  /** The schema version this library writes, and the newest it reads. */
  public static final int CURRENT_SCHEMA_VERSION = 1;

  private WireFormat() {}

  /**
   * Checks that a document's schema version is one this library can read.
   *
   * @param schemaVersion the document's {@value #SCHEMA_VERSION_PROPERTY}
   * @return the version, when readable
   * @throws IllegalArgumentException naming the version when it is below 1 or newer than {@link
   *     #CURRENT_SCHEMA_VERSION}
   */
  public static int requireReadable(int schemaVersion) {
    if (schemaVersion < 1) {
      throw new IllegalArgumentException(
          SCHEMA_VERSION_PROPERTY + " must be at least 1, but was " + schemaVersion);
    }
    if (schemaVersion > CURRENT_SCHEMA_VERSION) {
      throw new IllegalArgumentException(
          SCHEMA_VERSION_PROPERTY
              + " "
              + schemaVersion
              + " is newer than this library reads (up to "
              + CURRENT_SCHEMA_VERSION
              + "): upgrade crm-method-json to read this document");
    }
    return schemaVersion;
  }
}
