package org.crmmethod.json.mixin;

import org.crmmethod.json.WireFormat;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.ser.VirtualBeanPropertyWriter;
import tools.jackson.databind.util.Annotations;

/**
 * Writes the {@code schemaVersion} property first in plan, method and result documents; named by
 * {@link VersionedDocument} on their mix-ins.
 */
public final class SchemaVersionWriter extends VirtualBeanPropertyWriter {
  private static final long serialVersionUID = 1L;

  /** Used by Jackson to create the prototype it then configures with {@link #withConfig}. */
  public SchemaVersionWriter() {
    super();
  }

  private SchemaVersionWriter(
      BeanPropertyDefinition property, Annotations annotations, JavaType type) {
    super(property, annotations, type);
  }

  @Override
  protected Object value(Object bean, JsonGenerator generator, SerializationContext context) {
    return WireFormat.CURRENT_SCHEMA_VERSION;
  }

  @Override
  public VirtualBeanPropertyWriter withConfig(
      MapperConfig<?> config,
      AnnotatedClass declaringClass,
      BeanPropertyDefinition property,
      JavaType type) {
    return new SchemaVersionWriter(property, declaringClass.getAnnotations(), type);
  }
}
