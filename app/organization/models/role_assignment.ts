import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { BaseModel, afterDelete, belongsTo, column, manyToMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, ManyToMany } from '@adonisjs/lucid/types/relations'
import User from '#app/organization/models/user'
import Subject from '#app/organization/models/subject'
import SchoolClass from '#app/organization/models/school_class'
import type { RoleName } from '#app/core/registries/roles'
import { endAllSessions } from '#app/organization/services/session_version'

/**
 * One role of one person for one school year, scoped to a school (and a
 * group or subgroup) or to a unit. Teachers' taught subjects and classes,
 * and a specialist's covered subjects, hang off the assignment.
 */
export default class RoleAssignment extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare userId: number

  @column()
  declare schoolYearId: number

  @column()
  declare role: RoleName

  @column()
  declare schoolId: number | null

  @column()
  declare groupId: number | null

  @column()
  declare subgroupId: number | null

  @column()
  declare unitId: number | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null

  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  @manyToMany(() => Subject, { pivotTable: 'role_assignment_subjects' })
  declare subjects: ManyToMany<typeof Subject>

  @manyToMany(() => SchoolClass, {
    pivotTable: 'role_assignment_classes',
    pivotRelatedForeignKey: 'class_id',
  })
  declare classes: ManyToMany<typeof SchoolClass>

  /** Removing a person's last role of the year ends the sessions that role opened. */
  @afterDelete()
  static async endSessionsAfterLastRole(assignment: RoleAssignment) {
    const client = assignment.$trx ?? db.connection()
    const remaining = await client
      .from('role_assignments')
      .where({ user_id: assignment.userId, school_year_id: assignment.schoolYearId })
      .first()
    if (!remaining) await endAllSessions(assignment.userId, client)
  }
}
