import { BaseModel, column } from '@adonisjs/lucid/orm'
import type { Level } from '#app/organization/services/subject_catalogue'

/** A subject or educational activity of the 2018 programme (catalogue loaded by migration). */
export default class Subject extends BaseModel {
  static table = 'subjects'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare code: string

  @column()
  declare name: string

  @column({
    prepare: (value: Level[]) => JSON.stringify(value),
    consume: (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value),
  })
  declare levels: Level[]

  @column({ consume: Boolean })
  declare isActivity: boolean

  @column()
  declare sortOrder: number
}
