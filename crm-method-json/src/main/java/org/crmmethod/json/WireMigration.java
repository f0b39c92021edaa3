package org.crmmethod.json;

import tools.jackson.databind.node.ObjectNode;

/**
 * One step in reading documents written by an older version of the wire format: it rewrites a
 * document of version {@link #fromVersion()} into version {@code fromVersion() + 1}.
 *
 * <p>When a reader meets a document older than {@link WireFormat#CURRENT_SCHEMA_VERSION}, it reads
 * the document as a tree, applies the steps from the document's version up to the current one, and
 * binds the result. The format has a single version today, so {@link WireFormat#migrations()} is
 * empty; this is where the next version's reading of the previous one will plug in.
 *
 * <p>Every kind of document (plan, method, and each stored result) goes through the same steps; a
 * step is told which kind it is rewriting and leaves the others as they are. A document nested in
 * another (the plan of a schedule, the forecast of a credibility) carries its own version and is
 * migrated on its own when it is bound, so a step leaves nested documents alone.
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
   * @param documentType the kind of document, e.g. {@code ProjectPlan.class} or {@code
   *     Schedule.class}
   * @param document the document's top-level object, without its {@code schemaVersion}
   */
  void migrate(Class<?> documentType, ObjectNode document);
}
