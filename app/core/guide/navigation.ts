import i18nManager from '@adonisjs/i18n/services/main'
import type { NavigationItem } from '#app/core/services/navigation'
import type User from '#app/organization/models/user'
import { anyRoleThat } from '#app/core/registries/roles'
import { urlFor } from '@adonisjs/core/services/url_builder'

/** The guide for everyone; the help contact's editor for the department's and the system's administrators. */
export function guideNavigation(user: User): NavigationItem[] {
  const t = (key: string) => i18nManager.locale('vi').t(`guide.nav.${key}`)
  const items = [
    { href: urlFor('guide.index'), label: t('guide'), description: t('guideDescription') },
  ]
  const roles = user.currentRoles ?? []
  if (anyRoleThat(roles, { administers: 'department' })) {
    items.push({
      href: urlFor('support.edit'),
      label: t('support'),
      description: t('supportDescription'),
    })
  }
  return items
}
