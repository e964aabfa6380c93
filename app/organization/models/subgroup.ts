import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

/** A subject subgroup (nhóm chuyên môn) inside a professional group. */
export default class Subgroup extends BaseModel {
  static table = 'subgroups'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare groupId: number

  @column()
  declare name: string

  @column()
  declare subjectId: number | null

  @column({ consume: Boolean })
  declare isActive: boolean

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null
}
