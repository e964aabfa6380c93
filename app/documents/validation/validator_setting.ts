import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import type { Severity } from '#plugins/contract'
import { jsonColumn } from '#app/documents/models/json_column'

export type SeverityChoice = Severity | 'off'

/**
 * The department's setting of one validator plugin for one school year
 * (table validator_settings). Kept beside the runner it configures; no
 * row means the plugin's own defaults.
 */
export default class ValidatorSetting extends BaseModel {
  static table = 'validator_settings'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare schoolYearId: number

  @column()
  declare pluginId: string

  @column({ consume: Boolean })
  declare enabled: boolean

  /** messageId → severity, or 'off' to drop the finding. */
  @column(jsonColumn)
  declare severityOverrides: Record<string, SeverityChoice>

  /** Merged over the plugin's defaultOptions; only what differs is worth storing, but all is accepted. */
  @column(jsonColumn)
  declare options: Record<string, unknown>

  @column()
  declare updatedBy: number | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null
}
