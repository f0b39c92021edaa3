package org.crmmethod.core.plan;

/** Where a deliverable stands. */
public enum DeliverableStatus {
  /** Not started. */
  PLANNED,
  /** Being written or built. */
  IN_PROGRESS,
  /** Handed in and waiting for approval. */
  SUBMITTED,
  /** Approved by every role whose approval it needs. */
  APPROVED,
  /** Sent back for rework. */
  REJECTED
}
