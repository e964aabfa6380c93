import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import type { ImportRow } from '#app/organization/services/staff_import/types'

/** An uploaded staff list waiting for confirmation (preview), or done. */
export default class ImportBatch extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare userId: number

  @column()
  declare schoolId: number

  @column()
  declare schoolYearId: number

  @column()
  declare fileName: string

  @column({
    prepare: (value: ImportRow[]) => JSON.stringify(value),
    consume: (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value),
  })
  declare rows: ImportRow[]

  /** Encrypted initial passwords (JSON), cleared once downloaded. */
  @column({ serializeAs: null })
  declare credentials: string | null

  @column()
  declare status: 'preview' | 'done'

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null
}
