package org.crmmethod.examples.report;

import java.util.Locale;

/**
 * The page's style sheet, written inline so that the page needs nothing else: the reader's own
 * system fonts, a column up to 1680 pixels wide, charts that fill it but never shrink below their
 * natural width (a narrow window scrolls them sideways instead of making their text unreadable),
 * and a print layout without the navigation.
 */
final class ReportStyle {

  private ReportStyle() {}

  /**
   * Returns the style sheet.
   *
   * @return the CSS text
   */
  static String css() {
    return String.format(
        Locale.ROOT,
        """
        :root { --ink: %1$s; --muted: %2$s; --grid: %3$s; --critical: %4$s; --red: %5$s; --amber: %6$s; \
        --green: %7$s; --p50: %8$s; --p80: %9$s; --target: %10$s; --lot: %11$s; --accent: %12$s; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%%; }
        body { margin: 0; color: var(--ink); background: #eef1f4; font: 14px/1.45 %13$s; }
        .page { max-width: 1680px; margin: 0 auto; padding: 0 24px 32px; }
        header.masthead { background: var(--ink); color: #fff; padding: 22px 24px 18px; margin: 0 -24px; }
        header.masthead .eyebrow { text-transform: uppercase; letter-spacing: 0.08em; font-size: 12px; color: #b8c2cc; }
        header.masthead h1 { margin: 4px 0 4px; font-size: 28px; line-height: 1.2; }
        header.masthead .subtitle { margin: 0 0 14px; color: #d3dae1; }
        dl.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 10px; margin: 0; }
        dl.figures div { background: rgba(255, 255, 255, 0.08); border-radius: 6px; padding: 8px 12px; }
        dl.figures dt { font-size: 12px; color: #b8c2cc; }
        dl.figures dd { margin: 2px 0 0; font-size: 18px; font-weight: 600; }
        dl.figures dd small { display: block; font-size: 12px; font-weight: 400; color: #d3dae1; }
        nav.contents { position: sticky; top: 0; z-index: 1; background: #eef1f4; padding: 10px 0; margin-bottom: 6px; \
        border-bottom: 1px solid var(--grid); }
        nav.contents a { color: var(--accent); text-decoration: none; margin-right: 18px; font-weight: 600; }
        nav.contents a:hover { text-decoration: underline; }
        section.part { background: #fff; border: 1px solid var(--grid); border-radius: 8px; padding: 18px 22px; margin: 16px 0; }
        section.part h2 { margin: 0 0 6px; font-size: 21px; }
        section.part h3 { margin: 18px 0 8px; font-size: 16px; }
        p.lead { margin: 0 0 12px; color: var(--muted); max-width: 110ch; }
        p.problem { padding: 10px 14px; border-left: 4px solid var(--red); background: #fff5f5; }
        p.none { padding: 10px 14px; border-left: 4px solid var(--green); background: #f3faf4; }
        .scroll { overflow-x: auto; }
        svg.chart { display: block; height: auto; }
        svg.gantt { width: 100%%; min-width: %14$dpx; }
        .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(%15$dpx, 1fr)); gap: 16px; }
        .charts figure { margin: 0; overflow-x: auto; }
        .charts svg.chart { width: 100%%; min-width: %15$dpx; max-width: %16$dpx; }
        figcaption { font-weight: 600; margin: 0 0 6px; }
        table { border-collapse: collapse; width: 100%%; margin: 6px 0 10px; font-size: 13px; }
        th, td { text-align: left; vertical-align: top; padding: 6px 9px; border-bottom: 1px solid var(--grid); }
        th { background: #f4f6f8; font-weight: 600; white-space: nowrap; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
        tr.critical td:first-child { border-left: 4px solid var(--critical); }
        code { font-family: %17$s; font-size: 12.5px; }
        .hint { display: block; color: var(--muted); font-size: 12px; }
        .badge { display: inline-block; border-radius: 4px; padding: 1px 8px; font-size: 12px; font-weight: 700; \
        letter-spacing: 0.03em; color: #fff; white-space: nowrap; }
        .badge.ERROR, .badge.RED, .badge.over { background: var(--red); }
        .badge.WARNING, .badge.AMBER { background: var(--amber); }
        .badge.INFO { background: var(--accent); }
        .badge.GREEN, .badge.within { background: var(--green); }
        .badge.critical { background: var(--critical); }
        .rag-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 12px; margin: 8px 0 6px; }
        .rag-card { border: 1px solid var(--grid); border-top-width: 6px; border-radius: 6px; padding: 10px 14px; }
        .rag-card.RED { border-top-color: var(--red); }
        .rag-card.AMBER { border-top-color: var(--amber); }
        .rag-card.GREEN { border-top-color: var(--green); }
        .rag-card h3 { margin: 0 0 4px; font-size: 15px; display: flex; justify-content: space-between; align-items: center; }
        .rag-card .score { font-size: 26px; font-weight: 700; }
        .rag-card p { margin: 2px 0; color: var(--muted); font-size: 12.5px; }
        .meter { display: flex; height: 12px; min-width: 160px; border-radius: 3px; overflow: hidden; background: #edf0f3; }
        .meter span { display: block; height: 100%%; }
        .meter .met, .key .met { background: var(--green); }
        .meter .closing, .key .closing { background: var(--accent); }
        .meter .open, .key .open { background: var(--red); }
        .meter .unassessed, .key .unassessed { background: #c3cbd3; }
        .key { display: flex; flex-wrap: wrap; gap: 14px; font-size: 12px; color: var(--muted); margin: 2px 0 8px; }
        .key i { display: inline-block; width: 12px; height: 12px; border-radius: 2px; vertical-align: -2px; margin-right: 4px; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 8px 0 12px; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; font-weight: 600; }
        details { margin-top: 10px; }
        summary { cursor: pointer; font-weight: 600; color: var(--accent); }
        footer { color: var(--muted); font-size: 12.5px; padding: 8px 2px 0; }
        footer p { margin: 4px 0; }
        @media print {
          body { background: #fff; }
          nav.contents { display: none; }
          section.part { break-inside: avoid-page; border: none; padding: 0; }
          header.masthead { background: #fff; color: var(--ink); }
        }
        """,
            Palette.INK, Palette.MUTED, Palette.GRID, Palette.CRITICAL, Palette.RED, Palette.AMBER, Palette.GREEN,
            Palette.P50, Palette.P80, Palette.TARGET, Palette.LOT, Palette.P50, Palette.FONT, GanttChart.WIDTH,
            ForecastCharts.WIDTH - 40, ForecastCharts.WIDTH + 220, Palette.MONO);
  }
}
