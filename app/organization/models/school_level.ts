import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Unit from '#app/organization/models/unit'
import type { Level } from '#app/organization/services/subject_catalogue'

/** A level a school teaches, and the unit that receives (and may inspect) its school plan. */
export default class SchoolLevel extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare schoolId: number

  @column()
  declare level: Level

  @column()
  declare receivingUnitId: number

  @belongsTo(() => Unit, { foreignKey: 'receivingUnitId' })
  declare receivingUnit: BelongsTo<typeof Unit>
}
