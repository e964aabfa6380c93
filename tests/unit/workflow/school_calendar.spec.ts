import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { teachingWeeks, weekDates, weekOf } from '#app/workflow/services/school_calendar'

/* 2025-2026 opens on Friday 5/9/2025: week 1 is the calendar week from Monday 1/9. */
const year = { startsOn: DateTime.fromISO('2025-09-05'), totalWeeks: 35 }
/* Tết 2026: Monday 9/2 to Sunday 22/2, two whole weeks off. */
const withTet = { ...year, holidays: [{ from: '2026-02-09', to: '2026-02-22' }] }

test.group('School calendar: teaching week to dates', () => {
  test('week 1 starts on the Monday of the week holding the start date, and runs to Sunday', ({
    assert,
  }) => {
    const week1 = weekDates(year, 1)!
    assert.equal(week1.start.toISODate(), '2025-09-01')
    assert.equal(week1.end.toISODate(), '2025-09-07')
    assert.equal(week1.start.weekday, 1)
  })

  test('"Tuần 14" is thirteen weeks after week 1', ({ assert }) => {
    assert.equal(weekDates(year, 14)!.start.toISODate(), '2025-12-01')
    assert.equal(weekDates(year, 14)!.end.toISODate(), '2025-12-07')
  })

  test('a year starting on a Monday starts week 1 that day', ({ assert }) => {
    assert.equal(
      weekDates({ startsOn: DateTime.fromISO('2026-09-07'), totalWeeks: 35 }, 1)!.start.toISODate(),
      '2026-09-07'
    )
  })

  test('weeks outside the year have no dates', ({ assert }) => {
    assert.isNull(weekDates(year, 0))
    assert.isNull(weekDates(year, 36))
    assert.isNull(weekDates(year, 2.5))
    assert.equal(weekDates(year, 35)!.start.toISODate(), '2026-04-27')
  })

  test('holiday weeks are skipped when configured, weeks before them unchanged', ({ assert }) => {
    const before = weekDates(year, 23)!.start.toISODate()
    assert.equal(before, '2026-02-02')
    assert.equal(weekDates(withTet, 23)!.start.toISODate(), before)
    /* Without the break week 24 would be 9/2; with it, the first Monday after Tết. */
    assert.equal(weekDates(year, 24)!.start.toISODate(), '2026-02-09')
    assert.equal(weekDates(withTet, 24)!.start.toISODate(), '2026-02-23')
    assert.lengthOf(teachingWeeks(withTet), 35)
    assert.equal(weekDates(withTet, 35)!.start.toISODate(), '2026-05-11')
  })

  test('a break of a few days inside a week does not skip the week', ({ assert }) => {
    const holiday = { ...year, holidays: [{ from: '2025-09-01', to: '2025-09-02' }] }
    assert.equal(weekDates(holiday, 1)!.start.toISODate(), '2025-09-01')
  })

  test('a date is placed in its teaching week, and a break day in none', ({ assert }) => {
    assert.equal(weekOf(year, DateTime.fromISO('2025-12-04'))!.week, 14)
    assert.equal(weekOf(year, DateTime.fromISO('2025-12-07T20:00'))!.week, 14)
    assert.isNull(weekOf(year, DateTime.fromISO('2025-08-31')))
    assert.isNull(weekOf(withTet, DateTime.fromISO('2026-02-16')))
    assert.equal(weekOf(withTet, DateTime.fromISO('2026-02-23'))!.week, 24)
  })
})
