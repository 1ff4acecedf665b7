/**
 * Prints one figure as a plain-text table: the first column left-aligned (names), the rest
 * right-aligned (numbers), so the baseline row and the measured rows line up for reading.
 */
export function printTable(
  title: string,
  goal: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  notes: readonly string[] = [],
): void {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = '-'.repeat(widths.reduce((sum, width) => sum + width, 0) + 2 * (widths.length - 1));
  console.log(`\n${title}`);
  console.log(`Goal: ${goal}`);
  console.log(rule);
  console.log(line(header));
  console.log(rule);
  for (const row of rows) console.log(line(row));
  console.log(rule);
  for (const note of notes) console.log(note);
}
