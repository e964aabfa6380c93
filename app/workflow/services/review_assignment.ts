import db from '@adonisjs/lucid/services/db'
import { staticRead } from '#app/core/services/static_reads'
import type { DatabaseQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'
import {
  PRINCIPAL_OFFICE,
  ROLE_REGISTRY,
  hasCapability,
  reviewersOf as rolesReviewing,
  rolesThat,
  theRoleThat,
  type RoleName,
} from '#app/core/registries/roles'
import { settingsFor } from '#app/workflow/services/workflow_settings'
import {
  decidedByCouncil,
  kindsAtLevel,
  kindsWhere,
  REVIEWER_RULE,
  type DocumentKind,
} from '#app/core/registries/kinds'
import type { ReviewerRule } from '#app/workflow/services/routing_defaults'

/*
 * Who approves or returns which document, under the school year's routing
 * rules. One definition serves both questions, so the queue and the
 * buttons can never disagree: each reviewing role assignment becomes a
 * "slot", a set of WHERE conditions over the documents table; the queue
 * ORs the slots, and "may this user review document 12?" runs the same
 * conditions restricted to id 12.
 *
 * Nobody reviews his or her own document; a group head's own teacher
 * plans go to the principal's office; the school plan is approved by the
 * school council and the principal records the decision.
 */

type Query = DatabaseQueryBuilderContract<any>

interface Assignment {
  role: RoleName
  schoolId: number | null
  groupId: number | null
  subgroupId: number | null
}

interface Slot {
  role: RoleName
  apply: (query: Query) => void
}

export interface ReviewableDocument {
  id: number
  schoolYearId: number
}

/* Reviewers of teacher plans where they are placed (group heads, subgroup leads). */
const GROUP_REVIEWING_ROLES: RoleName[] = [
  ...rolesReviewing('teacher', 'group'),
  ...rolesReviewing('teacher', 'subgroup'),
]
/* The principal's office reviews across its school. */
const SCHOOL_WIDE_REVIEWING_ROLES: RoleName[] = PRINCIPAL_OFFICE
const REVIEWING_ROLES: RoleName[] = rolesThat({ reviews: 'any' })

/** The role under which the user may approve or return the document, or null. */
export async function reviewerRoleFor(
  userId: number,
  document: ReviewableDocument
): Promise<RoleName | null> {
  for (const slot of await slotsOf(userId, document.schoolYearId)) {
    const query = db.from('documents').where('documents.id', document.id).select('documents.id')
    query.where((scope) => slot.apply(scope))
    if (await query.first()) return slot.role
  }
  return null
}

/**
 * Narrows a query over `documents` to what the user reviews in a school
 * year (every status; the queue adds status = 'submitted'). No slot → no rows.
 */
export async function whereReviewableBy<Q extends Query>(
  query: Q,
  userId: number,
  schoolYearId: number
): Promise<Q> {
  const slots = await slotsOf(userId, schoolYearId)
  if (slots.length === 0) return query.whereRaw('1 = 0') as Q
  query.where('documents.school_year_id', schoolYearId)
  query.where((scope) => {
    for (const slot of slots) scope.orWhere((one) => slot.apply(one))
  })
  return query
}

/** The users who may review a document (to notify them when it is submitted). */
export async function reviewersOf(
  document: ReviewableDocument & {
    schoolId: number
    groupId: number | null
    subgroupId: number | null
  }
) {
  const candidates = await db
    .from('role_assignments')
    .where('school_year_id', document.schoolYearId)
    .where('school_id', document.schoolId)
    .where((reach) => {
      /* A group head or subgroup lead only ever reviews the plans of the own group or subgroup. */
      reach.whereIn('role', SCHOOL_WIDE_REVIEWING_ROLES)
      if (document.groupId !== null)
        reach.orWhere((lead) =>
          lead.whereIn('role', GROUP_REVIEWING_ROLES).where('group_id', document.groupId!)
        )
      if (document.subgroupId !== null)
        reach.orWhere((lead) =>
          lead.whereIn('role', GROUP_REVIEWING_ROLES).where('subgroup_id', document.subgroupId!)
        )
    })
    .distinct('user_id')
  const reviewers: number[] = []
  for (const { user_id: userId } of candidates) {
    if (await reviewerRoleFor(userId, document)) reviewers.push(userId)
  }
  return reviewers
}

async function slotsOf(userId: number, schoolYearId: number): Promise<Slot[]> {
  const [assignments, settings] = await Promise.all([
    assignmentsOf(userId, schoolYearId),
    settingsFor(schoolYearId),
  ])
  return assignments.flatMap((assignment) =>
    slotsFor(assignment, settings.reviewers, userId, schoolYearId)
  )
}

async function assignmentsOf(userId: number, schoolYearId: number): Promise<Assignment[]> {
  return staticRead(`reviewing_assignments:${userId}:${schoolYearId}`, () =>
    readAssignments(userId, schoolYearId)
  )
}

async function readAssignments(userId: number, schoolYearId: number): Promise<Assignment[]> {
  const rows = await db
    .from('role_assignments')
    .join('users', 'users.id', 'role_assignments.user_id')
    .where('users.is_active', true)
    .where('role_assignments.user_id', userId)
    .where('role_assignments.school_year_id', schoolYearId)
    .whereIn('role_assignments.role', REVIEWING_ROLES)
    .select('role', 'school_id', 'group_id', 'subgroup_id')
  return rows.map((row) => ({
    role: row.role,
    schoolId: row.school_id,
    groupId: row.group_id,
    subgroupId: row.subgroup_id,
  }))
}

function kindsRoutedTo(
  rules: Record<DocumentKind, ReviewerRule>,
  kinds: readonly DocumentKind[],
  accepted: ReviewerRule[]
) {
  return kinds.filter((kind) => accepted.includes(rules[kind]))
}

function slotsFor(
  a: Assignment,
  rules: Record<DocumentKind, ReviewerRule>,
  userId: number,
  yearId: number
): Slot[] {
  const notMine = (q: Query) => q.whereNot('documents.owner_user_id', userId)
  const inYear = (q: Query) => q.where('documents.school_year_id', yearId)

  const traits = ROLE_REGISTRY[a.role]
  const reviewsTeachers = hasCapability(a.role, { reviews: 'teacher' })
  /* Only the school's head (the principal) takes the rules that name the principal alone. */
  const headsSchool = hasCapability(a.role, { headOf: 'school' })

  if (traits.leadsSchool) {
    const groupRules: ReviewerRule[] = headsSchool
      ? ['principal_office', REVIEWER_RULE.principal]
      : ['principal_office']
    const slots: Slot[] = [
      {
        role: a.role,
        apply: (q) => {
          inYear(q).where('documents.school_id', a.schoolId ?? -1)
          notMine(q).where((kinds) => {
            kinds.whereIn('documents.kind', kindsRoutedTo(rules, kindsAtLevel('group'), groupRules))
            kinds.orWhereIn(
              'documents.kind',
              kindsRoutedTo(rules, kindsAtLevel('teacher'), ['principal_office'])
            )
            kinds.orWhere((escalated) =>
              escalated
                .whereIn('documents.kind', kindsAtLevel('teacher'))
                .whereExists(ownerHeadsTheGroup)
            )
          })
        },
      },
    ]
    if (headsSchool) {
      /* The council approves the school plan; the principal records it, own upload or not. */
      slots.push({
        role: a.role,
        apply: (q) =>
          inYear(q)
            .where('documents.school_id', a.schoolId ?? -1)
            .whereIn(
              'documents.kind',
              kindsWhere((kind) => decidedByCouncil(kind.id))
            ),
      })
    }
    return slots
  }
  if (reviewsTeachers && traits.placedIn === 'group')
    return [
      {
        role: a.role,
        apply: (q) => {
          inYear(q).where('documents.group_id', a.groupId ?? -1)
          q.whereIn(
            'documents.kind',
            kindsRoutedTo(rules, kindsAtLevel('teacher'), ['group_leads', REVIEWER_RULE.groupHead])
          )
          notMine(q).whereNotExists(ownerHeadsTheGroup)
        },
      },
    ]
  if (reviewsTeachers && traits.placedIn === 'subgroup')
    return [
      {
        role: a.role,
        apply: (q) => {
          inYear(q).where('documents.subgroup_id', a.subgroupId ?? -1)
          q.whereIn(
            'documents.kind',
            kindsRoutedTo(rules, kindsAtLevel('teacher'), ['group_leads'])
          )
          notMine(q).whereNotExists(ownerHeadsTheGroup)
        },
      },
    ]
  return []
}

/** The document's owner is a group head of the document's group that year. */
function ownerHeadsTheGroup(sub: Query) {
  sub
    .from('role_assignments as owner_roles')
    .select(db.raw('1'))
    .whereColumn('owner_roles.user_id', 'documents.owner_user_id')
    .whereColumn('owner_roles.group_id', 'documents.group_id')
    .whereColumn('owner_roles.school_year_id', 'documents.school_year_id')
    .where('owner_roles.role', theRoleThat({ headOf: 'group' }))
}
