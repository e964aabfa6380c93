import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { dueDate, latenessOf } from '#app/workflow/services/deadlines'

const context = { planDeadline: DateTime.fromISO('2025-09-15'), lessonPlanLeadDays: 1 }
const on = (iso: string) => ({ ...context, today: DateTime.fromISO(iso) })

test.group('Deadlines (computed, never stored)', () => {
  test("yearly plans are due on the school year's deadline", ({ assert }) => {
    const pl3 = { kind: 'pl3' as const, status: 'submitted' as const, teachingDate: null }
    assert.equal(dueDate(pl3, context)?.toISODate(), '2025-09-15')
    assert.equal(latenessOf(pl3, on('2025-09-15')), 'on_time')
    assert.equal(latenessOf(pl3, on('2025-09-16')), 'late')
    assert.equal(latenessOf({ ...pl3, status: 'approved' }, on('2025-10-01')), 'on_time')
  })

  test('a lesson plan is due the lead time before its lesson, and flagged when the lesson comes unapproved', ({
    assert,
  }) => {
    const pl4 = {
      kind: 'pl4' as const,
      status: 'submitted' as const,
      teachingDate: DateTime.fromISO('2025-10-10'),
    }
    assert.equal(dueDate(pl4, context)?.toISODate(), '2025-10-09')
    assert.equal(latenessOf(pl4, on('2025-10-09')), 'on_time')
    assert.equal(latenessOf(pl4, on('2025-10-09T23:00')), 'on_time')
    assert.equal(
      latenessOf({ ...pl4, teachingDate: DateTime.fromISO('2025-10-11') }, on('2025-10-11')),
      'unapproved_at_lesson'
    )
    assert.equal(
      latenessOf(pl4, { ...on('2025-10-10'), lessonPlanLeadDays: 3 }),
      'unapproved_at_lesson'
    )
    assert.equal(latenessOf(pl4, { ...on('2025-10-08'), lessonPlanLeadDays: 3 }), 'late')
  })

  test('a lesson plan with only a week has no due day without a calendar', ({ assert }) => {
    assert.isNull(
      dueDate({ kind: 'pl4', status: 'draft', teachingDate: null, teachingWeek: 14 }, context)
    )
  })

  test("a lesson planned by week is due the lead time before its week's Monday, late and unapproved like a dated one", ({
    assert,
  }) => {
    const calendar = { startsOn: DateTime.fromISO('2025-09-05'), totalWeeks: 35 }
    const pl4 = {
      kind: 'pl4' as const,
      status: 'submitted' as const,
      teachingDate: null,
      teachingWeek: 14,
    }
    const withCalendar = { ...context, calendar }
    assert.equal(dueDate(pl4, withCalendar)?.toISODate(), '2025-11-30')
    assert.equal(
      latenessOf(pl4, { ...withCalendar, today: DateTime.fromISO('2025-11-30') }),
      'on_time'
    )
    assert.equal(
      latenessOf(pl4, { ...withCalendar, today: DateTime.fromISO('2025-11-30T12:00') }),
      'on_time'
    )
    assert.equal(
      latenessOf(pl4, { ...withCalendar, today: DateTime.fromISO('2025-12-01') }),
      'unapproved_at_lesson'
    )
    assert.equal(
      latenessOf(pl4, {
        ...withCalendar,
        lessonPlanLeadDays: 3,
        today: DateTime.fromISO('2025-11-29'),
      }),
      'late'
    )
    /* A date, when given, wins over the week. */
    assert.equal(
      dueDate({ ...pl4, teachingDate: DateTime.fromISO('2025-12-03') }, withCalendar)?.toISODate(),
      '2025-12-02'
    )
  })
})
