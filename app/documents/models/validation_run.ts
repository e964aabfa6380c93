import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import DocumentVersion from './document_version.js'
import Finding from './finding.js'
import { jsonColumn } from './json_column.js'
import type { RelatedNeed } from '#plugins/contract'

export type RunStatus = 'passed' | 'failed' | 'unreadable'

/** An approved related plan a run compared the version with. */
export interface RelatedVersion {
  need: RelatedNeed
  documentId: number
  versionId: number
}

export interface RunPlugin {
  id: string
  version: string
  options: unknown
}

/** The validators' verdict on one version (the newest run of a version is the one that counts). */
export default class ValidationRun extends BaseModel {
  static table = 'validation_runs'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare versionId: number

  @column()
  declare status: RunStatus

  @column({ consume: Number })
  declare errors: number

  @column({ consume: Number })
  declare warnings: number

  @column({ consume: Number })
  declare infos: number

  @column(jsonColumn)
  declare plugins: RunPlugin[]

  /** null for runs stored before related plans were read, or that read none. */
  @column(jsonColumn)
  declare relatedVersions: RelatedVersion[] | null

  @column({ columnName: 'file_sha256' })
  declare fileSha256: string

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @belongsTo(() => DocumentVersion, { foreignKey: 'versionId' })
  declare version: BelongsTo<typeof DocumentVersion>

  @hasMany(() => Finding, { foreignKey: 'runId' })
  declare findings: HasMany<typeof Finding>
}
