import db from '@adonisjs/lucid/services/db'
import { staticRead } from '#app/core/services/static_reads'
import type User from '#app/organization/models/user'
import SchoolYear from '#app/organization/models/school_year'
import { APPROVED_STATUS } from '#app/organization/services/roles'
import {
  decidedByCouncil,
  kindLevel,
  kindsAtLevel,
  type DocumentKind,
} from '#app/core/registries/kinds'
import {
  GROUP_MEMBER_ROLES,
  PRINCIPAL_OFFICE,
  hasCapability,
  reviewersOf,
  rolesThat,
  theRoleThat,
  type Capability,
  type RoleName,
} from '#app/core/registries/roles'

/**
 * Who may see, review and inspect which records (directive 2.3), for one
 * user in one school year. Deny by default: every permission below is an
 * explicit grant tied to a role assignment of that year; a user with no
 * assignment (or a deactivated account) sees nothing.
 *
 *   teacher            own records + APPROVED group plans (PL1, PL2) of own group
 *   group head/deputy  every PL1–PL4 of the group
 *   subgroup lead      every PL1–PL4 of the subgroup
 *   principal/vice     every record of the school
 *   office inspector   every record of the schools it supervises or that report to it
 *   dept specialist    PL1–PL4 of the subjects covered, city-wide (not school plans)
 *   dept leader, sysadmin  everything
 *   school admin, dept admin  manage accounts and units; they see NO plans
 *                      (administration is not a right to read teachers' work)
 */

/** A plain "document-like" record: what the rules need to know, nothing more. */
export interface ScopedRecord {
  kind: DocumentKind
  ownerUserId: number | null
  schoolId: number | null
  groupId?: number | null
  subgroupId?: number | null
  subjectId?: number | null
  status?: string | null
}

/** One role assignment, flattened for the rules. */
export interface ScopeRole {
  id: number
  role: RoleName
  schoolId: number | null
  groupId: number | null
  subgroupId: number | null
  unitId: number | null
  subjectIds: number[]
}

/** Column names of the documents table that applyTo narrows. */
export interface ScopeColumns {
  schoolId: string
  groupId: string
  subgroupId: string
  subjectId: string
  ownerUserId: string
  kind: string
  status: string
}

const DEFAULT_SCOPE_COLUMNS: ScopeColumns = {
  schoolId: 'documents.school_id',
  groupId: 'documents.group_id',
  subgroupId: 'documents.subgroup_id',
  subjectId: 'documents.subject_id',
  ownerUserId: 'documents.owner_user_id',
  kind: 'documents.kind',
  status: 'documents.status',
}

const SEES_EVERYTHING: RoleName[] = rolesThat('seesEverything')
/* Kinds by the unit they belong to (the kind registry), asked when needed: the registry may grow. */
const groupPlanKinds = () => kindsAtLevel('group')
const groupAndTeacherPlanKinds = () => [...kindsAtLevel('group'), ...kindsAtLevel('teacher')]
const isGroupPlan = (kind: DocumentKind) => kindLevel(kind) === 'group'
const isGroupOrTeacherPlan = (kind: DocumentKind) => kindLevel(kind) !== 'school'

/** The minimal query surface applyTo needs; Lucid and knex builders both have it. */
interface WhereBuilder {
  where(...args: any[]): any
  orWhere(...args: any[]): any
  whereIn(...args: any[]): any
  orWhereIn(...args: any[]): any
  whereRaw(...args: any[]): any
}

export class AccessScope {
  private constructor(
    readonly userId: number | null,
    readonly schoolYearId: number | null,
    readonly roles: ScopeRole[],
    /** Schools an office inspector's units supervise or receive reports from. */
    private readonly officeSchools: Set<number>,
    /** group id → user ids of its group heads (their own teacher plans go to the principal's office). */
    private readonly groupHeads: Map<number, Set<number>>
  ) {}

  /** The scope of a user in a school year (the current year by default). */
  static async for(
    user: User | null | undefined,
    schoolYearId?: number | null
  ): Promise<AccessScope> {
    const yearId = schoolYearId ?? (await SchoolYear.currentId())
    if (!user || !user.isActive || yearId === null)
      return AccessScope.nobody(user?.id ?? null, yearId)

    const roles = await loadRoles(user.id, yearId)
    const officeUnits = unitsOf(roles, 'inspectsOffice')
    const officeSchools = officeUnits.length
      ? await schoolsReportingTo(officeUnits)
      : new Set<number>()
    const groupHeads = await groupHeadsFor(roles, yearId)
    return new AccessScope(user.id, yearId, roles, officeSchools, groupHeads)
  }

  /** A scope that grants nothing. */
  static nobody(userId: number | null = null, schoolYearId: number | null = null) {
    return new AccessScope(userId, schoolYearId, [], new Set(), new Map())
  }

  /* ---------- who the user is ---------- */

  has(role: RoleName) {
    return this.roles.some((assignment) => assignment.role === role)
  }

  /** Whether one of the user's roles this year has the capability (role registry). */
  can(capability: Capability) {
    return this.roles.some((assignment) => hasCapability(assignment.role, capability))
  }

  get hasAnyRole() {
    return this.roles.length > 0
  }

  get seesEverything() {
    return this.roles.some((assignment) => SEES_EVERYTHING.includes(assignment.role))
  }

  get isTeacher() {
    return this.has('teacher')
  }

  /** Groups whose teacher plans the user heads or deputises. */
  get managedGroupIds() {
    return this.idsOf(rolesThat('leadsGroup'), 'groupId')
  }

  /** Groups the user heads (approves teacher plans). */
  get headedGroupIds() {
    return this.idsOf(rolesThat({ headOf: 'group' }), 'groupId')
  }

  get ledSubgroupIds() {
    return this.idsOf(rolesThat({ placedIn: 'subgroup' }), 'subgroupId')
  }

  /** Groups the user belongs to (as teacher, head, deputy or subgroup lead). */
  get memberGroupIds() {
    return this.idsOf(GROUP_MEMBER_ROLES, 'groupId')
  }

  /** Schools where the user is in the principal's office. */
  get principalSchoolIds() {
    return this.idsOf(PRINCIPAL_OFFICE, 'schoolId')
  }

  /** Schools where the user is the principal (records the council's decision on the school plan). */
  get principalOnlySchoolIds() {
    return this.idsOf(rolesThat({ headOf: 'school' }), 'schoolId')
  }

  /** Schools whose accounts the user administers. */
  get administeredSchoolIds() {
    return this.idsOf(rolesThat({ administers: 'school' }), 'schoolId')
  }

  get officeSchoolIds() {
    return [...this.officeSchools]
  }

  /** Subjects a department specialist covers. */
  get coveredSubjectIds() {
    return unique(
      this.roles.filter((r) => hasCapability(r.role, 'coversSubjects')).flatMap((r) => r.subjectIds)
    )
  }

  /** Subjects the user teaches this year. */
  get taughtSubjectIds() {
    return unique(this.roles.filter((r) => r.role === 'teacher').flatMap((r) => r.subjectIds))
  }

  /* ---------- what the user may do with one record ---------- */

  canView(record: ScopedRecord): boolean {
    if (!this.hasAnyRole) return false
    if (this.seesEverything) return true
    if (record.ownerUserId !== null && record.ownerUserId === this.userId) return true
    return this.oversees(record) || this.seesAsGroupMember(record)
  }

  /** Read plus inspection notes: managers and inspectors, never on one's own record. */
  canInspect(record: ScopedRecord): boolean {
    if (!this.hasAnyRole || this.isOwner(record)) return false
    return this.seesEverything || this.oversees(record)
  }

  /** Approve or return the record (see reviewRouteFor for who is asked first). */
  canReview(record: ScopedRecord): boolean {
    if (!this.hasAnyRole || record.schoolId === null) return false
    const schoolId = record.schoolId

    /* The school council approves the school plan; the principal records its decision. */
    if (decidedByCouncil(record.kind)) return this.principalOnlySchoolIds.includes(schoolId)

    // Nobody approves his or her own document.
    if (this.isOwner(record)) return false

    if (isGroupPlan(record.kind)) return this.principalSchoolIds.includes(schoolId)

    // Teacher plans: a group head's own plans go to the principal's office.
    if (this.ownerHeadsGroup(record)) return this.principalSchoolIds.includes(schoolId)
    return (
      includes(this.headedGroupIds, record.groupId) ||
      includes(this.ledSubgroupIds, record.subgroupId)
    )
  }

  /* ---------- lists ---------- */

  /**
   * Narrows a query over a documents table to exactly the records canView
   * allows; no role → no rows.
   */
  applyTo<Q extends WhereBuilder>(query: Q, columns: Partial<ScopeColumns> = {}): Q {
    const c = { ...DEFAULT_SCOPE_COLUMNS, ...columns }
    if (!this.hasAnyRole) return query.whereRaw('1 = 0')
    if (this.seesEverything) return query

    const schoolIds = unique([...this.principalSchoolIds, ...this.officeSchoolIds])
    const managedGroups = this.managedGroupIds
    const subgroups = this.ledSubgroupIds
    const subjects = this.coveredSubjectIds
    const memberGroups = this.memberGroupIds

    query.where((scope: WhereBuilder) => {
      scope.where(c.ownerUserId, this.userId)
      if (schoolIds.length) scope.orWhereIn(c.schoolId, schoolIds)
      if (managedGroups.length) {
        scope.orWhere((q: WhereBuilder) =>
          q.whereIn(c.groupId, managedGroups).whereIn(c.kind, groupAndTeacherPlanKinds())
        )
      }
      if (subgroups.length) {
        scope.orWhere((q: WhereBuilder) =>
          q.whereIn(c.subgroupId, subgroups).whereIn(c.kind, groupAndTeacherPlanKinds())
        )
      }
      if (subjects.length) {
        scope.orWhere((q: WhereBuilder) =>
          q.whereIn(c.subjectId, subjects).whereIn(c.kind, groupAndTeacherPlanKinds())
        )
      }
      if (memberGroups.length) {
        scope.orWhere((q: WhereBuilder) =>
          q
            .whereIn(c.groupId, memberGroups)
            .whereIn(c.kind, groupPlanKinds())
            .where(c.status, APPROVED_STATUS)
        )
      }
    })
    return query
  }

  /* ---------- rules ---------- */

  /** Sees the record by a managing or inspecting role (not merely as its owner or a group member). */
  private oversees(record: ScopedRecord) {
    if (record.schoolId !== null && this.principalSchoolIds.includes(record.schoolId)) return true
    if (record.schoolId !== null && this.officeSchools.has(record.schoolId)) return true
    if (!isGroupOrTeacherPlan(record.kind)) return false
    return (
      includes(this.managedGroupIds, record.groupId) ||
      includes(this.ledSubgroupIds, record.subgroupId) ||
      includes(this.coveredSubjectIds, record.subjectId)
    )
  }

  private seesAsGroupMember(record: ScopedRecord) {
    return (
      isGroupPlan(record.kind) &&
      record.status === APPROVED_STATUS &&
      includes(this.memberGroupIds, record.groupId)
    )
  }

  private isOwner(record: ScopedRecord) {
    return record.ownerUserId !== null && record.ownerUserId === this.userId
  }

  private ownerHeadsGroup(record: ScopedRecord) {
    if (record.groupId === null || record.groupId === undefined || record.ownerUserId === null)
      return false
    return this.groupHeads.get(record.groupId)?.has(record.ownerUserId) ?? false
  }

  private idsOf(roles: RoleName[], key: 'schoolId' | 'groupId' | 'subgroupId' | 'unitId') {
    return unique(this.roles.filter((r) => roles.includes(r.role)).map((r) => r[key]))
  }
}

/* ---------- loading ---------- */

function loadRoles(userId: number, schoolYearId: number): Promise<ScopeRole[]> {
  return staticRead(`scope_roles:${userId}:${schoolYearId}`, () => readRoles(userId, schoolYearId))
}

async function readRoles(userId: number, schoolYearId: number): Promise<ScopeRole[]> {
  const rows = await db
    .from('role_assignments')
    .where('user_id', userId)
    .where('school_year_id', schoolYearId)
    .select('id', 'role', 'school_id', 'group_id', 'subgroup_id', 'unit_id')
  if (rows.length === 0) return []

  const subjects = await db
    .from('role_assignment_subjects')
    .whereIn(
      'role_assignment_id',
      rows.map((row) => row.id)
    )
    .select('role_assignment_id', 'subject_id')

  return rows.map((row) => ({
    id: row.id,
    role: row.role,
    schoolId: row.school_id,
    groupId: row.group_id,
    subgroupId: row.subgroup_id,
    unitId: row.unit_id,
    subjectIds: subjects.filter((s) => s.role_assignment_id === row.id).map((s) => s.subject_id),
  }))
}

function unitsOf(roles: ScopeRole[], capability: Capability) {
  return unique(roles.filter((r) => hasCapability(r.role, capability)).map((r) => r.unitId))
}

/** Schools supervised by the units, or with a level whose plan goes to one of them. */
async function schoolsReportingTo(unitIds: number[]) {
  const supervised = await db.from('schools').whereIn('supervising_unit_id', unitIds).select('id')
  const receiving = await db
    .from('school_levels')
    .whereIn('receiving_unit_id', unitIds)
    .select('school_id')
  return new Set<number>([...supervised.map((r) => r.id), ...receiving.map((r) => r.school_id)])
}

/** Roles that review teacher plans in their group or subgroup (group heads, subgroup leads). */
const GROUP_REVIEWERS = [...reviewersOf('teacher', 'group'), ...reviewersOf('teacher', 'subgroup')]

/** Group heads of the groups whose teacher plans this user might review. */
async function groupHeadsFor(roles: ScopeRole[], schoolYearId: number) {
  const schools = unique(
    roles.filter((r) => PRINCIPAL_OFFICE.includes(r.role)).map((r) => r.schoolId)
  )
  const groups = unique(roles.filter((r) => GROUP_REVIEWERS.includes(r.role)).map((r) => r.groupId))
  const heads = new Map<number, Set<number>>()
  if (schools.length === 0 && groups.length === 0) return heads

  const rows = await db
    .from('role_assignments')
    .where('school_year_id', schoolYearId)
    .where('role', theRoleThat({ headOf: 'group' }))
    .where((q) => {
      if (schools.length) q.orWhereIn('school_id', schools)
      if (groups.length) q.orWhereIn('group_id', groups)
    })
    .select('group_id', 'user_id')
  for (const row of rows) {
    if (!heads.has(row.group_id)) heads.set(row.group_id, new Set())
    heads.get(row.group_id)!.add(row.user_id)
  }
  return heads
}

function unique<T>(values: (T | null | undefined)[]): T[] {
  return [...new Set(values.filter((value): value is T => value !== null && value !== undefined))]
}

function includes(ids: number[], id: number | null | undefined) {
  return id !== null && id !== undefined && ids.includes(id)
}
