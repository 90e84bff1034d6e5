import { useState } from 'react'
import { addDays, daysInRange, MAX_RANGE_DAYS, shiftMonth, type DayRange } from '../utils/chinaDays'

/**
 * The custom range's calendar: a month at a time (never past this month),
 * a first tap starts the range and a second ends it (earlier taps swap);
 * days after today, or more than 366 days from the start, cannot be picked.
 */
export function useStatsCalendar(today: string, initial: DayRange) {
  const [month, setMonth] = useState(initial.to.slice(0, 7))
  const [from, setFrom] = useState<string | null>(initial.from)
  const [to, setTo] = useState<string | null>(initial.to)

  /** While only the start is picked, the end may be at most 365 days away on either side. */
  const selectable = (day: string) =>
    day <= today &&
    (from === null || to !== null || daysInRange(day < from ? day : from, day < from ? from : day) <= MAX_RANGE_DAYS)

  return {
    month,
    from,
    to,
    canGoNext: month < today.slice(0, 7),
    previousMonth: () => setMonth(shiftMonth(month, -1)),
    nextMonth: () => setMonth(shiftMonth(month, 1)),
    selectable,
    tap(day: string) {
      if (!selectable(day)) return
      if (from === null || to !== null) {
        setFrom(day)
        setTo(null)
      } else if (day < from) {
        setTo(from)
        setFrom(day)
      } else setTo(day)
    },
    /** The picked range; a single tapped day is a range of one day. */
    picked: (): DayRange | null => (from ? { from, to: to ?? from } : null),
    /** Days in the picked range, for the sheet to say. */
    length: from ? daysInRange(from, to ?? from) : 0,
    /** The furthest end from a lone start, to say why later days are grey. */
    limit: from && to === null ? addDays(from, MAX_RANGE_DAYS - 1) : null,
  } as const
}
