import type { HttpContext } from '@adonisjs/core/http'
import type { MessagesProviderContact } from '@vinejs/vine/types'

/**
 * Vietnamese validation messages for the organization screens' own fields
 * (grade, number of classes…): a message under
 * `organization.validation.<field>.<rule>` wins, anything else falls back
 * to the shared validator messages. Keeps this module's wording in its own
 * translation file.
 */
export function organizationMessages(ctx: HttpContext): MessagesProviderContact {
  const shared = ctx.i18n.createMessagesProvider()
  return {
    getMessage(defaultMessage, rule, field, meta) {
      const own = ctx.i18n.resolveIdentifier(
        `organization.validation.${field.wildCardPath}.${rule}`
      )
      if (own) return ctx.i18n.formatRawMessage(own.message, meta ?? {})
      return shared.getMessage(defaultMessage, rule, field, meta)
    },
  }
}
