/**
 * CSV as RFC 4180 writes it, for spreadsheets: a field holding a comma, a
 * quote or a line break is quoted, its quotes doubled; lines end in CRLF.
 * A text that a spreadsheet would take for a formula (=, +, -, @, a tab or a
 * carriage return first: a channel named "=HYPERLINK(…)") gets a leading
 * apostrophe, OWASP's advice against CSV injection; numbers stay numbers.
 */

export type CsvCell = string | number

const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

function field(cell: CsvCell): string {
  if (typeof cell === 'number') return String(cell)
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const toCsv = (rows: CsvCell[][]) => rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n'

/** Excel reads a CSV without this mark in the system's code page, and Chinese turns to mojibake. */
export const UTF8_BOM = '\uFEFF'
