import type { HttpContext } from '@adonisjs/core/http'
import { saveSupportContact, supportContact } from '#app/core/guide/support_contact'
import { supportContactValidator } from '#app/core/guide/support_contact_validator'

/** /admin/support: the department's administrator sets the help contact shown in the guide and on error pages. */
export default class SupportController {
  async edit(ctx: HttpContext) {
    await ctx.bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    return ctx.view.render('pages/guide/support_edit', { contact: await supportContact() })
  }

  async update(ctx: HttpContext) {
    await ctx.bouncer.with('OrganizationDepartmentAdminPolicy').authorize('manage')
    const data = await ctx.request.validateUsing(supportContactValidator)
    await saveSupportContact(
      {
        hotline: data.hotline,
        email: data.email ?? null,
        unitName: data.unitName,
        hours: data.hours ?? null,
      },
      ctx.auth.getUserOrFail().id
    )
    ctx.session.flash('success', ctx.i18n.t('guide.support.saved'))
    return ctx.response.redirect().toRoute('support.edit')
  }
}
