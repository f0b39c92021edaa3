package org.crmmethod.json;

import tools.jackson.databind.node.ObjectNode;

/**
 * One step in reading documents written by an older version of the wire format: it rewrites a
 * document of version {@link #fromVersion()} into version {@code fromVersion() + 1}.
 *
 * <p>When a reader meets a plan or method document older than {@link
 * WireFormat#CURRENT_SCHEMA_VERSION}, it reads the document as a tree, applies the steps from the
 * document's version up to the current one, and binds the result. The format has a single version
 * today, so {@link WireFormat#migrations()} is empty; this is where the next version's reading of
 * the previous one will plug in.
 */
public interface WireMigration {

  /**
   * Returns the version this step reads.
   *
   * @return the version of the documents it migrates, at least 1
   */
  int fromVersion();

  /**
   * Rewrites a document, in place, from {@link #fromVersion()} to the next version.
   *
   * @param document the document's top-level object, without its {@code schemaVersion}
   */
  void migrate(ObjectNode document);
}
