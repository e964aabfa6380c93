import { BaseSeeder } from '@adonisjs/lucid/seeders'
import { seedDemoIfEmpty } from '#app/organization/seeding/demo'
import { enableDemoGuidance } from '#app/documents/validation/demo_rules'

/**
 * `node ace db:seed`: the demo department (app/organization/seeding/demo.ts), on an empty
 * database only, with the demo rule set (digital competence on from 2025–2026).
 */
export default class DemoSeeder extends BaseSeeder {
  async run() {
    if (await seedDemoIfEmpty()) await enableDemoGuidance()
  }
}
