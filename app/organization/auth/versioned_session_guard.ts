import type { HttpContext } from '@adonisjs/core/http'
import type { ApplicationService } from '@adonisjs/core/types'
import { errors } from '@adonisjs/auth'
import { SessionGuard } from '@adonisjs/auth/session'
import type { GuardConfigProvider } from '@adonisjs/auth/types'
import type { SessionGuardOptions, SessionUserProviderContract } from '@adonisjs/auth/types/session'
import type { ConfigProvider } from '@adonisjs/core/types'
import type User from '#app/organization/models/user'
import {
  isSessionCurrent,
  rememberSessionVersion,
  sessionVersionData,
} from '#app/organization/services/session_version'

type UserProvider = SessionUserProviderContract<User>

/**
 * AdonisJS's session guard, with sessions that end: signing in records the
 * account's session version in the session, and a session whose version is
 * no longer the account's (or whose account was deactivated) is signed out
 * the first time anything asks who the user is, on every route. The test
 * clients' `loginAs()` goes through here too, so their sessions are exactly
 * those of a real sign-in.
 */
export class VersionedSessionGuard extends SessionGuard<false, UserProvider> {
  readonly #ctx: HttpContext

  constructor(
    name: string,
    ctx: HttpContext,
    options: SessionGuardOptions<false>,
    emitter: any,
    userProvider: UserProvider
  ) {
    super(name, ctx, options, emitter, userProvider)
    this.#ctx = ctx
  }

  async login(user: User, remember?: boolean) {
    await super.login(user, remember)
    rememberSessionVersion(this.#ctx.session, user)
  }

  async authenticate() {
    const firstAttempt = !this.authenticationAttempted
    const user = await super.authenticate()
    if (firstAttempt && !isSessionCurrent(this.#ctx.session, user)) {
      await this.logout()
      throw new errors.E_UNAUTHORIZED_ACCESS('Ended session', { guardDriverName: this.driverName })
    }
    return user
  }

  async authenticateAsClient(user: User) {
    const client = await super.authenticateAsClient(user)
    return { ...client, session: { ...client.session, ...sessionVersionData(user) } }
  }
}

/** Like `sessionGuard()` from @adonisjs/auth/session, building the guard above. */
export function versionedSessionGuard(
  options: SessionGuardOptions<false> & { provider: UserProvider | ConfigProvider<UserProvider> }
): GuardConfigProvider<(ctx: HttpContext) => VersionedSessionGuard> {
  return {
    async resolver(name: string, app: ApplicationService) {
      const emitter = await app.container.make('emitter')
      const provider =
        'resolver' in options.provider ? await options.provider.resolver(app) : options.provider
      return (ctx: HttpContext) => new VersionedSessionGuard(name, ctx, options, emitter, provider)
    },
  }
}
