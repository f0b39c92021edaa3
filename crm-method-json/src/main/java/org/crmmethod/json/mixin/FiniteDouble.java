package org.crmmethod.json.mixin;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Marks a {@code double} property of a mix-in as written and read through {@link FiniteNumbers}:
 * NaN and the infinities are neither written nor read.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.PARAMETER})
@JacksonAnnotationsInside
@JsonSerialize(using = FiniteNumbers.DoubleWriter.class)
@JsonDeserialize(using = FiniteNumbers.DoubleReader.class)
@interface FiniteDouble {}
