import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { isSessionCurrent } from '#app/organization/services/session_version'

/**
 * Runs after the user is loaded on every route: a session that an older
 * password, a sign-out elsewhere or a deactivation has ended is signed out
 * before anything else runs, so the request goes on as anonymous (pages
 * then redirect to the login page, forms are refused, JSON answers 401).
 */
export default class CurrentSessionMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const user = ctx.auth.user
    if (user && !isSessionCurrent(ctx.session, user)) await ctx.auth.use('web').logout()
    return next()
  }
}
