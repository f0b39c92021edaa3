package org.crmmethod.core.value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.crmmethod.core.InvalidModelException;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model, applied to whole packages through their {@code
 * package-info.java}.
 *
 * <p>Value types are abstract classes named plainly ({@code Activity}); the generated
 * implementation is {@code ImmutableActivity}, but callers reach it through the nested {@code
 * Builder} and the static {@code builder()} / {@code of(...)} factories of the abstract type.
 * Collection attributes get singular adders ({@code addActivity}). A builder missing a required
 * attribute throws {@link InvalidModelException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    typeAbstract = "*",
    typeImmutable = "Immutable*",
    depluralize = true,
    depluralizeDictionary = {"criterion:criteria"},
    throwForInvalidImmutableState = InvalidModelException.class,
    generateSuppressAllWarnings = true)
public @interface CrmStyle {}
