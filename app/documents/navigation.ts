import i18nManager from '@adonisjs/i18n/services/main'
import { holdsAnyRole, type NavigationItem } from '#app/core/services/navigation'
import type User from '#app/organization/models/user'
import { anyRoleThat } from '#app/core/registries/roles'
import { submitterRoles } from '#app/core/registries/kinds'
import { urlFor } from '@adonisjs/core/services/url_builder'

/* People who submit plans get "Hồ sơ của tôi"; everyone who may read plans gets the search. */

const t = (key: string) => i18nManager.locale('vi').t(key)

export function documentsNavigation(user: User): NavigationItem[] {
  const items: NavigationItem[] = []
  if (holdsAnyRole(user, submitterRoles())) {
    items.push({
      href: urlFor('documents.index'),
      label: t('documents.nav.mine'),
      description: t('documents.nav.mineDescription'),
    })
  }
  const readsPlans = anyRoleThat(user.currentRoles ?? [], 'readsPlans')
  if (readsPlans) {
    items.push({
      href: urlFor('documents.search'),
      label: t('documents.nav.search'),
      description: t('documents.nav.searchDescription'),
    })
  }
  return items
}

/** The validator rule set, for the department's and the system's administrators. */
export function validatorsNavigation(user: User): NavigationItem[] {
  const roles = user.currentRoles ?? []
  if (!anyRoleThat(roles, { administers: 'department' })) return []
  return [
    {
      href: urlFor('validators.index'),
      label: t('validators.nav.admin'),
      description: t('validators.nav.adminDescription'),
    },
  ]
}
