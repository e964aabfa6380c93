import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { AccessScope } from '#app/organization/services/access_scope'
import { ROLE_REGISTRY, grantableBy, type RoleName } from '#app/core/registries/roles'

/*
 * What one administrator may act on, decided on the server from the
 * target's CURRENT assignments (never from the URL): the one place every
 * administrative mutation asks (import, accounts, roles, teaching).
 *
 * - a school administrator: people whose assignments are all in a school he
 *   administers; a department administrator: anyone;
 * - roles: only those of the grant table (role registry), never on oneself;
 * - an account (password, lock, details): only when every role it holds is
 *   grantable by the actor, else resetting it would be a way into that role.
 */

/** Where an account works now: its assignments in the target year, or in the latest year it held any. */
export interface Placement {
  schoolIds: Set<number>
  /** Assignments outside any school (offices, the department, system administration). */
  outsideSchools: boolean
  roles: Set<RoleName>
}

export type AccountVerdict = 'ok' | 'self' | 'otherSchool' | 'protected'

export class AdminReach {
  private constructor(
    readonly actorId: number | null,
    readonly department: boolean,
    readonly schoolIds: readonly number[],
    readonly grantable: ReadonlySet<RoleName>
  ) {}

  static of(scope: AccessScope) {
    const roles = scope.roles.map((assignment) => assignment.role)
    const department = roles.some((role) => ROLE_REGISTRY[role].administers === 'department')
    const schoolIds = scope.roles
      .filter((r) => ROLE_REGISTRY[r.role].administers === 'school' && r.schoolId !== null)
      .map((r) => r.schoolId!)
    return new AdminReach(scope.userId, department, [...new Set(schoolIds)], grantableBy(roles))
  }

  managesSchool(schoolId: number) {
    return this.department || this.schoolIds.includes(schoolId)
  }

  /** May give or take away this role at this school (the grant table, within the school he administers). */
  mayGrant(role: RoleName, schoolId: number | null) {
    if (!this.grantable.has(role)) return false
    return schoolId === null ? this.department : this.managesSchool(schoolId)
  }

  /** Whether the actor may change this account (details, password, lock) acting for the school. */
  verdictOn(userId: number, placement: Placement | undefined, schoolId: number): AccountVerdict {
    if (userId === this.actorId) return 'self'
    if (!this.managesSchool(schoolId)) return 'otherSchool'
    if (!this.department) {
      // An account with no assignment at all belongs to nobody we can vouch for: deny by default.
      if (!placement || placement.outsideSchools) return 'otherSchool'
      if ([...placement.schoolIds].some((id) => id !== schoolId)) return 'otherSchool'
    }
    if (placement && [...placement.roles].some((role) => !this.grantable.has(role)))
      return 'protected'
    return 'ok'
  }
}

/** Placements of accounts, by user id (users without any assignment are absent). */
export async function placementsOf(
  userIds: number[],
  schoolYearId: number,
  client: QueryClientContract = db.connection()
) {
  const rows: {
    user_id: number
    school_year_id: number
    starts_on: string | Date
    role: RoleName
    school_id: number | null
  }[] = []
  for (let start = 0; start < userIds.length; start += 500) {
    rows.push(
      ...(await client
        .from('role_assignments')
        .join('school_years', 'school_years.id', 'role_assignments.school_year_id')
        .whereIn('role_assignments.user_id', userIds.slice(start, start + 500))
        .select(
          'role_assignments.user_id',
          'role_assignments.school_year_id',
          'school_years.starts_on',
          'role_assignments.role',
          'role_assignments.school_id'
        ))
    )
  }
  const yearOf = new Map<number, { yearId: number; startsOn: number }>()
  for (const row of rows) {
    const startsOn =
      row.school_year_id === schoolYearId
        ? Number.POSITIVE_INFINITY
        : new Date(row.starts_on).getTime()
    const best = yearOf.get(row.user_id)
    if (!best || startsOn > best.startsOn)
      yearOf.set(row.user_id, { yearId: row.school_year_id, startsOn })
  }
  const placements = new Map<number, Placement>()
  for (const row of rows) {
    if (yearOf.get(row.user_id)!.yearId !== row.school_year_id) continue
    if (!placements.has(row.user_id))
      placements.set(row.user_id, { schoolIds: new Set(), outsideSchools: false, roles: new Set() })
    const placement = placements.get(row.user_id)!
    placement.roles.add(row.role)
    if (row.school_id === null) placement.outsideSchools = true
    else placement.schoolIds.add(row.school_id)
  }
  return placements
}

/** The verdict on one account (controllers acting on a single person). */
export async function verdictOnAccount(
  reach: AdminReach,
  userId: number,
  schoolId: number,
  schoolYearId: number
) {
  const placements = await placementsOf([userId], schoolYearId)
  return reach.verdictOn(userId, placements.get(userId), schoolId)
}
