import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import DryRunValidator from '#app/documents/commands/dry_run_validator'
import ValidatorSetting from '#app/documents/validation/validator_setting'
import { givenTeacher } from '#tests/helpers/organization'
import { forgetRuleSets, givenLessonPlanIn, givenRuleSetYear, thenLatestRun } from './helpers.js'

async function dryRun(...argv: string[]) {
  const command = await ace.create(DryRunValidator, argv)
  await command.exec()
  return command
}

test.group('node ace validators:dry-run', (group) => {
  group.setup(() => ace.ui.switchMode('raw'))
  group.teardown(() => ace.ui.switchMode('normal'))
  group.each.teardown(() => forgetRuleSets())

  test("reports what a rule not yet enabled would say about the year's plans, and stores nothing", async ({
    assert,
  }) => {
    const year = await givenRuleSetYear()
    const teacher = await givenTeacher()
    const { version: without } = await givenLessonPlanIn(year, teacher)
    const { version: unknown } = await givenLessonPlanIn(year, teacher, {
      competenceLines: ['Năng lực số: 1.1.TC1a; 6.1.CB1a'],
      activityLines: { 2: { d: '(NLS 1.1.TC1a)' } },
    })
    const before = await Promise.all([without, unknown].map((version) => thenLatestRun(version)))

    const command = await dryRun(
      'nls:digital-competence',
      '--year',
      year.name,
      '--options',
      '{"required":true}'
    )
    command.assertSucceeded()
    command.assertLog(
      `[ blue(info) ] Chạy thử nls:digital-competence trên 2 phiên bản hiện hành của năm học ${year.name} (không lưu gì).`
    )
    command.assertLog('Có nhận xét: 2; có lỗi (sẽ chặn nộp): 1; không đọc được: 0.')
    command.assertLog('        1  objectivesMissing (warning)')
    command.assertLog('        1  unknownCode (error)')

    const after = await Promise.all([without, unknown].map((version) => thenLatestRun(version)))
    assert.deepEqual(
      after.map((run) => run.id),
      before.map((run) => run.id),
      'no run was stored'
    )
    assert.lengthOf(
      await ValidatorSetting.query().where('school_year_id', year.id),
      0,
      'no setting was stored'
    )
  }).timeout(60_000)

  test('names a missing year or an unknown plugin', async () => {
    const year = await givenRuleSetYear()
    const command = await dryRun('nls:digital-competence')
    command.assertExitCode(2)
    const unknown = await dryRun('nls:khong-co', '--year', year.name)
    unknown.assertExitCode(2)
    unknown.assertLog('[ red(error) ] Không có bộ kiểm tra "nls:khong-co".', 'stderr')
  })
})
