import db from '@adonisjs/lucid/services/db'
import SchoolYear from '#app/organization/models/school_year'
import {
  PRINCIPAL_OFFICE,
  ROLE_REGISTRY,
  reviewersOf,
  type RoleName,
} from '#app/core/registries/roles'
import { decidedByCouncil, kindLevel, reportedUpward } from '#app/core/registries/kinds'
import type { ScopedRecord } from '#app/organization/services/access_scope'
import type { Level } from '#app/organization/services/subject_catalogue'

/**
 * Who approves a record (directive 2.2–2.3), so the workflow can ask them:
 *
 * - teacher plans (PL3, PL4) → the subgroup lead where the school assigned
 *   one for the teacher's subgroup, otherwise the group head; a subgroup
 *   lead's own plans go to the group head; a group head's own plans go to
 *   the principal's office (nobody approves his or her own document).
 * - group plans (PL1, PL2) → the principal's office.
 * - the school plan → the principal records the school council's decision,
 *   then the school reports it to the receiving unit of each level it
 *   teaches (THPT → the department's secondary division, THCS → the
 *   configured supervising office, multi-level → both).
 */
export interface ReviewRoute {
  /** The roles asked to approve, first the one the directive names. */
  roles: RoleName[]
  schoolId: number
  groupId: number | null
  subgroupId: number | null
  /** People holding those roles this year, never the owner. */
  reviewerUserIds: number[]
  /** School plan only: where the approved plan is reported, per level. */
  reportTo: { level: Level; unitId: number }[]
}

export async function reviewRouteFor(
  record: ScopedRecord,
  schoolYearId?: number
): Promise<ReviewRoute | null> {
  if (record.schoolId === null) return null
  const yearId = schoolYearId ?? (await SchoolYear.currentId())
  if (!yearId) return null

  const context = {
    yearId,
    schoolId: record.schoolId,
    groupId: record.groupId ?? null,
    subgroupId: record.subgroupId ?? null,
  }
  const roles = await approvingRoles(record, context)
  const reviewers = await holdersOf(roles, context)
  return {
    roles,
    schoolId: record.schoolId,
    groupId: context.groupId,
    subgroupId: context.subgroupId,
    reviewerUserIds: reviewers.filter(
      (id) => id !== record.ownerUserId || decidedByCouncil(record.kind)
    ),
    reportTo: reportedUpward(record.kind) ? await receivingUnits(record.schoolId) : [],
  }
}

interface RouteContext {
  yearId: number
  schoolId: number
  groupId: number | null
  subgroupId: number | null
}

/* Who reviews a teacher's plan inside the school, by where the role is placed (role registry). */
const GROUP_HEADS = reviewersOf('teacher', 'group')
const SUBGROUP_LEADS = reviewersOf('teacher', 'subgroup')

async function approvingRoles(record: ScopedRecord, context: RouteContext): Promise<RoleName[]> {
  /* School and group plans: the school-wide roles that review their level (the council's recorder, the principal's office). */
  if (decidedByCouncil(record.kind) || kindLevel(record.kind) !== 'teacher')
    return reviewersOf(kindLevel(record.kind), null)

  const heads = await holdersOf(GROUP_HEADS, context)
  const owner = record.ownerUserId
  if (owner !== null && heads.includes(owner)) return [...PRINCIPAL_OFFICE]
  if (heads.length === 0) return [...PRINCIPAL_OFFICE]

  const leads = context.subgroupId ? await holdersOf(SUBGROUP_LEADS, context) : []
  const leadIsSomeoneElse = leads.some((id) => id !== owner)
  return leadIsSomeoneElse ? [...SUBGROUP_LEADS] : [...GROUP_HEADS]
}

/** Users holding the roles where the record sits (school, group or subgroup). */
async function holdersOf(roles: RoleName[], context: RouteContext) {
  const query = db
    .from('role_assignments')
    .where('school_year_id', context.yearId)
    .whereIn('role', roles)
  query.where((scope) => {
    for (const role of roles) {
      scope.orWhere((q) => {
        q.where('role', role)
        const placedIn = ROLE_REGISTRY[role].placedIn
        if (placedIn === 'group') q.where('group_id', context.groupId ?? -1)
        else if (placedIn === 'subgroup') q.where('subgroup_id', context.subgroupId ?? -1)
        else q.where('school_id', context.schoolId)
      })
    }
  })
  const rows = await query.distinct('user_id').orderBy('user_id')
  return rows.map((row) => row.user_id as number)
}

async function receivingUnits(schoolId: number) {
  const rows = await db
    .from('school_levels')
    .where('school_id', schoolId)
    .orderBy('level')
    .select('level', 'receiving_unit_id')
  return rows.map((row) => ({ level: row.level as Level, unitId: row.receiving_unit_id as number }))
}
