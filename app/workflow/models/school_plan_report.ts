import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Unit from '#app/organization/models/unit'

/** An approved school plan version sent to one receiving unit. */
export default class SchoolPlanReport extends BaseModel {
  static table = 'school_plan_reports'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare documentId: number

  @column()
  declare versionId: number

  @column()
  declare unitId: number

  @column()
  declare level: 'thcs' | 'thpt'

  @column()
  declare decisionNumber: string

  @column.date()
  declare decisionDate: DateTime

  @column()
  declare sentByUserId: number

  @column.dateTime()
  declare sentAt: DateTime

  @belongsTo(() => Unit)
  declare unit: BelongsTo<typeof Unit>
}
