import type { HttpContext } from '@adonisjs/core/http'
import { managedStaffMember } from '#app/organization/services/admin_school'
import { resetPassword, setActive } from '#app/organization/services/school_staff'
import { statusValidator } from '#app/organization/validators/admin'
import { urlFor } from '@adonisjs/core/services/url_builder'

/** Resetting a staff member's password (shown once) and (de)activating the account; nothing is deleted. */
export default class StaffAccountsController {
  async resetPassword(ctx: HttpContext) {
    const { school, person } = await this.person(ctx)
    const password = await resetPassword(person)
    return ctx.view.render('pages/organization/password_shown', {
      person,
      password,
      backHref: urlFor('staff.index', { schoolId: school.id }),
    })
  }

  async updateStatus(ctx: HttpContext) {
    const { school, person } = await this.person(ctx)
    const { active } = await ctx.request.validateUsing(statusValidator)
    await setActive(person, active)
    const key = active ? 'organization.staff.reactivated' : 'organization.staff.deactivated'
    ctx.session.flash('success', ctx.i18n.t(key, { name: person.fullName }))
    return ctx.response.redirect().toRoute('staff.index', { schoolId: school.id })
  }

  /** A person of the school whose account this administrator may change (OrganizationStaffPolicy). */
  private async person(ctx: HttpContext) {
    const member = await managedStaffMember(ctx)
    await ctx.bouncer.with('OrganizationStaffPolicy').authorize('changeAccount', member.target)
    return member
  }
}
