import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import { jsonColumn } from '#app/workflow/models/json_column'
import type { ReviewerRule } from '#app/workflow/services/routing_defaults'
import type { DocumentKind } from '#app/workflow/services/statuses'

/** A school year's workflow settings: reviewers per kind, lesson-plan lead time, reminder offsets. */
export default class RoutingRule extends BaseModel {
  static table = 'routing_rules'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare schoolYearId: number

  @column(jsonColumn)
  declare reviewers: Record<DocumentKind, ReviewerRule>

  @column()
  declare lessonPlanLeadDays: number

  @column(jsonColumn)
  declare reminderOffsets: number[]

  @column()
  declare updatedByUserId: number | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null
}
