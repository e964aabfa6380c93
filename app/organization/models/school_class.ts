import { BaseModel, column } from '@adonisjs/lucid/orm'

/** A class (6A1, 10A2…) of a school in a school year. */
export default class SchoolClass extends BaseModel {
  static table = 'classes'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare schoolId: number

  @column()
  declare schoolYearId: number

  @column()
  declare grade: number

  @column()
  declare name: string
}
