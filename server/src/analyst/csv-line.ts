// One RFC 4180 line: cells with a comma, quote or line break are quoted, quotes doubled.
export function csvLine(cells: readonly string[]): string {
  return (
    cells
      .map((cell) =>
        /[",\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell,
      )
      .join(",") + "\r\n"
  );
}
