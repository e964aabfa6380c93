import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { dueDate, latenessOf } from '#app/workflow/services/deadlines'

const context = { planDeadline: DateTime.fromISO('2025-09-15'), lessonPlanLeadDays: 1 }
const on = (iso: string) => ({ ...context, today: DateTime.fromISO(iso) })

test.group('Deadlines (computed, never stored)', () => {
  test('yearly plans are due on the school year\'s deadline', ({ assert }) => {
    const pl3 = { kind: 'pl3' as const, status: 'submitted' as const, teachingDate: null }
    assert.equal(dueDate(pl3, context)?.toISODate(), '2025-09-15')
    assert.equal(latenessOf(pl3, on('2025-09-15')), 'on_time')
    assert.equal(latenessOf(pl3, on('2025-09-16')), 'late')
    assert.equal(latenessOf({ ...pl3, status: 'approved' }, on('2025-10-01')), 'on_time')
  })

  test('a lesson plan is due the lead time before its lesson, and flagged when the lesson comes unapproved', ({ assert }) => {
    const pl4 = { kind: 'pl4' as const, status: 'submitted' as const, teachingDate: DateTime.fromISO('2025-10-10') }
    assert.equal(dueDate(pl4, context)?.toISODate(), '2025-10-09')
    assert.equal(latenessOf(pl4, on('2025-10-09')), 'on_time')
    assert.equal(latenessOf(pl4, on('2025-10-09T23:00')), 'on_time')
    assert.equal(latenessOf({ ...pl4, teachingDate: DateTime.fromISO('2025-10-11') }, on('2025-10-11')), 'unapproved_at_lesson')
    assert.equal(latenessOf(pl4, { ...on('2025-10-10'), lessonPlanLeadDays: 3 }), 'unapproved_at_lesson')
    assert.equal(latenessOf(pl4, { ...on('2025-10-08'), lessonPlanLeadDays: 3 }), 'late')
  })

  test('a lesson plan with only a week has no due day', ({ assert }) => {
    assert.isNull(dueDate({ kind: 'pl4', status: 'draft', teachingDate: null }, context))
  })
})
