import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { givenPersonWithRole, givenTeacher } from '#tests/helpers/organization'
import ValidatorSetting from '#app/documents/validation/validator_setting'
import ValidatorDryRun from '#app/documents/validation/validator_dry_run'
import type SchoolYear from '#app/organization/models/school_year'
import { forgetRuleSets, givenLessonPlanIn, givenRuleSetYear } from './helpers.js'

const withoutEquipment = { mutations: [{ type: 'dropSection' as const, key: 'II' }] }
const structure = { pluginId: 'cv5512:structure', enabled: 'true', options: '{}' }

/** Verdict of the newest run of every current version of the year, by version id. */
async function verdicts(year: SchoolYear) {
  const rows = await db
    .from('documents')
    .join('validation_runs', 'validation_runs.version_id', 'documents.current_version_id')
    .where('documents.school_year_id', year.id)
    .whereRaw(
      'validation_runs.id = (SELECT MAX(vr.id) FROM validation_runs vr WHERE vr.version_id = documents.current_version_id)'
    )
    .select('documents.current_version_id', 'validation_runs.status')
  return new Map(rows.map((row) => [Number(row.current_version_id), row.status as string]))
}

/** How the verdicts moved between two snapshots: the figures a dry run predicts. */
function moves(before: Map<number, string>, after: Map<number, string>) {
  let newlyPass = 0
  let newlyFail = 0
  for (const [versionId, status] of after) {
    if (before.get(versionId) === 'failed' && status === 'passed') newlyPass++
    if (before.get(versionId) === 'passed' && status === 'failed') newlyFail++
  }
  return { newlyPass, newlyFail }
}

test.group('Dry run of a rule change (/admin/validators)', (group) => {
  group.each.teardown(async () => {
    await forgetRuleSets()
  })

  test(
    'the dry run changes nothing, and its figures match the real revalidation once confirmed: {name}'
  )
    .with([
      {
        name: 'an error made a warning',
        first: null,
        proposal: 'warning',
        expected: { newlyPass: 2, newlyFail: 0 },
      },
      {
        name: 'a warning made an error again',
        first: 'warning',
        proposal: 'error',
        expected: { newlyPass: 0, newlyFail: 2 },
      },
    ])
    .run(async ({ client, assert }, scenario) => {
      const admin = await givenPersonWithRole('dept_admin')
      const year = await givenRuleSetYear()
      await givenLessonPlanIn(year, await givenTeacher(), withoutEquipment)
      await givenLessonPlanIn(year, await givenTeacher(), withoutEquipment)
      await givenLessonPlanIn(year, await givenTeacher())
      if (scenario.first) {
        await client
          .put('/admin/validators')
          .form({ ...structure, 'year': year.id, 'severities[sectionMissing]': scenario.first })
          .loginAs(admin)
          .withCsrfToken()
          .redirects(0)
      }
      const before = await verdicts(year)
      const runsBefore = await db.from('validation_runs').count('* as total').first()

      const started = await client
        .post('/admin/validators/dry-runs')
        .form({ ...structure, 'year': year.id, 'severities[sectionMissing]': scenario.proposal })
        .loginAs(admin)
        .withCsrfToken()
        .redirects(0)
      const dryRun = await ValidatorDryRun.query()
        .where('school_year_id', year.id)
        .orderBy('id', 'desc')
        .firstOrFail()
      started.assertHeader('location', `/admin/validators/dry-runs/${dryRun.id}`)
      assert.equal(dryRun.status, 'done')
      assert.deepEqual({ total: dryRun.total, done: dryRun.done }, { total: 3, done: 3 })
      assert.deepInclude(dryRun.result!, {
        ...scenario.expected,
        unchanged: 3 - scenario.expected.newlyPass - scenario.expected.newlyFail,
      })
      /* Nothing stored yet: no new run, the rule set as it was. */
      assert.deepEqual(await db.from('validation_runs').count('* as total').first(), runsBefore)
      assert.deepEqual(await verdicts(year), before)

      const page = await client.get(`/admin/validators/dry-runs/${dryRun.id}`).loginAs(admin)
      page.assertTextIncludes(`${scenario.expected.newlyPass} văn bản sẽ hết lỗi`)
      page.assertTextIncludes(`${scenario.expected.newlyFail} văn bản sẽ có lỗi mới`)
      page.assertTextIncludes('Xác nhận và lưu quy tắc')

      const confirmed = await client
        .post(`/admin/validators/dry-runs/${dryRun.id}/confirm`)
        .loginAs(admin)
        .withCsrfToken()
        .redirects(0)
      confirmed.assertHeader('location', `/admin/validators?year=${year.id}#rule-cv5512-structure`)
      const setting = await ValidatorSetting.query()
        .where('school_year_id', year.id)
        .where('plugin_id', 'cv5512:structure')
        .firstOrFail()
      assert.deepEqual(setting.severityOverrides, { sectionMissing: scenario.proposal })
      assert.deepEqual(moves(before, await verdicts(year)), scenario.expected)
      assert.deepInclude(dryRun.result!, moves(before, await verdicts(year)))

      const twice = await client
        .post(`/admin/validators/dry-runs/${dryRun.id}/confirm`)
        .loginAs(admin)
        .withCsrfToken()
        .redirects(0)
      twice.assertFlashMessage(
        'error',
        'Chỉ xác nhận được một lần chạy thử đã xong và chưa được lưu.'
      )
    })
    .timeout(120_000)

  test('the figures are by kind and school; a queued dry run shows its progress', async ({
    client,
    assert,
  }) => {
    const admin = await givenPersonWithRole('dept_admin')
    const year = await givenRuleSetYear()
    const teacher = await givenTeacher()
    const { document } = await givenLessonPlanIn(year, teacher, withoutEquipment)
    await client
      .post('/admin/validators/dry-runs')
      .form({ ...structure, 'year': year.id, 'severities[sectionMissing]': 'info' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    const dryRun = await ValidatorDryRun.query().where('school_year_id', year.id).firstOrFail()
    const school = await db.from('schools').where('id', document.schoolId).first()
    assert.deepEqual(dryRun.result!.groups, [
      {
        kind: 'pl4',
        schoolId: document.schoolId,
        schoolName: school.name,
        newlyPass: 1,
        newlyFail: 0,
      },
    ])
    const page = await client.get(`/admin/validators/dry-runs/${dryRun.id}`).loginAs(admin)
    page.assertTextIncludes(school.name)

    const queued = await ValidatorDryRun.create({
      schoolYearId: year.id,
      pluginId: 'cv5512:structure',
      proposal: dryRun.proposal,
      status: 'running',
      total: 40,
      done: 20,
      result: null,
      createdBy: admin.id,
    })
    const progress = await client.get(`/admin/validators/dry-runs/${queued.id}`).loginAs(admin)
    progress.assertTextIncludes('Đang chạy thử: 20/40 văn bản')
    assert.notInclude(progress.text(), 'Xác nhận và lưu quy tắc')
    const early = await client
      .post(`/admin/validators/dry-runs/${queued.id}/confirm`)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    early.assertFlashMessage(
      'error',
      'Chỉ xác nhận được một lần chạy thử đã xong và chưa được lưu.'
    )
    assert.isNull(await ValidatorSetting.query().where('school_year_id', year.id).first())
  }).timeout(120_000)

  test('only department and system administrators try and confirm rule changes', async ({
    client,
    assert,
  }) => {
    const year = await givenRuleSetYear()
    const teacher = await givenTeacher()
    const principal = await givenPersonWithRole('principal')
    const admin = await givenPersonWithRole('dept_admin')
    for (const user of [teacher, principal]) {
      const refused = await client
        .post('/admin/validators/dry-runs')
        .form({ ...structure, year: year.id })
        .loginAs(user)
        .withCsrfToken()
        .redirects(0)
      refused.assertFlashMessage('error', 'Bạn không có quyền thực hiện thao tác này.')
    }
    assert.isNull(await ValidatorDryRun.query().where('school_year_id', year.id).first())
    await client
      .post('/admin/validators/dry-runs')
      .form({ ...structure, year: year.id })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    const dryRun = await ValidatorDryRun.query().where('school_year_id', year.id).firstOrFail()
    const response = await client.get(`/admin/validators/dry-runs/${dryRun.id}`).loginAs(teacher)
    response.assertStatus(403)
    await client
      .post(`/admin/validators/dry-runs/${dryRun.id}/confirm`)
      .loginAs(principal)
      .withCsrfToken()
      .redirects(0)
    assert.isNull(await ValidatorSetting.query().where('school_year_id', year.id).first())
  }).timeout(60_000)
})
