/*
|--------------------------------------------------------------------------
| For which units may this person upload a kind of plan?
|--------------------------------------------------------------------------
|
| A target is one of the person's role assignments whose role submits the
| kind (kinds.ts): the principal's office for the school plan, the group
| head/deputy for PL I, the group head or a subgroup lead for PL II, the
| teacher for PL III/IV. The school year, school, group and subgroup of a
| new document are copied from the chosen assignment, never from the form,
| so nobody can file a plan under someone else's group.
*/
import RoleAssignment from '#app/organization/models/role_assignment'
import School from '#app/organization/models/school'
import Group from '#app/organization/models/group'
import Subgroup from '#app/organization/models/subgroup'
import SchoolYear from '#app/organization/models/school_year'
import Subject from '#app/organization/models/subject'
import type User from '#app/organization/models/user'
import { ROLE_REGISTRY } from '#app/core/registries/roles'
import { kindDefinition, type DocumentKind } from '#app/core/registries/kinds'

export interface UploadTarget {
  assignmentId: number
  schoolYearId: number
  schoolId: number
  groupId: number | null
  subgroupId: number | null
  /** "2025-2026 · Trường THCS Lê Lợi · Tổ Toán – Tin · Nhóm Toán" */
  label: string
  /** Subjects taught (teachers); empty means "any subject". */
  subjectIds: number[]
}

export async function uploadTargets(user: User, kind: DocumentKind): Promise<UploadTarget[]> {
  const definition = kindDefinition(kind)
  const assignments = await RoleAssignment.query()
    .where('user_id', user.id)
    .whereIn('role', [...definition.submitters])
    .whereNotNull('school_id')
    .preload('subjects')
    .orderBy('school_year_id', 'desc')
  const fitting = assignments.filter((assignment) => submitsKind(assignment, kind))
  return Promise.all(fitting.map((assignment) => describe(assignment, kind)))
}

/** Whether the assignment (with a school) lets its holder submit the kind. */
export function submitsKind(
  assignment: Pick<RoleAssignment, 'role' | 'groupId' | 'subgroupId'>,
  kind: DocumentKind
): boolean {
  const definition = kindDefinition(kind)
  if (!definition.submitters.includes(assignment.role)) return false
  if (definition.level !== 'school' && assignment.groupId === null) return false
  /* A subgroup lead submits only the subgroup's activity plan (PL II). */
  return ROLE_REGISTRY[assignment.role].placedIn !== 'subgroup' || assignment.subgroupId !== null
}

/** Whether the person may upload any kind at all (the "upload" button): one query, not the targets of every kind. */
export async function mayUploadAnyKind(user: User, kinds: DocumentKind[]): Promise<boolean> {
  const assignments = await RoleAssignment.query()
    .where('user_id', user.id)
    .whereNotNull('school_id')
    .select('role', 'group_id', 'subgroup_id')
  return assignments.some((assignment) => kinds.some((kind) => submitsKind(assignment, kind)))
}

export async function findUploadTarget(
  user: User,
  kind: DocumentKind,
  assignmentId: number
): Promise<UploadTarget | undefined> {
  const targets = await uploadTargets(user, kind)
  return targets.find((target) => target.assignmentId === assignmentId)
}

async function describe(assignment: RoleAssignment, kind: DocumentKind): Promise<UploadTarget> {
  const level = kindDefinition(kind).level
  const [year, school, group, subgroup] = await Promise.all([
    SchoolYear.find(assignment.schoolYearId),
    School.find(assignment.schoolId!),
    level === 'school' || !assignment.groupId ? null : Group.find(assignment.groupId),
    level === 'school' || !assignment.subgroupId ? null : Subgroup.find(assignment.subgroupId),
  ])
  return {
    assignmentId: assignment.id,
    schoolYearId: assignment.schoolYearId,
    schoolId: assignment.schoolId!,
    groupId: level === 'school' ? null : assignment.groupId,
    subgroupId: level === 'school' ? null : assignment.subgroupId,
    label: [year?.name, school?.name, group?.name, subgroup?.name].filter(Boolean).join(' · '),
    subjectIds: assignment.subjects.map((subject) => subject.id),
  }
}

/** The subjects offered in the form: the ones taught, else every subject. */
export async function subjectChoices(targets: UploadTarget[]) {
  const taught = [...new Set(targets.flatMap((target) => target.subjectIds))]
  const query = Subject.query().orderBy('sort_order', 'asc')
  if (taught.length) query.whereIn('id', taught)
  return query
}
