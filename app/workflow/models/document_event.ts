import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#app/organization/models/user'
import { jsonColumn } from '#app/workflow/models/json_column'
import type { DocumentStatus } from '#app/workflow/services/statuses'

export type EventAction =
  | 'submitted'
  | 'withdrawn'
  | 'approved'
  | 'returned'
  | 'new_version'
  | 'council_approved'
  | 'reported'
  | 'disputed'
  | 'dispute_accepted'
  | 'dispute_upheld'

/**
 * One line of the audit log. Rows are written by `recordEvent` only and
 * never changed: the model has no update path in the code base.
 */
export default class DocumentEvent extends BaseModel {
  static table = 'document_events'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare documentId: number

  @column()
  declare versionId: number | null

  @column()
  declare actorUserId: number | null

  @column()
  declare actorRole: string | null

  @column()
  declare action: EventAction

  @column()
  declare fromStatus: DocumentStatus | null

  @column()
  declare toStatus: DocumentStatus | null

  @column()
  declare comment: string | null

  @column()
  declare validationRunId: number | null

  @column(jsonColumn)
  declare details: Record<string, unknown> | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @belongsTo(() => User, { foreignKey: 'actorUserId' })
  declare actor: BelongsTo<typeof User>
}
