import type { ApplicationService } from '@adonisjs/core/types'

/** The documents module's wiring at boot: its menu entries. */
export default class DocumentsProvider {
  constructor(protected app: ApplicationService) {}

  async boot() {
    const { registerNavigation } = await import('#app/core/services/navigation')
    const { documentsNavigation, validatorsNavigation } = await import('#app/documents/navigation')
    registerNavigation(documentsNavigation)
    registerNavigation(validatorsNavigation)
  }
}
