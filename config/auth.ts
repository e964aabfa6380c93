import { defineConfig } from '@adonisjs/auth'
import { sessionUserProvider } from '@adonisjs/auth/session'
import { versionedSessionGuard } from '#app/organization/auth/versioned_session_guard'
import type { InferAuthenticators, InferAuthEvents, Authenticators } from '@adonisjs/auth/types'

const authConfig = defineConfig({
  default: 'web',
  guards: {
    /* Sessions end on sign-out, password change or reset, deactivation (see the guard). */
    web: versionedSessionGuard({
      /* Shared school computers: no persistent "remember me" logins. */
      useRememberMeTokens: false,
      provider: sessionUserProvider({
        model: () => import('#app/organization/models/user'),
      }),
    }),
  },
})

export default authConfig

declare module '@adonisjs/auth/types' {
  export interface Authenticators extends InferAuthenticators<typeof authConfig> {}
}
declare module '@adonisjs/core/types' {
  interface EventsList extends InferAuthEvents<Authenticators> {}
}
