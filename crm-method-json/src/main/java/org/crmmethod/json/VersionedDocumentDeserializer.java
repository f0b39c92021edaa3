package org.crmmethod.json;

import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a document (a plan, a method or a stored result, see {@link CrmJsonModule#DOCUMENT_TYPES}):
 * checks its {@code schemaVersion}, upgrades an older document through the {@link WireMigration}s,
 * and hands the rest to the type's own deserializer.
 *
 * <p>The fast path streams: the version is the first property, as the library writes it, and the
 * type's deserializer is handed the parser on the property after it (or on the closing brace).
 * Jackson's bean deserializers accept that position whether they build through a builder, a
 * creator or a record's constructor, so nothing is buffered. When the version is elsewhere, or when
 * the document needs upgrading, the document is read as a tree first.
 */
final class VersionedDocumentDeserializer extends DelegatingDeserializer {
  private final Class<?> documentType;
  private final int currentVersion;
  private final List<WireMigration> migrations;

  VersionedDocumentDeserializer(
      ValueDeserializer<?> delegate,
      Class<?> documentType,
      int currentVersion,
      List<WireMigration> migrations) {
    super(delegate);
    this.documentType = documentType;
    this.currentVersion = currentVersion;
    this.migrations = List.copyOf(migrations);
  }

  @Override
  protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
    return new VersionedDocumentDeserializer(
        newDelegatee, documentType, currentVersion, migrations);
  }

  @Override
  public Object deserialize(JsonParser parser, DeserializationContext context) {
    if (!parser.isExpectedStartObjectToken()) {
      return _delegatee.deserialize(parser, context);
    }
    JsonToken token = parser.nextToken();
    if (token == JsonToken.PROPERTY_NAME
        && WireFormat.SCHEMA_VERSION_PROPERTY.equals(parser.currentName())) {
      parser.nextToken();
      int version = readVersion(parser);
      parser.nextToken();
      if (version == currentVersion) {
        return _delegatee.deserialize(parser, context);
      }
      return bindUpgraded(readRest(parser, context), version, context);
    }
    ObjectNode document = readRest(parser, context);
    JsonNode versionNode = document.remove(WireFormat.SCHEMA_VERSION_PROPERTY);
    if (versionNode == null) {
      throw versionProblem(
          parser,
          "missing: a document must say which version of the format it follows, e.g. \""
              + WireFormat.SCHEMA_VERSION_PROPERTY
              + "\": "
              + currentVersion);
    }
    if (!versionNode.isIntegralNumber() || !versionNode.canConvertToInt()) {
      throw versionProblem(parser, "must be a whole number, but was " + versionNode);
    }
    return bindUpgraded(document, checked(parser, versionNode.intValue()), context);
  }

  private ObjectNode readRest(JsonParser parser, DeserializationContext context) {
    // The parser stands on the first property name or on the closing brace; the tree reader
    // takes an object from there.
    return (ObjectNode) context.readTree(parser);
  }

  private int readVersion(JsonParser parser) {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
        || parser.getNumberType() != JsonParser.NumberType.INT) {
      throw versionProblem(parser, "must be a whole number, but was " + describe(parser));
    }
    return checked(parser, parser.getIntValue());
  }

  private int checked(JsonParser parser, int version) {
    if (version < 1) {
      throw versionProblem(parser, "must be at least 1, but was " + version);
    }
    if (version > currentVersion) {
      throw versionProblem(
          parser,
          version
              + " is newer than this library reads (up to "
              + currentVersion
              + "): upgrade crm-method-json to read this document");
    }
    return version;
  }

  private Object bindUpgraded(ObjectNode document, int version, DeserializationContext context) {
    for (int from = version; from < currentVersion; from++) {
      migrationFrom(from).migrate(documentType, document);
    }
    try (JsonParser treeParser = document.traverse(context)) {
      treeParser.nextToken();
      return _delegatee.deserialize(treeParser, context);
    }
  }

  private WireMigration migrationFrom(int version) {
    for (WireMigration migration : migrations) {
      if (migration.fromVersion() == version) {
        return migration;
      }
    }
    throw new IllegalStateException("no WireMigration from schemaVersion " + version);
  }

  private static String describe(JsonParser parser) {
    JsonToken token = parser.currentToken();
    return token == null || !token.isScalarValue() ? String.valueOf(token) : parser.getText();
  }

  private static SchemaVersionException versionProblem(JsonParser parser, String what) {
    SchemaVersionException problem =
        new SchemaVersionException(parser, WireFormat.SCHEMA_VERSION_PROPERTY + " " + what);
    problem.prependPath(null, WireFormat.SCHEMA_VERSION_PROPERTY);
    return problem;
  }
}
