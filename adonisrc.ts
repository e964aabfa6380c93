import { indexEntities } from '@adonisjs/core'
import { defineConfig } from '@adonisjs/core/app'
import { indexPolicies } from '@adonisjs/bouncer'

export default defineConfig({
  experimental: {},

  /*
  | Ace commands from packages, plus the application's own: each module
  | lists its commands in app/<module>/commands/main.ts.
  */
  commands: [
    () => import('@adonisjs/core/commands'),
    () => import('@adonisjs/lucid/commands'),
    () => import('@adonisjs/session/commands'),
    () => import('@adonisjs/queue/commands'),
    () => import('#app/core/commands/main'),
    () => import('#app/documents/commands/main'),
    () => import('#app/workflow/commands/main'),
  ],

  providers: [
    () => import('@adonisjs/core/providers/app_provider'),
    () => import('@adonisjs/core/providers/hash_provider'),
    {
      file: () => import('@adonisjs/core/providers/repl_provider'),
      environment: ['repl', 'test'],
    },
    () => import('@adonisjs/core/providers/vinejs_provider'),
    () => import('@adonisjs/core/providers/edge_provider'),
    () => import('@adonisjs/session/session_provider'),
    () => import('@adonisjs/shield/shield_provider'),
    () => import('@adonisjs/static/static_provider'),
    () => import('@adonisjs/lucid/database_provider'),
    () => import('@adonisjs/auth/auth_provider'),
    () => import('@adonisjs/limiter/limiter_provider'),
    () => import('@adonisjs/i18n/i18n_provider'),
    () => import('@adonisjs/bouncer/bouncer_provider'),
    () => import('@adonisjs/drive/drive_provider'),
    () => import('@adonisjs/redis/redis_provider'),
    () => import('@adonisjs/lock/lock_provider'),
    () => import('@adonisjs/queue/queue_provider'),
    () => import('@adonisjs/mail/mail_provider'),
    /* One provider per module (listeners, view globals, menu entries), in the menu's order. */
    () => import('#app/core/provider'),
    () => import('#app/organization/provider'),
    () => import('#app/documents/provider'),
    () => import('#app/workflow/provider'),
    { file: () => import('#app/core/providers/upload_sweep_provider'), environment: ['web'] },
    {
      file: () => import('#app/documents/providers/validation_recovery_provider'),
      environment: ['web'],
    },
  ],

  preloads: [() => import('#start/routes'), () => import('#start/kernel')],

  /*
  | Static assets live under resources/ to keep the top level to the
  | product owner's layout; nothing is fetched from a CDN.
  */
  directories: {
    public: 'resources/public',
  },

  tests: {
    suites: [
      { name: 'unit', files: ['tests/unit/**/*.spec.ts'], timeout: 20000 },
      { name: 'functional', files: ['tests/functional/**/*.spec.ts'], timeout: 30000 },
      { name: 'browser', files: ['tests/browser/**/*.spec.ts'], timeout: 120000 },
    ],
    forceExit: true,
  },

  metaFiles: [
    { pattern: 'resources/views/**/*.edge', reloadServer: false },
    { pattern: 'resources/public/**', reloadServer: false },
    { pattern: 'resources/lang/**', reloadServer: false },
    { pattern: 'resources/passwords/**', reloadServer: false },
    { pattern: 'plugins/**/*.{json,yaml,md}', reloadServer: false },
  ],

  /*
  | Controllers and policies are generated per module: app/<module>/controllers
  | become controllers.<module>.<Name> in .adonisjs/server (committed).
  */
  hooks: {
    init: [
      indexEntities({
        controllers: {
          source: 'app',
          glob: ['**/controllers/*_controller.ts'],
          importAlias: '#app',
        },
        events: { enabled: false },
        listeners: { enabled: false },
      }),
      indexPolicies({ source: 'app', glob: ['**/policies/*_policy.ts'], importAlias: '#app' }),
    ],
  },
})
