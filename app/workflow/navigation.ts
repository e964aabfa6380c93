import i18nManager from '@adonisjs/i18n/services/main'
import { holdsAnyRole, type NavigationItem } from '#app/core/services/navigation'
import type User from '#app/organization/models/user'

const REVIEWER_ROLES = ['group_head', 'subgroup_lead', 'principal', 'vice_principal']
const INSPECTOR_ROLES = ['office_inspector', 'dept_specialist', 'dept_leader', 'system_admin']

/* Each entry only for the roles that can use it; the pages themselves still authorize. */
export function workflowNavigation(user: User): NavigationItem[] {
  const t = (key: string) => i18nManager.locale('vi').t(key)
  const items = [{ href: '/dashboard', label: t('workflow.nav.dashboard'), description: t('workflow.nav.dashboardDescription') }]
  if (holdsAnyRole(user, REVIEWER_ROLES)) {
    items.push({ href: '/reviews', label: t('workflow.nav.reviews'), description: t('workflow.nav.reviewsDescription') })
  }
  if (holdsAnyRole(user, INSPECTOR_ROLES)) {
    items.push({ href: '/inspection', label: t('workflow.nav.inspection'), description: t('workflow.nav.inspectionDescription') })
  }
  items.push({ href: '/notifications', label: t('workflow.nav.notifications'), description: t('workflow.nav.notificationsDescription') })
  return items
}
