import { BaseSeeder } from '@adonisjs/lucid/seeders'
import { seedDemoIfEmpty } from '#app/organization/seeding/demo'

/** `node ace db:seed`: the demo department (app/organization/seeding/demo.ts), on an empty database only. */
export default class DemoSeeder extends BaseSeeder {
  async run() {
    await seedDemoIfEmpty()
  }
}
