import * as fc from 'fast-check'
import { addDays, chinaDay, daysInRange, eachDay, isDay, windowOf } from '../../server/core/china-day'

describe('China days', () => {
  it('puts an instant on the day it is in China (UTC+8), whatever the machine’s zone', () => {
    expect(chinaDay('2026-11-26T15:59:59.999Z')).toBe('2026-11-26')
    expect(chinaDay('2026-11-26T16:00:00.000Z')).toBe('2026-11-27')
    expect(chinaDay(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01')
  })

  it.each(['2026-11-27', '2024-02-29', '2000-01-01'])('takes %s as a day', (day) => expect(isDay(day)).toBe(true))
  it.each(['2026-02-29', '2026-13-01', '2026-11-31', '2026-1-05', '26-11-27', '2026-11-27T00:00', ''])(
    'refuses %p',
    (text) => expect(isDay(text)).toBe(false),
  )

  it('counts and lists the days of a range, both ends included, across months and leap days', () => {
    expect(eachDay('2024-02-27', '2024-03-01')).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01'])
    expect(daysInRange('2025-11-27', '2026-11-27')).toBe(366)
    expect(daysInRange('2026-11-28', '2026-11-27')).toBe(0)
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-01-01'), noInvalidDate: true }),
        fc.nat(800),
        (date, n) => {
          const from = chinaDay(date)
          const to = addDays(from, n)
          expect(isDay(to)).toBe(true)
          expect(daysInRange(from, to)).toBe(n + 1)
          expect(addDays(to, -n)).toBe(from)
        },
      ),
    )
  })

  it('numbers fixed windows so that a day’s window is a China day', () => {
    const day = 86_400
    expect(windowOf(new Date('2026-11-26T15:59:59Z'), day)).not.toBe(windowOf(new Date('2026-11-26T16:00:00Z'), day))
    expect(windowOf(new Date('2026-11-26T16:00:00Z'), day)).toBe(windowOf(new Date('2026-11-27T15:59:59Z'), day))
    expect(windowOf(new Date('2026-11-27T10:00:59Z'), 60)).toBe(windowOf(new Date('2026-11-27T10:00:00Z'), 60))
    // Sortable as text: a later window is greater.
    expect(windowOf(new Date('2026-11-27T10:01:00Z'), 60) > windowOf(new Date('2026-11-27T10:00:00Z'), 60)).toBe(true)
  })
})
