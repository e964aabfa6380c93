import { test } from '@japa/runner'
import { givenPersonWithRole, givenTeacher } from '#tests/helpers/organization'
import { sharedRegistry } from '#app/documents/validation/shared_registry'
import ValidatorSetting from '#app/documents/validation/validator_setting'
import structure from '#plugins/cv5512-structure/index'
import { forgetRuleSets, givenLessonPlanIn, givenRuleSetYear, thenLatestRun } from './helpers.js'

const withoutEquipment = { mutations: [{ type: 'dropSection' as const, key: 'II' }] }

test.group('Validator rule set page (/admin/validators)', (group) => {
  group.each.teardown(async () => {
    await forgetRuleSets()
  })

  test('lists every discovered plugin with its metadata, messages and options', async ({
    client,
  }) => {
    const admin = await givenPersonWithRole('dept_admin')
    const year = await givenRuleSetYear()
    const page = await client.get(`/admin/validators?year=${year.id}`).loginAs(admin)
    page.assertStatus(200)
    page.assertTextIncludes('Bộ kiểm tra văn bản')
    page.assertTextIncludes(`năm học ${year.name}`)
    const registry = await sharedRegistry()
    for (const plugin of registry.all) {
      page.assertTextIncludes(plugin.meta.title)
      page.assertTextIncludes(`phiên bản ${plugin.meta.version}`)
      page.assertTextIncludes(plugin.meta.reference.clause)
    }
    /* A message template, the severity choices and a plugin's default options. */
    page.assertTextIncludes('Thiếu mục &quot;{section}&quot;.')
    page.assertTextIncludes('Cảnh báo')
    page.assertTextIncludes('Tắt thông báo')
    page.assertTextIncludes('&quot;maxFindings&quot;: 30')
  })

  test('is for department and system administrators only', async ({ client, assert }) => {
    const teacher = await givenTeacher()
    const principal = await givenPersonWithRole('principal')
    const systemAdmin = await givenPersonWithRole('system_admin')
    const response = await client.get('/admin/validators').loginAs(teacher)
    response.assertStatus(403)
    const principalResponse = await client.get('/admin/validators').loginAs(principal)
    principalResponse.assertStatus(403)
    const systemAdminResponse = await client.get('/admin/validators').loginAs(systemAdmin)
    systemAdminResponse.assertStatus(200)
    const refused = await client
      .put('/admin/validators')
      .form({ year: 1, pluginId: 'cv5512:structure' })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    refused.assertFlashMessage('error', 'Bạn không có quyền thực hiện thao tác này.')
    const rows = await ValidatorSetting.query()
    assert.equal(rows.length, 0)
  })

  test('a severity change is stored for the year, revalidates its plans and shows in their report', async ({
    client,
    assert,
  }) => {
    const admin = await givenPersonWithRole('dept_admin')
    const year = await givenRuleSetYear()
    const teacher = await givenTeacher()
    const { document, version } = await givenLessonPlanIn(year, teacher, withoutEquipment)
    const latestRun = await thenLatestRun(version)
    assert.equal(latestRun.status, 'failed')

    const saved = await client
      .put('/admin/validators')
      .form({
        'year': year.id,
        'pluginId': 'cv5512:structure',
        'enabled': 'true',
        'severities[sectionMissing]': 'warning',
        'severities[tableMissing]': '',
        'options': '{}',
      })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    saved.assertHeader('location', `/admin/validators?year=${year.id}#rule-cv5512-structure`)
    saved.assertFlashMessage(
      'success',
      'Đã lưu quy tắc "Cấu trúc theo khung của Công văn 5512" và kiểm tra lại 1 văn bản.'
    )

    const setting = await ValidatorSetting.query()
      .where('school_year_id', year.id)
      .where('plugin_id', 'cv5512:structure')
      .firstOrFail()
    assert.deepEqual(setting.severityOverrides, { sectionMissing: 'warning' })
    const run = await thenLatestRun(version)
    assert.equal(run.status, 'passed')
    assert.deepEqual(
      run.findings
        .filter((finding) => finding.pluginId === 'cv5512:structure')
        .map((finding) => [finding.messageId, finding.severity]),
      [['sectionMissing', 'warning']]
    )
    assert.deepInclude(run.plugins, {
      id: 'cv5512:structure',
      version: structure.meta.version,
      options: {},
      severities: { sectionMissing: 'warning' },
    })

    const report = await client
      .get(`/documents/${document.id}/versions/${version.number}`)
      .loginAs(teacher)
    report.assertTextIncludes('Bộ quy tắc đã dùng')
    report.assertTextIncludes(`cv5512:structure</code> phiên bản ${structure.meta.version}`)
    report.assertTextIncludes('sectionMissing → Cảnh báo')
    report.assertTextIncludes(version.sha256)
  }).timeout(60_000)

  test('a disabled plugin does not run; saving the same rule again changes nothing', async ({
    client,
    assert,
  }) => {
    const admin = await givenPersonWithRole('dept_admin')
    const year = await givenRuleSetYear()
    const { version } = await givenLessonPlanIn(year, await givenTeacher(), withoutEquipment)
    const form = { year: year.id, pluginId: 'cv5512:structure', options: '{}' }

    const disabled = await client
      .put('/admin/validators')
      .form(form)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    disabled.assertFlashMessage(
      'success',
      'Đã lưu quy tắc "Cấu trúc theo khung của Công văn 5512" và kiểm tra lại 1 văn bản.'
    )
    const run = await thenLatestRun(version)
    assert.notInclude(
      run.plugins.map((plugin) => plugin.id),
      'cv5512:structure'
    )
    assert.equal(run.status, 'passed')

    const again = await client
      .put('/admin/validators')
      .form(form)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    again.assertFlashMessage('success', 'Không có thay đổi nào cần lưu.')
    const latestRun = await thenLatestRun(version)
    assert.equal(latestRun.id, run.id)
  }).timeout(60_000)

  test("options are checked with the plugin's own schema before they are stored: {name}")
    .with([
      {
        name: 'not JSON',
        options: '{ maxFindings: 10 ',
        error: 'Tuỳ chọn phải là một đối tượng JSON',
      },
      { name: 'a JSON list', options: '[1, 2]', error: 'Tuỳ chọn phải là một đối tượng JSON' },
      {
        name: 'refused by VineJS',
        options: '{ "maxFindings": 0 }',
        error: 'Bộ kiểm tra không nhận tuỳ chọn này: maxFindings',
      },
    ])
    .run(async ({ client, assert }, invalid) => {
      const admin = await givenPersonWithRole('dept_admin')
      const year = await givenRuleSetYear()
      const refused = await client
        .put('/admin/validators')
        .form({
          year: year.id,
          pluginId: 'cv5512:unfilled-template',
          enabled: 'true',
          options: invalid.options,
        })
        .loginAs(admin)
        .withCsrfToken()
        .redirects(0)
      refused.assertHeader(
        'location',
        `/admin/validators?year=${year.id}#rule-cv5512-unfilled-template`
      )
      const bag = refused.flashMessages().inputErrorsBag as Record<string, string[]>
      assert.include(bag['rule:cv5512:unfilled-template'][0], invalid.error)
      assert.isNull(await ValidatorSetting.query().where('school_year_id', year.id).first())
    })

  test('valid options are stored validated and merged over the defaults', async ({
    client,
    assert,
  }) => {
    const admin = await givenPersonWithRole('dept_admin')
    const year = await givenRuleSetYear()
    await client
      .put('/admin/validators')
      .form({
        year: year.id,
        pluginId: 'cv5512:unfilled-template',
        enabled: 'true',
        options: '{ "maxFindings": 5 }',
      })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    const setting = await ValidatorSetting.query().where('school_year_id', year.id).firstOrFail()
    assert.deepEqual(setting.options, { maxFindings: 5, ignoreDateLines: true })
    const page = await client.get(`/admin/validators?year=${year.id}`).loginAs(admin)
    page.assertTextIncludes('&quot;maxFindings&quot;: 5')
    page.assertTextIncludes('Sở đã điều chỉnh')
  })
})
