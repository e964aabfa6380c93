import i18nManager from '@adonisjs/i18n/services/main'
import type { NavigationItem } from '#app/core/services/navigation'
import { anyRoleThat } from '#app/core/registries/roles'
import { urlFor } from '@adonisjs/core/services/url_builder'
import type User from '#app/organization/models/user'

/* Each entry only for the roles whose capabilities (role registry) use it; the pages themselves still authorize. */
export function workflowNavigation(user: User): NavigationItem[] {
  const t = (key: string) => i18nManager.locale('vi').t(key)
  const items = [
    {
      href: urlFor('dashboard.show'),
      label: t('workflow.nav.dashboard'),
      description: t('workflow.nav.dashboardDescription'),
    },
  ]
  if (anyRoleThat(user.currentRoles ?? [], { reviews: 'any' })) {
    items.push({
      href: urlFor('reviews.index'),
      label: t('workflow.nav.reviews'),
      description: t('workflow.nav.reviewsDescription'),
    })
  }
  if (anyRoleThat(user.currentRoles ?? [], 'inspects')) {
    items.push({
      href: urlFor('inspection.index'),
      label: t('workflow.nav.inspection'),
      description: t('workflow.nav.inspectionDescription'),
    })
  }
  /* Leaders with schools in scope (see deadline_scope): the principal's office, the offices, the department, its specialists (inspectors). */
  if (
    anyRoleThat(user.currentRoles ?? [], 'inspects') ||
    anyRoleThat(user.currentRoles ?? [], 'leadsSchool') ||
    anyRoleThat(user.currentRoles ?? [], 'receivesReports') ||
    anyRoleThat(user.currentRoles ?? [], 'seesEverything')
  ) {
    items.push({
      href: urlFor('deadlines.show'),
      label: t('deadlines.nav.label'),
      description: t('deadlines.nav.description'),
    })
  }
  items.push({
    href: urlFor('notifications.index'),
    label: t('workflow.nav.notifications'),
    description: t('workflow.nav.notificationsDescription'),
  })
  return items
}
