import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#app/organization/models/user'

/** A reviewer's remark, anchored to a finding or a block of the version when given. */
export default class ReviewComment extends BaseModel {
  static table = 'review_comments'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare documentId: number

  @column()
  declare versionId: number | null

  @column()
  declare authorUserId: number

  @column()
  declare findingId: number | null

  @column()
  declare blockIndex: number | null

  @column()
  declare body: string

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @belongsTo(() => User, { foreignKey: 'authorUserId' })
  declare author: BelongsTo<typeof User>
}
