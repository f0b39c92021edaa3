package org.crmmethod.examples.report;

/**
 * The report's colours, shared by the charts (as SVG presentation attributes, so that a chart
 * copied out of the page keeps them) and the style sheet. Critical work is the one warm colour of
 * the schedule, so that the critical path stands out; red, amber and green are kept for statuses.
 */
final class Palette {
  /** Text and the darkest lines. */
  static final String INK = "#1f2933";
  /** Secondary text, axis labels. */
  static final String MUTED = "#616e7c";
  /** Grid lines. */
  static final String GRID = "#d9dee4";
  /** The year's first month on the date axis. */
  static final String GRID_STRONG = "#a9b3bd";
  /** Activities with float. */
  static final String ACTIVITY = "#4a7fb5";
  /** Activities and gates on the critical path. */
  static final String CRITICAL = "#d9480f";
  /** Float whiskers: how far an activity may slip. */
  static final String FLOAT = "#9aa5b1";
  /** Gates and milestones off the critical path. */
  static final String MILESTONE = "#323f4b";
  /** Phase summary bars. */
  static final String PHASE = "#323f4b";
  /** Lot summary bars. */
  static final String LOT = "#7b5ea7";
  /** Alternate phase bands. */
  static final String BAND_EVEN = "#f4f6f8";
  /** Alternate phase bands. */
  static final String BAND_ODD = "#ffffff";
  /** Phase header rows. */
  static final String PHASE_HEADER = "#e4e8ed";
  /** The status date line. */
  static final String STATUS = "#2b8a3e";
  /** The target date line. */
  static final String TARGET = "#e67700";
  /** Histogram bars. */
  static final String HISTOGRAM = "#8fb3d9";
  /** The cumulative probability curve. */
  static final String CURVE = "#1d5fa3";
  /** The P50 marker. */
  static final String P50 = "#1971c2";
  /** The P80 marker. */
  static final String P80 = "#862e9c";
  /** Red status. */
  static final String RED = "#c92a2a";
  /** Amber status. */
  static final String AMBER = "#e8890c";
  /** Green status. */
  static final String GREEN = "#2b8a3e";
  /** Text on red, amber and green badges. */
  static final String ON_STATUS = "#ffffff";
  /** The charts' fonts: the reader's own, none downloaded. */
  static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
  /** The charts' fixed-width font, for ids. */
  static final String MONO = "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace";

  private Palette() {}
}
