/*
|--------------------------------------------------------------------------
| The demo department's rule set
|--------------------------------------------------------------------------
|
| Guidance plugins are off until a department enables them for a school
| year. The demo shows the digital-competence plugin as a department
| would use it: on from 2025–2026 (Công văn 3456/BGDĐT-GDPT asks schools
| to integrate the framework from that year), with its default options.
*/
import db from '@adonisjs/lucid/services/db'
import ValidatorSetting from './validator_setting.js'

const DEMO_GUIDANCE = [{ pluginId: 'nls:digital-competence', fromYear: 2025 }]

/** Enables each demo guidance plugin in the school years starting in or after its year (existing settings are kept). */
export async function enableDemoGuidance(): Promise<void> {
  const years = await db.from('school_years').select('id', 'starts_on')
  for (const { pluginId, fromYear } of DEMO_GUIDANCE) {
    for (const year of years.filter((row) => new Date(row.starts_on).getFullYear() >= fromYear)) {
      await ValidatorSetting.firstOrCreate(
        { schoolYearId: year.id, pluginId },
        { enabled: true, severityOverrides: {}, options: {}, updatedBy: null }
      )
    }
  }
}
