import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import { jsonColumn } from '#app/documents/models/json_column'
import type { DocumentKind } from '#app/core/registries/kinds'
import type { ReadMetadata } from '#app/documents/prefill/read_metadata'

/** Form values as posted (strings), kept to be shown again on the confirm page. */
export type TypedValues = Record<string, string>

/** A file uploaded and parsed, waiting for its owner to confirm the metadata (table pending_uploads). */
export default class PendingUpload extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare userId: number

  @column()
  declare kind: DocumentKind

  @column()
  declare storageKey: string

  @column()
  declare originalName: string

  @column({ consume: Number })
  declare size: number

  @column(jsonColumn)
  declare typed: TypedValues

  @column(jsonColumn)
  declare read: ReadMetadata

  @column.dateTime()
  declare expiresAt: DateTime

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  get isExpired(): boolean {
    return this.expiresAt <= DateTime.now()
  }
}
