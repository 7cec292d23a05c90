package dev.schemata.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A table for people: left-aligned columns two spaces apart, a header line, no borders. */
final class TextTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private int paintedColumn = -1;
  private UnaryOperator<String> paint = UnaryOperator.identity();

  TextTable(String... header) {
    this.header = List.of(header);
  }

  /** Colours the cells of one column; the colour codes do not count towards the widths. */
  TextTable painted(int column, UnaryOperator<String> paint) {
    this.paintedColumn = column;
    this.paint = paint;
    return this;
  }

  TextTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(cells.length + " cells for " + header.size()
          + " columns");
    }
    rows.add(List.of(cells));
    return this;
  }

  void print(PrintWriter out) {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    out.println(line(header, widths, false));
    for (List<String> row : rows) {
      out.println(line(row, widths, true));
    }
  }

  private String line(List<String> cells, int[] widths, boolean paintable) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      line.append(paintable && i == paintedColumn ? paint.apply(cell) : cell);
      if (i < cells.size() - 1) {
        line.append(" ".repeat(widths[i] - cell.length() + 2));
      }
    }
    return line.toString().stripTrailing();
  }
}
