import type { HttpContext } from '@adonisjs/core/http'
import hash from '@adonisjs/core/services/hash'
import { changePasswordValidator } from '#app/organization/validators/session'
import { flashFieldErrors } from '#app/core/services/form_errors'
import {
  clearWrongCurrentPasswords,
  currentPasswordBlocked,
  recordWrongCurrentPassword,
} from '#app/organization/services/login_throttle'
import { rememberSessionVersion } from '#app/organization/services/session_version'

/** Change one's own password; required at first sign-in for admin-created accounts. */
export default class PasswordController {
  async edit({ view, auth }: HttpContext) {
    return view.render('pages/auth/change_password', { forced: auth.user!.mustChangePassword })
  }

  async update({ request, auth, response, session, i18n }: HttpContext) {
    const user = auth.user!
    const { currentPassword, newPassword } = await request.validateUsing(changePasswordValidator, {
      meta: { account: { username: user.username, email: user.email } },
    })

    const wait = await currentPasswordBlocked(user.id)
    if (wait > 0) {
      flashFieldErrors(session, {
        currentPassword: i18n.t('auth.currentPasswordThrottled', { minutes: Math.ceil(wait / 60) }),
      })
      return response.redirect().back()
    }
    if (!(await hash.verify(user.password, currentPassword))) {
      await recordWrongCurrentPassword(user.id)
      flashFieldErrors(session, { currentPassword: i18n.t('auth.wrongCurrentPassword') })
      return response.redirect().back()
    }
    if (currentPassword === newPassword) {
      flashFieldErrors(session, { newPassword: i18n.t('auth.samePassword') })
      return response.redirect().back()
    }

    await clearWrongCurrentPasswords(user.id)
    user.password = newPassword
    user.mustChangePassword = false
    await user.save() // ends every other session of the account (User model)
    rememberSessionVersion(session, user)
    session.flash('success', i18n.t('auth.passwordChanged'))
    return response.redirect().toRoute('home')
  }
}
