import { DateTime } from 'luxon'
import hash from '@adonisjs/core/services/hash'
import { compose } from '@adonisjs/core/helpers'
import { BaseModel, afterFind, afterSave, beforeSave, column } from '@adonisjs/lucid/orm'
import db from '@adonisjs/lucid/services/db'
import type { RoleName } from '#app/core/registries/roles'
import { endAllSessions } from '#app/organization/services/session_version'
import { withAuthFinder } from '@adonisjs/auth/mixins/lucid'

const AuthFinder = withAuthFinder(() => hash.use('scrypt'), {
  uids: ['username', 'email'],
  passwordColumnName: 'password',
})

/** Saved rows whose change (new password, deactivation) must end their sessions once written. */
const endingSessions = new WeakSet<User>()

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

  /** Raised to end every session of the account (see services/session_version.ts). */
  @column({ serializeAs: null })
  declare sessionVersion: number

  @column.dateTime()
  declare lastLoginAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null

  /** Role names held in the current school year, loaded with the account so menus can follow roles. */
  declare currentRoles: RoleName[]

  /** A new password or a deactivation ends every open session, whoever made the change. */
  @beforeSave()
  static noteCredentialChange(user: User) {
    const deactivated = user.$dirty.isActive !== undefined && !user.isActive
    if (user.$isPersisted && (user.$dirty.password !== undefined || deactivated))
      endingSessions.add(user)
  }

  /* Raised in the database (atomic, whatever this copy of the row holds), then read back for the session that made the change. */
  @afterSave()
  static async endSessionsOnCredentialChange(user: User) {
    if (!endingSessions.delete(user)) return
    const client = user.$trx ?? db.connection()
    await endAllSessions(user.id, client)
    const row = await client.from('users').where('id', user.id).select('session_version').first()
    user.sessionVersion = Number(row.session_version)
  }

  @afterFind()
  static async loadCurrentRoles(user: User) {
    // Inside a transaction, stay on its connection (SQLite has only one).
    const client = user.$trx ?? db
    const rows = await client
      .from('role_assignments')
      .join('school_years', 'school_years.id', 'role_assignments.school_year_id')
      .where('school_years.is_current', true)
      .where('role_assignments.user_id', user.id)
      .distinct('role_assignments.role')
    user.currentRoles = rows.map((row) => row.role)
  }

  get initials() {
    const words = this.fullName.trim().split(/\s+/)
    const last = words.at(-1) ?? ''
    const first = words.length > 1 ? words[0] : ''
    return `${first.charAt(0)}${last.charAt(0)}`.toUpperCase()
  }
}
