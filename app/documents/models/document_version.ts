import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import User from '#app/organization/models/user'
import type { DocumentFormat, DocumentModel } from '#plugins/document_model'
import Document from './document.js'
import ValidationRun from './validation_run.js'
import { jsonColumn } from './json_column.js'

export type ParseStatus = 'parsed' | 'unreadable'

/** One uploaded file of a document, immutable once stored. */
export default class DocumentVersion extends BaseModel {
  static table = 'document_versions'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare documentId: number

  /** 1, 2, … per document. */
  @column()
  declare number: number

  @column()
  declare uploaderId: number

  /** As the uploader's device named it (Vietnamese, with diacritics). */
  @column()
  declare originalName: string

  @column()
  declare storageKey: string

  @column({ columnName: 'sha256' })
  declare sha256: string

  @column({ consume: Number })
  declare size: number

  @column()
  declare format: DocumentFormat

  @column()
  declare mimeType: string

  @column()
  declare parseStatus: ParseStatus

  @column()
  declare parserVersion: string | null

  /** The parsed document model; kept so revalidation need not re-parse. */
  @column({ ...jsonColumn, serializeAs: null })
  declare model: DocumentModel | null

  @column({ serializeAs: null })
  declare extractedText: string | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @belongsTo(() => Document)
  declare document: BelongsTo<typeof Document>

  @belongsTo(() => User, { foreignKey: 'uploaderId' })
  declare uploader: BelongsTo<typeof User>

  @hasMany(() => ValidationRun, { foreignKey: 'versionId' })
  declare runs: HasMany<typeof ValidationRun>
}
