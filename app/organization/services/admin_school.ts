import type { HttpContext } from '@adonisjs/core/http'
import School from '#app/organization/models/school'
import SchoolYear from '#app/organization/models/school_year'

/**
 * The school named in the URL, once the signed-in user is allowed to
 * manage it, with the current school year (404 / 403 otherwise).
 */
export async function managedSchool({ params, bouncer }: HttpContext) {
  const school = await School.findOrFail(params.schoolId)
  await bouncer.with('OrganizationSchoolAdminPolicy').authorize('manage', school)
  const year = await SchoolYear.current()
  return { school, year }
}
