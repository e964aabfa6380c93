/*
|--------------------------------------------------------------------------
| The role registry (directive 2.3): every role and what it may do
|--------------------------------------------------------------------------
|
| Routes, policies, scopes, queues and navigation ask these capabilities
| (`rolesThat`, `grantableBy`, …) instead of keeping role lists of their own,
| so a new role or a changed right is one edit here. Labels shown to users
| live in resources/lang/vi/organization.json under `organization.roles`.
*/
import type { KindLevel } from '#app/core/registries/kinds'

export const ROLES = [
  'teacher',
  'group_head',
  'group_deputy',
  'subgroup_lead',
  'principal',
  'vice_principal',
  'school_admin',
  'office_inspector',
  'dept_specialist',
  'dept_leader',
  'dept_admin',
  'system_admin',
] as const

export type RoleName = (typeof ROLES)[number]

export interface RoleTraits {
  /** Where an assignment of the role sits: in a school (school_id) or in a unit (unit_id), or nowhere in particular. */
  heldIn: 'school' | 'unit' | 'system'
  /** Inside the school: the role also names a group (teachers, group heads) or a subgroup (subgroup leads). */
  placedIn: 'group' | 'subgroup' | null
  /** Belongs to the principal's office (Ban giám hiệu): oversees every plan of the school. */
  leadsSchool: boolean
  /** Heads its unit, the one answerable for its plans: the principal a school, the group head a group. */
  headOf: 'school' | 'group' | null
  /** Belongs to a group's leadership (tổ trưởng, tổ phó): reads every plan of its group. */
  leadsGroup: boolean
  /** Reads professional plans at all (account administrators do not: administration is no right to read teachers' work). */
  readsPlans: boolean
  /** Kinds the role approves or returns where it sits, by the kind registry's level (app/core/registries/kinds.ts). */
  reviews: readonly KindLevel[]
  /** Reads plans from outside the school and leaves inspection notes (/inspection). */
  inspects: boolean
  /** Inspects the schools reporting to its unit (an office's inspector; one per office unit). */
  inspectsOffice: boolean
  /** Inspects the plans of the subjects assigned to it, in every school of the city (a specialist). */
  coversSubjects: boolean
  /** Is told when a school plan is reported to its unit (offices, the department's division). */
  receivesReports: boolean
  /** Reads every plan of the city. */
  seesEverything: boolean
  /** Runs the installation: sees its health details (database, storage). */
  operates: boolean
  /** Manages accounts and units: of its own school, or of the whole department. */
  administers: 'school' | 'department' | null
  /**
   * The grant table: roles this role may give or take away, only within
   * what it administers and never on its own account. Resetting a password
   * or locking an account is allowed only when the actor may grant every
   * role the account holds (else it would be a way into that role).
   */
  mayGrant: readonly RoleName[]
}

const SCHOOL_STAFF: RoleName[] = ['teacher', 'group_head', 'group_deputy', 'subgroup_lead']
const SCHOOL_ROLE_NAMES: RoleName[] = [
  ...SCHOOL_STAFF,
  'principal',
  'vice_principal',
  'school_admin',
]

const none = {
  placedIn: null,
  leadsSchool: false,
  headOf: null,
  leadsGroup: false,
  readsPlans: true,
  reviews: [],
  inspects: false,
  inspectsOffice: false,
  coversSubjects: false,
  receivesReports: false,
  seesEverything: false,
  operates: false,
  administers: null,
  mayGrant: [],
} as const

export const ROLE_REGISTRY: Record<RoleName, RoleTraits> = {
  teacher: { ...none, heldIn: 'school', placedIn: 'group' },
  group_head: {
    ...none,
    heldIn: 'school',
    placedIn: 'group',
    headOf: 'group',
    leadsGroup: true,
    reviews: ['teacher'],
  },
  group_deputy: { ...none, heldIn: 'school', placedIn: 'group', leadsGroup: true },
  subgroup_lead: { ...none, heldIn: 'school', placedIn: 'subgroup', reviews: ['teacher'] },
  principal: {
    ...none,
    heldIn: 'school',
    leadsSchool: true,
    headOf: 'school',
    reviews: ['school', 'group', 'teacher'],
  },
  vice_principal: { ...none, heldIn: 'school', leadsSchool: true, reviews: ['group', 'teacher'] },
  /* A school's software administrator: its staff and groups, never the principal's office. */
  school_admin: {
    ...none,
    heldIn: 'school',
    readsPlans: false,
    administers: 'school',
    mayGrant: [...SCHOOL_STAFF, 'school_admin'],
  },
  office_inspector: {
    ...none,
    heldIn: 'unit',
    inspects: true,
    inspectsOffice: true,
    receivesReports: true,
  },
  dept_specialist: { ...none, heldIn: 'unit', inspects: true, coversSubjects: true },
  dept_leader: {
    ...none,
    heldIn: 'unit',
    inspects: true,
    receivesReports: true,
    seesEverything: true,
  },
  dept_admin: {
    ...none,
    heldIn: 'unit',
    readsPlans: false,
    administers: 'department',
    mayGrant: [...SCHOOL_ROLE_NAMES, 'office_inspector', 'dept_specialist'],
  },
  system_admin: {
    ...none,
    heldIn: 'system',
    seesEverything: true,
    operates: true,
    administers: 'department',
    mayGrant: [...ROLES],
  },
}

/** Roles held inside a school (school_id set; group roles also set group_id). */
export const SCHOOL_ROLES: RoleName[] = ROLES.filter(
  (role) => ROLE_REGISTRY[role].heldIn === 'school'
)

/** The principal's office (Ban giám hiệu). */
export const PRINCIPAL_OFFICE: RoleName[] = rolesThat('leadsSchool')

/** Roles held in a group or subgroup of a school (teachers, group heads and deputies, subgroup leads). */
export const GROUP_MEMBER_ROLES: RoleName[] = ROLES.filter(
  (role) => ROLE_REGISTRY[role].placedIn !== null
)

type Flag =
  | 'leadsSchool'
  | 'leadsGroup'
  | 'inspects'
  | 'inspectsOffice'
  | 'coversSubjects'
  | 'seesEverything'
  | 'operates'
  | 'readsPlans'
  | 'receivesReports'
export type Capability =
  | Flag
  | { administers: 'school' | 'department' }
  | { reviews: KindLevel | 'any' }
  | { placedIn: 'group' | 'subgroup' }
  | { headOf: 'school' | 'group' }

/** Roles with a capability: `rolesThat('inspects')`, `rolesThat({ administers: 'school' })`, `rolesThat({ reviews: 'teacher' })`. */
export function rolesThat(capability: Capability): RoleName[] {
  return ROLES.filter((role) => hasCapability(role, capability))
}

export function hasCapability(role: RoleName, capability: Capability) {
  const traits = ROLE_REGISTRY[role]
  if (typeof capability === 'string') return traits[capability]
  if ('administers' in capability) return traits.administers === capability.administers
  if ('placedIn' in capability) return traits.placedIn === capability.placedIn
  if ('headOf' in capability) return traits.headOf === capability.headOf
  return capability.reviews === 'any'
    ? traits.reviews.length > 0
    : traits.reviews.includes(capability.reviews)
}

/**
 * The one role with a capability, for a role that is data: the role given
 * to an office's inspector or a specialist when the department creates one,
 * the role column a query filters on. Throws unless exactly one role has it.
 */
export function theRoleThat(capability: Capability): RoleName {
  const roles = rolesThat(capability)
  if (roles.length !== 1)
    throw new Error(`Expected one role with ${JSON.stringify(capability)}, found ${roles.length}`)
  return roles[0]
}

/** Whether any of the roles has the capability. */
export function anyRoleThat(roles: readonly RoleName[], capability: Capability) {
  return roles.some((role) => ROLE_REGISTRY[role] !== undefined && hasCapability(role, capability))
}

/** Roles that review a level's plans where they are placed: `reviewersOf('teacher', 'subgroup')` → subgroup leads. */
export function reviewersOf(level: KindLevel, placedIn: RoleTraits['placedIn']): RoleName[] {
  return rolesThat({ reviews: level }).filter((role) => ROLE_REGISTRY[role].placedIn === placedIn)
}

/** Roles the holder of these roles may give or take away (union of the grant table rows). */
export function grantableBy(roles: readonly RoleName[]): Set<RoleName> {
  return new Set(roles.flatMap((role) => ROLE_REGISTRY[role]?.mayGrant ?? []))
}
