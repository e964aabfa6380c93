import { DateTime } from 'luxon'
import { BaseModel, column, hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import Subgroup from '#app/organization/models/subgroup'

/** A professional group (tổ chuyên môn) of a school. */
export default class Group extends BaseModel {
  static table = 'groups'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare schoolId: number

  @column()
  declare name: string

  @column({ consume: Boolean })
  declare isActive: boolean

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null

  @hasMany(() => Subgroup)
  declare subgroups: HasMany<typeof Subgroup>
}
