import i18nManager from '@adonisjs/i18n/services/main'
import type User from '#app/organization/models/user'
import { urlFor } from '@adonisjs/core/services/url_builder'

export interface NavigationItem {
  href: string
  label: string
  description?: string
}

type NavigationProvider = (user: User) => NavigationItem[]

/*
 * Each module registers the entries it offers to a user (by role) in its
 * provider (app/<module>/provider.ts, in adonisrc.ts order); the layout and
 * the start page list them in that order.
 */
const providers: NavigationProvider[] = []

/** True when the user holds one of these roles in the current school year. */
export function holdsAnyRole(user: User, roles: readonly string[]) {
  return (user.currentRoles ?? []).some((role) => roles.includes(role))
}

export function registerNavigation(provider: NavigationProvider) {
  providers.push(provider)
}

export function navigationFor(user: User): NavigationItem[] {
  const t = (key: string) => i18nManager.locale('vi').t(key)
  const home = { href: urlFor('home'), label: t('nav.home'), description: t('nav.homeDescription') }
  return [home, ...providers.flatMap((provider) => provider(user))]
}
