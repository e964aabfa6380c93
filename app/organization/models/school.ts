import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import Unit from '#app/organization/models/unit'
import SchoolLevel from '#app/organization/models/school_level'
import Group from '#app/organization/models/group'

export type SchoolType = 'thcs' | 'thpt' | 'multi'

/** A lower-secondary (THCS), upper-secondary (THPT) or multi-level (PT nhiều cấp) school. */
export default class School extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare code: string

  @column()
  declare name: string

  @column()
  declare type: SchoolType

  @column()
  declare supervisingUnitId: number

  @column()
  declare address: string | null

  @column({ consume: Boolean })
  declare isActive: boolean

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null

  @belongsTo(() => Unit, { foreignKey: 'supervisingUnitId' })
  declare supervisingUnit: BelongsTo<typeof Unit>

  @hasMany(() => SchoolLevel)
  declare levels: HasMany<typeof SchoolLevel>

  @hasMany(() => Group)
  declare groups: HasMany<typeof Group>
}
