import type { ApplicationService } from '@adonisjs/core/types'

/** The organization module's wiring at boot: its menu entries. */
export default class OrganizationProvider {
  constructor(protected app: ApplicationService) {}

  async boot() {
    const { registerNavigation } = await import('#app/core/services/navigation')
    const { organizationNavigation } = await import('#app/organization/navigation')
    registerNavigation(organizationNavigation)
  }
}
