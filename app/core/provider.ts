import type { ApplicationService } from '@adonisjs/core/types'
import edge, { edgeGlobals } from 'edge.js'
import { DateTime } from 'luxon'

/**
 * The core module's wiring at boot: the Edge globals every template may
 * use (the menu, dates, the help contact of error pages) and the guide's
 * menu entries. Globals are helpers, not data: a page's data comes from
 * its controller. The help contact is the one read, cached, because error
 * pages have no controller.
 */
export default class CoreProvider {
  constructor(protected app: ApplicationService) {}

  async boot() {
    const { navigationFor, registerNavigation } = await import('#app/core/services/navigation')
    const { guideNavigation } = await import('#app/core/guide/navigation')
    const { supportContact, telHref } = await import('#app/core/guide/support_contact')
    const { htmlAttributes } = await import('#app/core/services/html_attributes')

    edge.global('navigation', navigationFor)
    /** Dates as Vietnamese readers write them: 15/09/2025, 14:30. */
    edge.global('formatDate', (value: DateTime | Date | null | undefined, withTime = false) => {
      if (!value) return ''
      const date = value instanceof DateTime ? value : DateTime.fromJSDate(value)
      return date.setZone('Asia/Ho_Chi_Minh').toFormat(withTime ? 'dd/MM/yyyy HH:mm' : 'dd/MM/yyyy')
    })
    edge.global('supportContact', supportContact)
    edge.global('telHref', telHref)
    /** Component props as HTML attributes, every value escaped (Edge's own toAttrs() does not escape). */
    edge.global('attrs', (props: Parameters<typeof htmlAttributes>[0]) =>
      edgeGlobals.html.safe(htmlAttributes(props))
    )
    registerNavigation(guideNavigation)
  }

  /**
   * Addresses are built from route names (urlFor) outside requests too: the
   * notices of Ace commands and queue workers, unit tests. The HTTP server
   * commits the routes when it boots; other processes get them here, once
   * every routes file is loaded (preloads run before ready). Idempotent.
   */
  async ready() {
    const router = await this.app.container.make('router')
    router.commit()
  }
}
