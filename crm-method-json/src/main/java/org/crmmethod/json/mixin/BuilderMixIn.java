package org.crmmethod.json.mixin;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * The base of every mix-in of a generated Immutables builder: a property is read only through the
 * builder method a mix-in names with {@code @JsonProperty}, so the builder's other methods ({@code
 * from}, {@code addX}, {@code addAllX}) are not properties and a document naming them is refused
 * as having unknown properties. {@code build()} runs the value's invariants.
 */
@JsonPOJOBuilder(withPrefix = "", buildMethodName = "build")
@JsonAutoDetect(
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    fieldVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
abstract class BuilderMixIn {}
