import { test } from '@japa/runner'
import { readFile, readdir } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import {
  KIND_LABEL_PREFIXES,
  allKinds,
  deadlineRule,
  decidedByCouncil,
  formFields,
  isDocumentKind,
  isLessonPlan,
  kindCondition,
  kindDefinition,
  kindIds,
  kindsAtLevel,
  kindsWhere,
  lessonKinds,
  missingMetadata,
  registerKind,
  reportedUpward,
  submitsKind,
  yearlyKinds,
} from '#app/core/registries/kinds'

test.group('Document kinds (directive 2.1)', () => {
  test('five kinds, each submitted by the role the directive names', ({ assert }) => {
    assert.deepEqual(
      allKinds().map((k) => k.id),
      ['school_plan', 'pl1', 'pl2', 'pl3', 'pl4']
    )
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
    assert.includeMembers(formFields('pl4'), [
      'lessonTitle',
      'periods',
      'teachingDate',
      'teachingWeek',
      'grade',
      'subjectId',
    ])
    assert.notInclude(formFields('school_plan'), 'lessonTitle')
    const base = {
      schoolYearId: 1,
      schoolId: 1,
      groupId: 1,
      subjectId: 1,
      grade: 6,
      lessonTitle: 'Bài 1',
      periods: 2,
    }
    assert.deepEqual(missingMetadata('pl4', base), ['teachingDate'])
    assert.deepEqual(missingMetadata('pl4', { ...base, teachingWeek: 3 }), [])
    assert.deepEqual(missingMetadata('pl4', { ...base, teachingDate: '2025-09-15' }), [])
    assert.deepEqual(missingMetadata('pl3', { schoolYearId: 1, schoolId: 1, groupId: 1 }), [
      'subjectId',
      'grade',
    ])
  })
})

test.group('Kind registry: traits instead of kind ids', () => {
  test('traits of the five kinds', ({ assert }) => {
    assert.deepEqual(yearlyKinds(), ['school_plan', 'pl1', 'pl2', 'pl3'])
    /* The open_lesson_counts triggers and partial index (migration 0307) count 'pl4': another lesson kind needs a migration. */
    assert.deepEqual(
      lessonKinds(),
      ['pl4'],
      'a new kind due before its lesson needs a migration widening open_lesson_counts'
    )
    assert.deepEqual(kindsAtLevel('group'), ['pl1', 'pl2'])
    assert.deepEqual(kindsAtLevel('teacher'), ['pl3', 'pl4'])
    assert.isTrue(isLessonPlan('pl4'))
    assert.isFalse(isLessonPlan('pl3'))
    assert.equal(deadlineRule('pl3'), 'school_year')
    assert.equal(deadlineRule('pl4'), 'lesson')
    assert.deepEqual(
      kindsWhere((kind) => decidedByCouncil(kind.id)),
      ['school_plan']
    )
    assert.deepEqual(
      kindsWhere((kind) => reportedUpward(kind.id)),
      ['school_plan']
    )
    assert.deepEqual(
      kindsWhere((kind) => kind.expected === 'one_per_teacher'),
      ['pl3']
    )
  })

  test('SQL conditions name only registered kinds, as literals', ({ assert }) => {
    assert.equal(kindCondition('documents.kind', ['pl4']), `documents.kind = 'pl4'`)
    assert.equal(kindCondition('kind', ['pl1', 'pl2']), `kind IN ('pl1', 'pl2')`)
    assert.equal(kindCondition('kind', []), '1 = 0')
    assert.throws(() => kindCondition('kind', [`pl4' OR 1=1 --`]), /Unknown document kind/)
  })

  test('every kind has its structure profile and its labels', async ({ assert }) => {
    const translations = async (file: string) =>
      JSON.parse(await readFile(app.makePath(`resources/lang/vi/${file}.json`), 'utf8'))
    const lang: Record<string, any> = {
      documents: await translations('documents'),
      workflow: await translations('workflow'),
    }
    const profiles = await readdir(app.makePath('plugins/profiles'))
    for (const kind of kindIds()) {
      assert.include(profiles, `${kind}.json`, `plugins/profiles/${kind}.json`)
      for (const prefix of KIND_LABEL_PREFIXES) {
        const [file, ...path] = `${prefix}.${kind}`.split('.')
        const label = path.reduce((node, key) => node?.[key], lang[file])
        assert.isString(label, `${prefix}.${kind}`)
      }
    }
  })

  test('a kind registered at run time is known until it is removed; an id is registered once', ({
    assert,
  }) => {
    const definition = { ...kindDefinition('pl2'), id: 'zz_unit_kind' }
    const unregister = registerKind(definition)
    try {
      assert.isTrue(isDocumentKind('zz_unit_kind'))
      assert.include(kindsAtLevel('group'), 'zz_unit_kind')
      assert.throws(() => registerKind(definition), /already registered/)
    } finally {
      unregister()
    }
    assert.isFalse(isDocumentKind('zz_unit_kind'))
    assert.throws(() => kindDefinition('zz_unit_kind'), /Unknown document kind/)
  })
})
