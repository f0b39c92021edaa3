package org.crmmethod.core.plan;

/** How the start or finish of an activity depends on the start or finish of its predecessor. */
public enum DependencyType {
  /** The successor starts after the predecessor finishes (FS). */
  FINISH_TO_START("FS"),
  /** The successor starts after the predecessor starts (SS). */
  START_TO_START("SS"),
  /** The successor finishes after the predecessor finishes (FF). */
  FINISH_TO_FINISH("FF"),
  /** The successor finishes after the predecessor starts (SF). */
  START_TO_FINISH("SF");

  private final String code;

  DependencyType(String code) {
    this.code = code;
  }

  /**
   * Returns the usual two-letter code of the dependency type.
   *
   * @return FS, SS, FF or SF
   */
  public String code() {
    return code;
  }
}
