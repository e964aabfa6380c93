import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import DryRunValidator from '#app/documents/commands/dry_run_validator'
import ValidatorSetting from '#app/documents/validation/validator_setting'
import { givenPersonWithRole, givenTeacher } from '#tests/helpers/organization'
import ValidatorDryRun from '#app/documents/validation/validator_dry_run'
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
    command.assertLog(
      'Sẽ hết lỗi: 0; sẽ có lỗi mới: 1; giữ nguyên kết quả: 1; chưa kiểm tra được: 0.'
    )
    command.assertLog('Có nhận xét: 2; có lỗi (sẽ chặn nộp): 1.')
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

  test('names a missing year, an unknown plugin and options the plugin refuses', async () => {
    const year = await givenRuleSetYear()
    const noYear = await dryRun('nls:digital-competence')
    noYear.assertExitCode(2)
    const unknown = await dryRun('nls:khong-co', '--year', year.name)
    unknown.assertExitCode(2)
    unknown.assertLog('[ red(error) ] Không có bộ kiểm tra "nls:khong-co".', 'stderr')
    const refused = await dryRun(
      'nls:digital-competence',
      '--year',
      year.name,
      '--options',
      '{"required":"có"}'
    )
    refused.assertExitCode(2)
  })

  test('the command line and the admin page run one dry run: the same figures for the same proposal', async ({
    client,
    assert,
  }) => {
    const admin = await givenPersonWithRole('dept_admin')
    const year = await givenRuleSetYear()
    await givenLessonPlanIn(year, await givenTeacher())
    await givenLessonPlanIn(year, await givenTeacher(), {
      competenceLines: ['Năng lực số: 1.1.TC1a; 6.1.CB1a'],
      activityLines: { 2: { d: '(NLS 1.1.TC1a)' } },
    })
    await givenLessonPlanIn(year, await givenTeacher(), {
      competenceLines: ['Năng lực số: 1.1.TC2a'],
    })

    await client
      .post('/admin/validators/dry-runs')
      .form({
        pluginId: 'nls:digital-competence',
        enabled: 'true',
        options: '{"required":true}',
        year: year.id,
      })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    const page = await ValidatorDryRun.query().where('school_year_id', year.id).firstOrFail()
    assert.equal(page.status, 'done')

    const command = await dryRun(
      'nls:digital-competence',
      '--year',
      year.name,
      '--options',
      '{"required":true}',
      '--json'
    )
    command.assertSucceeded()
    const printed = JSON.parse(command.logger.getLogs().at(-1)!.message)
    assert.deepEqual(printed, page.result)
    assert.deepInclude(printed, { versions: 3, notChecked: 0, withFindings: 3 })
    assert.equal(printed.newlyFail, printed.withErrors, 'each plan given an error fails anew')
    assert.sameMembers(
      printed.messages.map((message: { messageId: string }) => message.messageId),
      ['objectivesMissing', 'unknownCode', 'levelNeighbour', 'notDeveloped']
    )

    const shown = await client.get(`/admin/validators/dry-runs/${page.id}`).loginAs(admin)
    for (const message of printed.messages)
      assert.match(
        shown.text(),
        new RegExp(
          `data-message="${message.messageId}"[\\s\\S]*?<td class="num">${message.count}</td>`
        )
      )
  }).timeout(120_000)
})
