import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import User from '#app/organization/models/user'
import type { DocumentKind } from '#app/core/registries/kinds'
import DocumentVersion from './document_version.js'

export type DocumentStatus = 'draft' | 'submitted' | 'approved' | 'returned'
export const DOCUMENT_STATUSES: readonly DocumentStatus[] = [
  'draft',
  'submitted',
  'approved',
  'returned',
]

/** A plan (one kind, one unit, one lesson for PL IV); its files are versions. */
export default class Document extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare kind: DocumentKind

  @column()
  declare schoolYearId: number

  @column()
  declare schoolId: number

  @column()
  declare groupId: number | null

  @column()
  declare subgroupId: number | null

  @column()
  declare subjectId: number | null

  @column()
  declare grade: number | null

  @column()
  declare className: string | null

  @column()
  declare ownerUserId: number

  @column()
  declare title: string

  @column()
  declare lessonTitle: string | null

  @column()
  declare periods: number | null

  @column.date()
  declare teachingDate: DateTime | null

  @column()
  declare teachingWeek: number | null

  /** Written by the workflow module; uploads create 'draft'. */
  @column()
  declare status: DocumentStatus

  @column()
  declare currentVersionId: number | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null

  @belongsTo(() => User, { foreignKey: 'ownerUserId' })
  declare owner: BelongsTo<typeof User>

  @hasMany(() => DocumentVersion)
  declare versions: HasMany<typeof DocumentVersion>

  @belongsTo(() => DocumentVersion, { foreignKey: 'currentVersionId' })
  declare currentVersion: BelongsTo<typeof DocumentVersion>
}
