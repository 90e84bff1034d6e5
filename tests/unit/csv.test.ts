import { parse } from 'csv-parse/sync'
import * as fc from 'fast-check'
import { toCsv, type CsvCell } from '../../src/utils/csv'

/** How a spreadsheet reads the file back: RFC 4180, as csv-parse implements it. */
const readBack = (text: string): string[][] => parse(text, { relaxColumnCount: true, skipEmptyLines: false })

describe('toCsv (RFC 4180)', () => {
  it('quotes a field with a comma, a quote or a line break, doubling its quotes; lines end in CRLF', () => {
    expect(
      toCsv([
        ['柯桥, "秋季" 纺博会', 12],
        ['两行\n文字', 'a\r\nb', '平常'],
      ]),
    ).toBe('"柯桥, ""秋季"" 纺博会",12\r\n"两行\n文字","a\r\nb",平常\r\n')
  })

  it('writes an empty row as an empty line', () => {
    expect(toCsv([['日期'], [], ['合计', 3]])).toBe('日期\r\n\r\n合计,3\r\n')
  })

  it('keeps a spreadsheet from taking text for a formula, and numbers as numbers', () => {
    expect(toCsv([['=HYPERLINK("http://x","点我")', '+86', '-1', '@SUM(A1)', -3, 0]])).toBe(
      `"'=HYPERLINK(""http://x"",""点我"")",'+86,'-1,'@SUM(A1),-3,0\r\n`,
    )
  })

  it('reads back as the same cells, whatever the text', () => {
    const cell = fc.oneof(fc.string({ unit: 'binary' }), fc.integer())
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const shown = (value: CsvCell) =>
          typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
        expect(readBack(toCsv(rows))).toEqual(rows.map((row) => row.map(shown)))
      }),
    )
  })
})
