import type { HttpContext } from '@adonisjs/core/http'
import School from '#app/organization/models/school'
import SchoolYear from '#app/organization/models/school_year'
import User from '#app/organization/models/user'
import { isStaffOf } from '#app/organization/services/school_staff'
import { AccessScope } from '#app/organization/services/access_scope'
import { AdminReach } from '#app/organization/services/admin_reach'

/**
 * The school named in the URL, once the signed-in user is allowed to
 * manage it, with the current school year and what the user may act on
 * there (404 / 403 otherwise).
 */
export async function managedSchool({ params, bouncer, auth }: HttpContext) {
  const school = await School.findOrFail(params.schoolId)
  await bouncer.with('OrganizationSchoolAdminPolicy').authorize('manage', school)
  const year = await SchoolYear.current()
  const reach = AdminReach.of(await AccessScope.for(auth.getUserOrFail(), year?.id))
  return { school, year, reach }
}

/**
 * A person holding a role at the managed school this year, for acting on
 * him or her (404 for anyone else, whether the account exists or not).
 * What may be done is then asked of OrganizationStaffPolicy with `target`.
 */
export async function managedStaffMember(ctx: HttpContext) {
  const { school, year, reach } = await managedSchool(ctx)
  const person = year ? await User.find(ctx.params.userId) : null
  if (!year || !person || !(await isStaffOf(person.id, school.id, year.id))) {
    return ctx.response.abort(ctx.i18n.t('organization.staff.notInSchool'), 404)
  }
  return {
    school,
    year,
    reach,
    person,
    target: { userId: person.id, schoolId: school.id, schoolYearId: year.id },
  }
}
