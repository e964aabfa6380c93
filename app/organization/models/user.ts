import { DateTime } from 'luxon'
import hash from '@adonisjs/core/services/hash'
import { compose } from '@adonisjs/core/helpers'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import { withAuthFinder } from '@adonisjs/auth/mixins/lucid'

const AuthFinder = withAuthFinder(() => hash.use('scrypt'), {
  uids: ['username', 'email'],
  passwordColumnName: 'password',
})

/** A person's single account (directive 2.3). Roles are separate assignments. */
export default class User extends compose(BaseModel, AuthFinder) {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare username: string

  @column()
  declare email: string | null

  @column()
  declare fullName: string

  /** Mã định danh (sector database / SMAS); imports match accounts by it. */
  @column()
  declare staffCode: string | null

  @column.date()
  declare birthDate: DateTime | null

  @column()
  declare phone: string | null

  @column({ serializeAs: null })
  declare password: string

  @column({ consume: Boolean })
  declare mustChangePassword: boolean

  @column({ consume: Boolean })
  declare isActive: boolean

  @column({ consume: Boolean })
  declare emailNotifications: boolean

  @column.dateTime()
  declare lastLoginAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null

  get initials() {
    const words = this.fullName.trim().split(/\s+/)
    const last = words.at(-1) ?? ''
    const first = words.length > 1 ? words[0] : ''
    return `${first.charAt(0)}${last.charAt(0)}`.toUpperCase()
  }
}
