/*
|--------------------------------------------------------------------------
| HTTP kernel: global and named middleware
|--------------------------------------------------------------------------
*/
import router from '@adonisjs/core/services/router'
import server from '@adonisjs/core/services/server'

server.errorHandler(() => import('#app/core/exceptions/handler'))

server.use([
  () => import('#app/core/middleware/container_bindings_middleware'),
  () => import('#app/core/middleware/request_log_middleware'),
  () => import('@adonisjs/static/static_middleware'),
])

router.use([
  () => import('@adonisjs/core/bodyparser_middleware'),
  () => import('@adonisjs/session/session_middleware'),
  () => import('#app/core/middleware/i18n_middleware'),
  () => import('@adonisjs/shield/shield_middleware'),
  () => import('@adonisjs/auth/initialize_auth_middleware'),
  () => import('#app/core/middleware/silent_auth_middleware'),
  () => import('#app/core/middleware/bouncer_middleware'),
])

export const middleware = router.named({
  guest: () => import('#app/core/middleware/guest_middleware'),
  auth: () => import('#app/core/middleware/auth_middleware'),
  passwordChanged: () => import('#app/core/middleware/password_change_middleware'),
  upload: () => import('#app/core/middleware/upload_middleware'),
})
