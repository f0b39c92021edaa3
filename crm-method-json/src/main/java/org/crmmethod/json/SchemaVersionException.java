package org.crmmethod.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/** A document's {@code schemaVersion} is absent, malformed, or one this library cannot read. */
final class SchemaVersionException extends DatabindException {
  private static final long serialVersionUID = 1L;

  SchemaVersionException(JsonParser parser, String message) {
    super(parser, message);
  }
}
