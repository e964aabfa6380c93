import { BaseSeeder } from '@adonisjs/lucid/seeders'
import User from '#app/organization/models/user'

/** Demo password of every demo account (README lists the logins). */
export const DEMO_PASSWORD = 'hscm@2025'

export const DEMO_USERS = [{ username: 'gv.toan', fullName: 'Nguyễn Thị Lan', email: 'gv.toan@demo.hscm.vn' }]

export async function seedDemo() {
  for (const demo of DEMO_USERS) {
    await User.updateOrCreate({ username: demo.username }, { ...demo, password: DEMO_PASSWORD })
  }
}

/** Seeds only an empty database, so a restart never touches real data. */
export async function seedDemoIfEmpty() {
  const existing = await User.query().count('* as total').first()
  if (Number(existing?.$extras.total ?? 0) > 0) return false
  await seedDemo()
  return true
}

export default class DemoSeeder extends BaseSeeder {
  async run() {
    await seedDemo()
  }
}
