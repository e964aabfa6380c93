import { staticRead } from '#app/core/services/static_reads'
import RoutingRule from '#app/workflow/models/routing_rule'
import {
  DEFAULT_LESSON_PLAN_LEAD_DAYS,
  DEFAULT_REMINDER_OFFSETS,
  defaultReviewers,
  type ReviewerRule,
} from '#app/workflow/services/routing_defaults'
import type { DocumentKind } from '#app/workflow/services/statuses'

export interface WorkflowSettings {
  reviewers: Record<DocumentKind, ReviewerRule>
  lessonPlanLeadDays: number
  reminderOffsets: number[]
}

/** A school year's settings: the department's row merged over the directive's defaults. */
export async function settingsFor(schoolYearId: number): Promise<WorkflowSettings> {
  const row = await staticRead(`routing_rules:${schoolYearId}`, () =>
    RoutingRule.findBy('schoolYearId', schoolYearId)
  )
  return {
    reviewers: { ...defaultReviewers(), ...(row?.reviewers ?? {}) },
    lessonPlanLeadDays: row?.lessonPlanLeadDays ?? DEFAULT_LESSON_PLAN_LEAD_DAYS,
    reminderOffsets: row?.reminderOffsets ?? DEFAULT_REMINDER_OFFSETS,
  }
}

/** Saves a school year's settings (the department admin's form). */
export async function saveSettings(
  schoolYearId: number,
  settings: WorkflowSettings,
  userId: number
) {
  await RoutingRule.updateOrCreate(
    { schoolYearId },
    {
      reviewers: settings.reviewers,
      lessonPlanLeadDays: settings.lessonPlanLeadDays,
      reminderOffsets: settings.reminderOffsets,
      updatedByUserId: userId,
    }
  )
}
