package org.crmmethod.json.mixin;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The base of every mix-in of a model value: only the accessors a mix-in names with
 * {@code @JsonProperty} are written, and absent optional values are left out. Collections are
 * always written, empty ones as {@code []}, so that every required property of a document is
 * present.
 */
@JsonAutoDetect(
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    fieldVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
abstract class ValueMixIn {}
