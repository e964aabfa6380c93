/*
|--------------------------------------------------------------------------
| Organization routes: sign-in, own account
|--------------------------------------------------------------------------
*/
import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'

router
  .group(() => {
    router.get('login', [controllers.organization.Session, 'create'])
    router.post('login', [controllers.organization.Session, 'store'])
  })
  .use(middleware.guest())

router
  .group(() => {
    router.post('logout', [controllers.organization.Session, 'destroy'])
    router.get('account/password', [controllers.organization.Password, 'edit']).as('account.password.edit')
    router.put('account/password', [controllers.organization.Password, 'update']).as('account.password.update')
  })
  .use(middleware.auth())
