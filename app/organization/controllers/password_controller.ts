import type { HttpContext } from '@adonisjs/core/http'
import hash from '@adonisjs/core/services/hash'
import { changePasswordValidator } from '#app/organization/validators/session'
import { flashFieldErrors } from '#app/core/services/form_errors'

/** Change one's own password; required at first sign-in for admin-created accounts. */
export default class PasswordController {
  async edit({ view, auth }: HttpContext) {
    return view.render('pages/auth/change_password', { forced: auth.user!.mustChangePassword })
  }

  async update({ request, auth, response, session, i18n }: HttpContext) {
    const user = auth.user!
    const { currentPassword, newPassword } = await request.validateUsing(changePasswordValidator)

    if (!(await hash.verify(user.password, currentPassword))) {
      flashFieldErrors(session, { currentPassword: i18n.t('auth.wrongCurrentPassword') })
      return response.redirect().back()
    }
    if (currentPassword === newPassword) {
      flashFieldErrors(session, { newPassword: i18n.t('auth.samePassword') })
      return response.redirect().back()
    }

    user.password = newPassword
    user.mustChangePassword = false
    await user.save()
    session.flash('success', i18n.t('auth.passwordChanged'))
    return response.redirect('/')
  }
}
