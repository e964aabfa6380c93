import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export type NotificationKind =
  | 'submitted'
  | 'approved'
  | 'returned'
  | 'deadline'
  | 'lesson_due'
  | 'review_digest'
  | 'inspection_note'

/** A message in a user's bell; e-mailed too unless the user turned e-mail off. */
export default class Notification extends BaseModel {
  static table = 'notifications'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare userId: number

  @column()
  declare kind: NotificationKind

  @column()
  declare title: string

  @column()
  declare body: string | null

  @column()
  declare url: string | null

  @column()
  declare documentId: number | null

  @column()
  declare dedupeKey: string | null

  @column.dateTime()
  declare readAt: DateTime | null

  @column.dateTime()
  declare emailedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
