import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import SchoolYear from '#app/organization/models/school_year'
import ValidatorSetting from '#app/documents/validation/validator_setting'
import { enableDemoGuidance } from '#app/documents/validation/demo_rules'

test.group('Demo rule set', () => {
  test('digital competence is enabled from 2025–2026 on, and a department setting is kept', async ({
    assert,
    cleanup,
  }) => {
    const year = (start: number) =>
      SchoolYear.firstOrCreate(
        { name: `${start}-${start + 1}` },
        {
          startsOn: DateTime.fromISO(`${start}-09-05`),
          endsOn: DateTime.fromISO(`${start + 1}-05-31`),
          weeksTerm1: 18,
          weeksTerm2: 17,
          planDeadline: SchoolYear.defaultPlanDeadline(start),
          isCurrent: false,
        }
      )
    const [before, from, later] = [await year(2024), await year(2025), await year(2031)]
    await ValidatorSetting.create({
      schoolYearId: later.id,
      pluginId: 'nls:digital-competence',
      enabled: false,
      severityOverrides: {},
      options: {},
      updatedBy: null,
    })
    cleanup(() =>
      ValidatorSetting.query()
        .where('plugin_id', 'nls:digital-competence')
        .delete()
        .then(() => undefined)
    )

    await enableDemoGuidance()

    const setting = (schoolYearId: number) =>
      ValidatorSetting.query()
        .where('plugin_id', 'nls:digital-competence')
        .where('school_year_id', schoolYearId)
        .first()
    assert.isNull(await setting(before.id))
    const stored = await setting(from.id)
    assert.isTrue(stored?.enabled)
    const storedLater = await setting(later.id)
    assert.isFalse(storedLater?.enabled, 'a year the department turned it off stays off')
  })
})
