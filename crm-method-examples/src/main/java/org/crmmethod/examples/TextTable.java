package org.crmmethod.examples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with a header row and left-aligned columns, each as wide as its widest cell.
 */
public final class TextTable {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  private TextTable(List<String> headers) {
    this.headers = headers;
  }

  /**
   * Starts a table with the given column headers.
   *
   * @param headers the column headers, at least one
   * @return an empty table
   * @throws IllegalArgumentException when no header is given
   */
  public static TextTable withHeaders(String... headers) {
    if (headers.length == 0) {
      throw new IllegalArgumentException("headers must hold at least one column");
    }
    return new TextTable(List.of(headers));
  }

  /**
   * Adds a row.
   *
   * @param cells one value per column, rendered with {@link String#valueOf(Object)}
   * @return this table
   * @throws IllegalArgumentException when the number of cells differs from the number of columns
   */
  public TextTable addRow(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "a row must hold " + headers.size() + " cells, but held " + cells.length + ": "
              + Arrays.toString(cells));
    }
    rows.add(Arrays.stream(cells).map(String::valueOf).toList());
    return this;
  }

  /**
   * Renders the table: the header, a rule of dashes, then the rows, one per line.
   *
   * @return the rendered table, ending with a line break
   */
  public String render() {
    int[] widths = new int[headers.size()];
    for (int column = 0; column < widths.length; column++) {
      widths[column] = headers.get(column).length();
      for (List<String> row : rows) {
        widths[column] = Math.max(widths[column], row.get(column).length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, headers, widths);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    line(out, rule, widths);
    for (List<String> row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int column = 0; column < cells.size(); column++) {
      if (column > 0) {
        line.append("  ");
      }
      String cell = cells.get(column);
      line.append(cell).append(" ".repeat(widths[column] - cell.length()));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
