import i18nManager from '@adonisjs/i18n/services/main'
import type { NavigationItem } from '#app/core/services/navigation'
import type User from '#app/organization/models/user'
import { anyRoleThat } from '#app/core/registries/roles'
import { urlFor } from '@adonisjs/core/services/url_builder'

/* Administrators find their screens in the menu; others never see these entries. */
export function organizationNavigation(user: User): NavigationItem[] {
  const t = (key: string) => i18nManager.locale('vi').t(`organization.nav.${key}`)
  const roles = user.currentRoles ?? []
  const items = []
  if (anyRoleThat(roles, { administers: 'school' }))
    items.push({
      href: urlFor('admin.show'),
      label: t('school'),
      description: t('schoolDescription'),
    })
  if (anyRoleThat(roles, { administers: 'department' })) {
    items.push({
      href: urlFor('department_schools.index'),
      label: t('department'),
      description: t('departmentDescription'),
    })
  }
  return items
}
