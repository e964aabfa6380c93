import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'

export type UnitKind = 'department' | 'division' | 'office'
export type OfficeLevel = 'district' | 'commune'

/** The department, its divisions and the supervising offices (data, not code: the 2025 reform changed them). */
export default class Unit extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare kind: UnitKind

  @column()
  declare code: string

  @column()
  declare name: string

  @column()
  declare parentId: number | null

  @column()
  declare officeLevel: OfficeLevel | null

  @column({ consume: Boolean })
  declare isActive: boolean

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null

  @belongsTo(() => Unit, { foreignKey: 'parentId' })
  declare parent: BelongsTo<typeof Unit>
}
