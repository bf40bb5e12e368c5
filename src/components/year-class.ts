/** Class for a chart mark of one year; index.css highlights it when it is the wrapper's data-selected-year. */
export function yearClass(year: number): string {
  return `yr-${year}`;
}
