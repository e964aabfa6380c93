import { DateTime } from 'luxon'

/*
 * Teaching weeks of a school year. Week 1 is the calendar week (Monday to
 * Sunday) holding the year's start date; each next week is the next
 * calendar week that is not a break. A break week is one whose school days
 * (Monday to Saturday, as Vietnamese schools teach on Saturdays) all fall
 * in a configured holiday range. This is the one place a week becomes
 * dates: due dates, lateness, reminders and the deadline views ask it.
 */
export interface SchoolCalendar {
  startsOn: DateTime
  totalWeeks: number
  holidays?: { from: string; to: string }[] | null
}

export interface WeekRange {
  week: number
  /** Monday, start of day. */
  start: DateTime
  /** Sunday, start of day. */
  end: DateTime
}

const SCHOOL_DAYS = 6

/** The dates of teaching week `week` (1-based), or null outside the year. */
export function weekDates(calendar: SchoolCalendar, week: number): WeekRange | null {
  if (!Number.isInteger(week) || week < 1 || week > calendar.totalWeeks) return null
  return teachingWeeks(calendar)[week - 1] ?? null
}

/** The teaching week holding `date`, or null (before the year, in a break, after the last week). */
export function weekOf(calendar: SchoolCalendar, date: DateTime): WeekRange | null {
  const day = date.startOf('day')
  return teachingWeeks(calendar).find((range) => day >= range.start && day <= range.end) ?? null
}

/** Every teaching week of the year, in order. */
export function teachingWeeks(calendar: SchoolCalendar): WeekRange[] {
  const breaks = (calendar.holidays ?? []).map((range) => ({
    from: DateTime.fromISO(range.from).startOf('day'),
    to: DateTime.fromISO(range.to).startOf('day'),
  }))
  const inBreak = (day: DateTime) => breaks.some((range) => day >= range.from && day <= range.to)
  const isBreakWeek = (monday: DateTime) =>
    breaks.length > 0 &&
    Array.from({ length: SCHOOL_DAYS }, (_, i) => monday.plus({ days: i })).every(inBreak)

  const weeks: WeekRange[] = []
  let monday = calendar.startsOn.startOf('day').startOf('week')
  /* A bound on breaks, so a misconfigured calendar cannot loop forever. */
  for (
    let guard = 0;
    weeks.length < calendar.totalWeeks && guard < calendar.totalWeeks + 52;
    guard++
  ) {
    if (!isBreakWeek(monday))
      weeks.push({ week: weeks.length + 1, start: monday, end: monday.plus({ days: 6 }) })
    monday = monday.plus({ weeks: 1 })
  }
  return weeks
}
