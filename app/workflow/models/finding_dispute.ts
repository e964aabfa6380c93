import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#app/organization/models/user'

export type DisputeStatus = 'open' | 'accepted' | 'upheld'

/**
 * A teacher's dispute of one error finding of one version, and the
 * reviewer's decision. Written by the dispute actions only.
 */
export default class FindingDispute extends BaseModel {
  static table = 'finding_disputes'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare documentId: number

  @column()
  declare versionId: number

  @column()
  declare findingId: number | null

  @column()
  declare pluginId: string

  @column()
  declare messageId: string

  @column()
  declare locationKey: string

  @column()
  declare message: string

  @column()
  declare reason: string

  @column()
  declare disputedBy: number

  @column()
  declare status: DisputeStatus

  @column()
  declare decidedBy: number | null

  @column()
  declare decisionComment: string | null

  @column.dateTime()
  declare decidedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @belongsTo(() => User, { foreignKey: 'disputedBy' })
  declare teacher: BelongsTo<typeof User>

  @belongsTo(() => User, { foreignKey: 'decidedBy' })
  declare decider: BelongsTo<typeof User>
}
