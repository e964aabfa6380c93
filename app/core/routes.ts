/*
|--------------------------------------------------------------------------
| Core routes: start page and health probes
|--------------------------------------------------------------------------
*/
import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'
import '#app/core/guide/routes'

router.get('health', [controllers.core.Health, 'alive'])
router.get('health/ready', [controllers.core.Health, 'ready'])

router
  .get('/', [controllers.core.Home, 'show'])
  .as('home')
  .use([middleware.auth(), middleware.passwordChanged()])
