package org.crmmethod.json.mixin;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import tools.jackson.databind.annotation.JsonAppend;

/**
 * Marks the mix-in of a document type (a plan, a method, a stored result): its documents start with
 * {@code "schemaVersion"}, written by {@link SchemaVersionWriter}. The reading side is {@code
 * CrmJsonModule.DOCUMENT_TYPES}, which a test keeps equal to the types marked here.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@JacksonAnnotationsInside
@JsonAppend(
    prepend = true,
    props =
        @JsonAppend.Prop(
            value = SchemaVersionWriter.class,
            name = "schemaVersion",
            type = int.class))
@interface VersionedDocument {}
