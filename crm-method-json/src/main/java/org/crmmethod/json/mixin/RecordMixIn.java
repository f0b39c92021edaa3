package org.crmmethod.json.mixin;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

/**
 * The base of every mix-in of a result record: only the components a mix-in names with
 * {@code @JsonProperty} are written (never the record's other accessors, such as derived figures),
 * and the record is read through its canonical constructor, every component required and none null.
 */
@JsonAutoDetect(
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    fieldVisibility = Visibility.NONE)
abstract class RecordMixIn {}
