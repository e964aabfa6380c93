/*
|--------------------------------------------------------------------------
| Related plans: the approved plans a document is compared with
|--------------------------------------------------------------------------
|
| A plugin declares `meta.needs` (`teacherPlan`, `groupPlan`); before a
| validation the host finds, for each need, the APPROVED plan of the same
| school year that the document follows and hands plugins a read-only
| summary of its lesson table (plan_summary.ts), never the model or the
| database. Which document relates to which is decided here only, in both
| directions: `relatedQuery` (the plan a document follows) and
| `dependentsQuery` (the documents that follow a plan, revalidated when it
| is approved or replaced).
|
| Approved versions never change, so a summary is kept per version (and
| parser version) in a small in-process cache: a week of lesson plans
| against one PL III reads its model once.
*/
import db from '@adonisjs/lucid/services/db'
import type { DatabaseQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'
import type { PlanSummary, RelatedNeed, RelatedPlans } from '#plugins/contract'
import { summarizeLessons, type Summary } from './plan_summary.js'
import { kindRelatedAs } from '#app/core/registries/kinds'
import type Document from '#app/documents/models/document'
import type { RelatedVersion } from '#app/documents/models/validation_run'

/** The unit fields that tie documents together; a Document satisfies it. */
type Relating = Pick<
  Document,
  | 'id'
  | 'schoolYearId'
  | 'schoolId'
  | 'ownerUserId'
  | 'groupId'
  | 'subjectId'
  | 'grade'
  | 'className'
>

export interface RelatedLookup {
  related: RelatedPlans
  /** The related versions found (stored with the run). */
  used: RelatedVersion[]
}

const CACHE_LIMIT = 500
const summaries = new Map<string, Summary>()

/** For each need, the approved related plan of `document` (null when there is none yet). */
export async function relatedPlans(
  document: Relating,
  needs: Iterable<RelatedNeed>
): Promise<RelatedLookup> {
  const related: RelatedPlans = {}
  const used: RelatedVersion[] = []
  for (const need of new Set(needs)) {
    const summary = await relatedSummary(document, need)
    related[need] = summary
    if (summary) used.push({ need, documentId: summary.documentId, versionId: summary.versionId })
  }
  return { related, used }
}

async function relatedSummary(
  document: Relating,
  need: RelatedNeed
): Promise<Readonly<PlanSummary> | null> {
  const query = relatedQuery(document, need)
  if (!query) return null
  const source = await query
    .select('documents.id', 'documents.title', 'documents.grade', 'documents.current_version_id')
    .first()
  if (!source?.current_version_id) return null
  const versionId = Number(source.current_version_id)
  const table = await versionSummary(versionId)
  if (!table) return null
  return deepFreeze({
    documentId: Number(source.id),
    versionId,
    title: source.title,
    ...(source.grade !== null ? { grade: Number(source.grade) } : {}),
    lessons: table.lessons,
    ...(table.totalPeriods !== undefined ? { totalPeriods: table.totalPeriods } : {}),
  })
}

/**
 * The approved plan `document` follows for `need`, best first:
 * - teacherPlan: the same teacher's, for the same subject and grade (same class first);
 * - groupPlan: the group's for the subject and grade, or for every grade.
 * Served by the documents (school_id, school_year_id, kind) index.
 */
function relatedQuery(
  document: Relating,
  need: RelatedNeed
): DatabaseQueryBuilderContract | undefined {
  const kind = kindRelatedAs(need)
  if (!kind || document.subjectId === null || document.grade === null) return undefined
  const query = db
    .from('documents')
    .where('school_id', document.schoolId)
    .where('school_year_id', document.schoolYearId)
    .where('kind', kind)
    .where('status', 'approved')
    .whereNot('id', document.id)
    .where('subject_id', document.subjectId)
    .whereNotNull('current_version_id')
  if (need === 'teacherPlan') {
    query.where('owner_user_id', document.ownerUserId).where('grade', document.grade)
    if (document.className)
      query.orderByRaw('CASE WHEN class_name = ? THEN 0 ELSE 1 END', [document.className])
  } else {
    if (document.groupId === null) return undefined
    query
      .where('group_id', document.groupId)
      .where((scope) => scope.where('grade', document.grade!).orWhereNull('grade'))
    query.orderByRaw('CASE WHEN grade IS NULL THEN 1 ELSE 0 END')
  }
  return query.orderBy('id', 'desc')
}

/**
 * The documents that follow `plan` for `need` (the mirror of relatedQuery):
 * their current versions are validated again when the plan is approved or replaced.
 */
export function dependentsQuery(
  plan: Relating,
  need: RelatedNeed,
  kinds: readonly string[]
): DatabaseQueryBuilderContract | undefined {
  if (kinds.length === 0 || plan.subjectId === null) return undefined
  const query = db
    .from('documents')
    .where('school_id', plan.schoolId)
    .where('school_year_id', plan.schoolYearId)
    .whereIn('kind', [...kinds])
    .where('subject_id', plan.subjectId)
    .whereNot('id', plan.id)
    .whereNotNull('current_version_id')
  if (plan.grade !== null) query.where('grade', plan.grade)
  if (need === 'teacherPlan') query.where('owner_user_id', plan.ownerUserId)
  else if (plan.groupId === null) return undefined
  else query.where('group_id', plan.groupId)
  return query
}

/** The lesson table of a stored version, summarized once per version and parser version. */
export async function versionSummary(versionId: number): Promise<Summary | undefined> {
  const meta = await db
    .from('document_versions')
    .where('id', versionId)
    .select('parser_version')
    .first()
  if (!meta) return undefined
  const key = `${versionId}:${meta.parser_version}`
  const cached = summaries.get(key)
  if (cached) return cached
  const row = await db.from('document_versions').where('id', versionId).select('model').first()
  const model = typeof row?.model === 'string' ? JSON.parse(row.model) : row?.model
  if (!model) return undefined
  const table = summarizeLessons(model)
  if (summaries.size >= CACHE_LIMIT) summaries.delete(summaries.keys().next().value!)
  summaries.set(key, table)
  return table
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}
