import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Accounts created by an administrator carry a temporary password: until
 * its owner sets a new one, every page leads to the change-password form.
 */
export default class PasswordChangeMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const user = ctx.auth.user
    if (user?.mustChangePassword) {
      return ctx.response.redirect().toRoute('account.password.edit')
    }
    return next()
  }
}
