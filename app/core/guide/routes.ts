/*
|--------------------------------------------------------------------------
| User guide routes: the manuals, their screenshots, the welcome panel,
| and the help contact the department's administrator edits
|--------------------------------------------------------------------------
*/
import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'

/* Open without signing in: the guide must help those who cannot sign in yet. */
router.get('guide', [controllers.core.Guide, 'index']).as('guide.index')
router.get('guide/:role', [controllers.core.Guide, 'show']).as('guide.show')
router.get('guide/:role/screens/:file', [controllers.core.Guide, 'screenshot'])

router
  .group(() => {
    router.post('guide/welcome/dismiss', [controllers.core.Guide, 'dismissWelcome'])
    router.get('admin/support', [controllers.core.Support, 'edit'])
    router.put('admin/support', [controllers.core.Support, 'update'])
  })
  .use([middleware.auth(), middleware.passwordChanged()])
