import { test } from '@japa/runner'
import { allKinds, formFields, isDocumentKind, missingMetadata, submitsKind } from '#app/documents/kinds'

test.group('Document kinds (directive 2.1)', () => {
  test('five kinds, each submitted by the role the directive names', ({ assert }) => {
    assert.deepEqual(allKinds().map((k) => k.id), ['school_plan', 'pl1', 'pl2', 'pl3', 'pl4'])
    assert.isTrue(submitsKind('school_plan', 'principal'))
    assert.isTrue(submitsKind('school_plan', 'vice_principal'))
    assert.isFalse(submitsKind('school_plan', 'teacher'))
    assert.isTrue(submitsKind('pl1', 'group_deputy'))
    assert.isTrue(submitsKind('pl2', 'subgroup_lead'))
    assert.isFalse(submitsKind('pl1', 'subgroup_lead'))
    assert.isTrue(submitsKind('pl4', 'teacher'))
    assert.isFalse(submitsKind('pl4', 'group_head'))
    assert.isFalse(isDocumentKind('pl5'))
  })

  test('a lesson plan asks for lesson, periods and a date or a week', ({ assert }) => {
    assert.includeMembers(formFields('pl4'), ['lessonTitle', 'periods', 'teachingDate', 'teachingWeek', 'grade', 'subjectId'])
    assert.notInclude(formFields('school_plan'), 'lessonTitle')
    const base = { schoolYearId: 1, schoolId: 1, groupId: 1, subjectId: 1, grade: 6, lessonTitle: 'Bài 1', periods: 2 }
    assert.deepEqual(missingMetadata('pl4', base), ['teachingDate'])
    assert.deepEqual(missingMetadata('pl4', { ...base, teachingWeek: 3 }), [])
    assert.deepEqual(missingMetadata('pl4', { ...base, teachingDate: '2025-09-15' }), [])
    assert.deepEqual(missingMetadata('pl3', { schoolYearId: 1, schoolId: 1, groupId: 1 }), ['subjectId', 'grade'])
  })
})
