import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

/** A school year and its calendar: 35 weeks split between two terms, and the yearly-plan deadline. */
export default class SchoolYear extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  /** 2025-2026 */
  @column()
  declare name: string

  @column.date()
  declare startsOn: DateTime

  @column.date()
  declare endsOn: DateTime

  @column({ columnName: 'weeks_term1' })
  declare weeksTerm1: number

  @column({ columnName: 'weeks_term2' })
  declare weeksTerm2: number

  @column.date()
  declare planDeadline: DateTime

  /** Breaks as ISO date ranges; whole weeks inside one are not teaching weeks (see school_calendar). */
  @column({
    prepare: (value: unknown) => (value ? JSON.stringify(value) : null),
    consume: (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : (value ?? [])),
  })
  declare holidays: { from: string; to: string; name?: string }[]

  @column({ consume: Boolean })
  declare isCurrent: boolean

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null

  get totalWeeks() {
    return this.weeksTerm1 + this.weeksTerm2
  }

  /** The year marked current, or null before the department opens one. */
  static current() {
    return this.query().where('is_current', true).first()
  }

  /** The current year's id, or null before the department opens one. */
  static async currentId(): Promise<number | null> {
    const year = await this.current()
    return year?.id ?? null
  }

  /** The default yearly-plan deadline: 15 September of the start year (directive 2.2). */
  static defaultPlanDeadline(startYear: number) {
    return DateTime.fromObject({ year: startYear, month: 9, day: 15 })
  }
}
