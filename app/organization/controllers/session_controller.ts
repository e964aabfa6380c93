import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import User from '#app/organization/models/user'
import env from '#start/env'
import { DEMO_LOGINS, DEMO_PASSWORD } from '#app/organization/seeding/demo'
import { loginValidator } from '#app/organization/validators/session'
import {
  recordFailure,
  recordSuccess,
  secondsBlocked,
} from '#app/organization/services/login_throttle'
import { endAllSessions } from '#app/organization/services/session_version'

/** Sign in with username or e-mail and password; sign out. */
export default class SessionController {
  async create({ view }: HttpContext) {
    // First-time users of a development copy see whom they can sign in as.
    const demo =
      env.get('NODE_ENV') === 'development'
        ? { logins: DEMO_LOGINS, password: DEMO_PASSWORD }
        : null
    return view.render('pages/auth/login', { demo })
  }

  async store({ request, auth, response, session, i18n }: HttpContext) {
    const { login, password } = await request.validateUsing(loginValidator)
    const wait = await secondsBlocked(login, request.ip())
    if (wait > 0) {
      session.flashExcept(['password'])
      session.flash('error', i18n.t('auth.throttled', { minutes: Math.ceil(wait / 60) }))
      return response.redirect().back()
    }

    const user = await this.verify(login, password)
    if (!user) {
      await recordFailure(login, request.ip())
      session.flashExcept(['password'])
      session.flash('error', i18n.t('auth.invalidCredentials'))
      return response.redirect().back()
    }

    await recordSuccess(login)
    // The session guard regenerates the session id on login (no fixation).
    await auth.use('web').login(user)
    user.lastLoginAt = DateTime.now()
    await user.save()
    return response.redirect().toRoute(user.mustChangePassword ? 'account.password.edit' : 'home')
  }

  /** Signing out ends every session of the account (a shared school computer left signed in elsewhere too). */
  async destroy({ auth, response, session, i18n }: HttpContext) {
    await endAllSessions(auth.user!.id)
    await auth.use('web').logout()
    session.flash('success', i18n.t('auth.loggedOut'))
    return response.redirect().toRoute('session.create')
  }

  /** The account, or null for a wrong login, wrong password or deactivated account. */
  private async verify(login: string, password: string) {
    try {
      const user = await User.verifyCredentials(login.toLowerCase(), password)
      return user.isActive ? user : null
    } catch {
      return null
    }
  }
}
