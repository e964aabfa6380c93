import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type SchoolYear from '#app/organization/models/school_year'
import { settingsFor } from '#app/workflow/services/workflow_settings'

/*
 * Dashboard figures recomputed the slow, obvious way: every document row
 * of the year read into memory and counted in JavaScript, findings taken
 * from the newest run of each current version. Tests compare the pages
 * (which read the summary tables) with these.
 */

export interface RawDocument {
  id: number
  kind: string
  schoolId: number
  groupId: number | null
  subgroupId: number | null
  subjectId: number | null
  ownerUserId: number
  status: string
  teachingDate: string | null
  teachingWeek: number | null
  currentVersionId: number | null
}

export interface RawCounts {
  total: number
  draft: number
  submitted: number
  approved: number
  returned: number
  late: number
}

export async function rawDocuments(year: SchoolYear): Promise<RawDocument[]> {
  const rows = await db.from('documents').where('school_year_id', year.id)
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    schoolId: row.school_id,
    groupId: row.group_id,
    subgroupId: row.subgroup_id,
    subjectId: row.subject_id,
    ownerUserId: row.owner_user_id,
    status: row.status,
    teachingDate: row.teaching_date ? isoDate(row.teaching_date) : null,
    teachingWeek: row.teaching_week ?? null,
    currentVersionId: row.current_version_id,
  }))
}

/**
 * A lesson plan is late once its lesson is within the review lead time;
 * other plans after the year's plan deadline. A lesson planned by week is
 * on the week's Monday (the test years have no breaks: week n is n − 1
 * weeks after the Monday of the start date's week, up to the year's last week).
 */
export async function latenessRule(year: SchoolYear) {
  const { lessonPlanLeadDays } = await settingsFor(year.id)
  const today = DateTime.now().startOf('day')
  const cutoff = today.plus({ days: lessonPlanLeadDays }).toISODate()!
  const yearlyDeadlinePassed = today > year.planDeadline.startOf('day')
  const weekMonday = (week: number) =>
    year.startsOn
      .startOf('week')
      .plus({ weeks: week - 1 })
      .toISODate()!
  const inYear = (week: number | null): week is number =>
    week !== null && week >= 1 && week <= year.totalWeeks
  const lessonDay = (document: RawDocument) =>
    document.teachingDate ??
    (inYear(document.teachingWeek) ? weekMonday(document.teachingWeek) : null)
  return (document: RawDocument) =>
    document.status !== 'approved' &&
    (document.kind === 'pl4'
      ? lessonDay(document) !== null && lessonDay(document)! < cutoff
      : yearlyDeadlinePassed)
}

export function countOf(
  documents: RawDocument[],
  isLate: (document: RawDocument) => boolean
): RawCounts {
  const withStatus = (status: string) =>
    documents.filter((document) => document.status === status).length
  return {
    total: documents.length,
    draft: withStatus('draft'),
    submitted: withStatus('submitted'),
    approved: withStatus('approved'),
    returned: withStatus('returned'),
    late: documents.filter(isLate).length,
  }
}

/** Columns of a counts row on the page: label, total, draft, submitted, approved, returned, late, approval rate. */
export function countRow(label: string, counts: RawCounts) {
  return [
    label,
    counts.total,
    counts.draft,
    counts.submitted,
    counts.approved,
    counts.returned,
    counts.late,
    counts.total ? Math.round((100 * counts.approved) / counts.total) : 0,
  ]
}

export interface RawFinding {
  documentId: number
  key: string
  severity: string
  message: string
}

/** Findings of the newest run of each document's current version. */
export async function rawCurrentFindings(documents: RawDocument[]): Promise<RawFinding[]> {
  const versionIds = documents
    .map((document) => document.currentVersionId)
    .filter((id): id is number => id !== null)
  if (!versionIds.length) return []
  const runs = await db
    .from('validation_runs')
    .whereIn('version_id', versionIds)
    .select('id', 'version_id')
  const newest = new Map<number, number>()
  for (const run of runs)
    newest.set(run.version_id, Math.max(run.id, newest.get(run.version_id) ?? 0))
  const findings = await db
    .from('findings')
    .whereIn('run_id', [...newest.values()])
    .select('run_id', 'plugin_id', 'message_id', 'severity', 'message')
  const documentOfRun = new Map(
    documents
      .filter((d) => d.currentVersionId !== null && newest.has(d.currentVersionId))
      .map((d) => [newest.get(d.currentVersionId!)!, d.id])
  )
  return findings.map((finding) => ({
    documentId: documentOfRun.get(finding.run_id)!,
    key: `${finding.plugin_id}/${finding.message_id}/${finding.severity}`,
    severity: finding.severity,
    message: finding.message,
  }))
}

/** Findings grouped by plugin, message id and severity: total and the wordings met. */
export function findingTotals(findings: RawFinding[]) {
  const totals = new Map<string, { severity: string; total: number; messages: Set<string> }>()
  for (const finding of findings) {
    const entry = totals.get(finding.key) ?? {
      severity: finding.severity,
      total: 0,
      messages: new Set(),
    }
    entry.total += 1
    entry.messages.add(finding.message)
    totals.set(finding.key, entry)
  }
  return [...totals.values()].sort((a, b) => b.total - a.total)
}

export function isoDate(value: unknown) {
  if (value instanceof Date) return DateTime.fromJSDate(value).toISODate()!
  return String(value).slice(0, 10)
}
