import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#app/organization/models/user'

/** Nhận xét kiểm tra: an office's or the department's note, shown to the school on the document page. */
export default class InspectionNote extends BaseModel {
  static table = 'inspection_notes'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare documentId: number

  @column()
  declare versionId: number | null

  @column()
  declare authorUserId: number

  @column()
  declare authorRole: string

  @column()
  declare body: string

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @belongsTo(() => User, { foreignKey: 'authorUserId' })
  declare author: BelongsTo<typeof User>
}
