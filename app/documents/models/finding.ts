import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import type { FindingLocation, Reference, Severity } from '#plugins/contract/types'
import ValidationRun from './validation_run.js'
import { jsonColumn } from './json_column.js'

/** Extras a plugin may give beside the message: how to fix it, the message's data. */
export interface FindingDetails {
  fix?: string
  data?: Record<string, unknown>
}

/** One problem a plugin reported, with the Vietnamese message as shown to the uploader. */
export default class Finding extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare runId: number

  @column()
  declare pluginId: string

  @column()
  declare messageId: string

  @column()
  declare severity: Severity

  @column()
  declare message: string

  @column(jsonColumn)
  declare location: FindingLocation | null

  @column(jsonColumn)
  declare reference: Reference | null

  @column(jsonColumn)
  declare details: FindingDetails | null

  @belongsTo(() => ValidationRun, { foreignKey: 'runId' })
  declare run: BelongsTo<typeof ValidationRun>
}
