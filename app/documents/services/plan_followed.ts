/*
|--------------------------------------------------------------------------
| What the approved related plan says about this plan (report, review page)
|--------------------------------------------------------------------------
|
| For a lesson plan whose newest run compared it with the teacher's
| approved PL III: the planned lesson(s), periods and weeks, shown beside
| the plan ("Theo Kế hoạch giáo dục của giáo viên: Bài 12, 2 tiết, tuần
| 14–15"). Read from the run's recorded related version, so the page shows
| the plan the verdict was given against. The related plan is linked only
| when the viewer may open it (related_plan_refs.ts): deny by default.
*/
import { findLesson } from '#plugins/contract'
import type Document from '#app/documents/models/document'
import type ValidationRun from '#app/documents/models/validation_run'
import { isLessonPlan } from '#app/core/registries/kinds'
import { versionSummary } from '#app/documents/validation/related_plans'
import type { RelatedPlanRef } from './related_plan_refs.js'

export interface PlanFollowed {
  need: string
  /** Set when the viewer may open the related plan. */
  documentId: number | null
  /** The planned lesson rows, joined (`Bài 12. Quy tắc dấu ngoặc`). */
  lesson: string | null
  periods: number | null
  /** `14–15`, `14`, or null. */
  weeks: string | null
}

/** `refs`: the run's related plans as the viewer may see them (relatedPlanRefs). */
export async function planFollowed(
  document: Document,
  run: ValidationRun | null,
  refs: readonly RelatedPlanRef[]
): Promise<PlanFollowed | null> {
  const used = run?.relatedVersions?.find((entry) => entry.need === 'teacherPlan')
  if (!used || !isLessonPlan(document.kind) || !document.lessonTitle) return null
  const summary = await versionSummary(used.versionId)
  if (!summary) return null
  const rows = findLesson(document.lessonTitle, summary.lessons, (lesson) => lesson.title).rows
  const link = refs.some((ref) => ref.documentId === used.documentId && ref.visible)
  const weeks = rows.flatMap((row) => (row.weeks ? [row.weeks.from, row.weeks.to] : []))
  const periods =
    rows.every((row) => row.periods !== undefined) && rows.length > 0
      ? rows.reduce((sum, row) => sum + row.periods!, 0)
      : null
  return {
    need: used.need,
    documentId: link ? used.documentId : null,
    lesson: rows.length > 0 ? rows.map((row) => row.title).join('; ') : null,
    periods,
    weeks:
      weeks.length === 0
        ? null
        : Math.min(...weeks) === Math.max(...weeks)
          ? String(weeks[0])
          : `${Math.min(...weeks)}–${Math.max(...weeks)}`,
  }
}
