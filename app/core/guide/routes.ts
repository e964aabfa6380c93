/*
|--------------------------------------------------------------------------
| User guide routes: the manuals, their screenshots, the welcome panel,
| and the help contact the department's administrator edits
|--------------------------------------------------------------------------
*/
import router from '@adonisjs/core/services/router'
import edge from 'edge.js'
import i18nManager from '@adonisjs/i18n/services/main'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'
import { registerNavigation } from '#app/core/services/navigation'
import { supportContact, telHref } from '#app/core/guide/support_contact'
import { welcomePanel } from '#app/core/guide/welcome'

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

/* The start page includes pages/guide/partials/welcome; error pages and the guide show the contact. */
edge.global('guideWelcome', welcomePanel)
edge.global('supportContact', supportContact)
edge.global('telHref', telHref)

registerNavigation((user) => {
  const t = (key: string) => i18nManager.locale('vi').t(`guide.nav.${key}`)
  const items = [{ href: '/guide', label: t('guide'), description: t('guideDescription') }]
  const roles = user.currentRoles ?? []
  if (roles.includes('dept_admin') || roles.includes('system_admin')) {
    items.push({ href: '/admin/support', label: t('support'), description: t('supportDescription') })
  }
  return items
})
