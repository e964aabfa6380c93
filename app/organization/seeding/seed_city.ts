import db from '@adonisjs/lucid/services/db'
import hash from '@adonisjs/core/services/hash'
import { cityPlan, type CityOptions } from '#app/organization/seeding/city_plan'
import { writeOrganization } from '#app/organization/seeding/organization_writer'
import {
  ensureCurrentSchoolYear,
  schoolYearStartingAround,
} from '#app/organization/seeding/school_year_defaults'
import { DEMO_PASSWORD } from '#app/organization/seeding/demo'

/** Writes the city plan into a database that has no schools yet; null otherwise. */
export async function seedCity(options: CityOptions) {
  const existing = await db.from('schools').count('* as total').first()
  if (Number(existing?.total ?? 0) > 0) return null

  const plan = cityPlan(options)
  const passwordHash = await hash.use('scrypt').make(DEMO_PASSWORD)
  await db.transaction(async (trx) => {
    const schoolYearId = await ensureCurrentSchoolYear(trx, schoolYearStartingAround())
    await writeOrganization(trx, plan, { schoolYearId, passwordHash, mustChangePassword: false })
  })
  return {
    schools: plan.schools.length,
    people: plan.people.length,
    assignments: plan.people.reduce((sum, person) => sum + person.roles.length, 0),
  }
}
