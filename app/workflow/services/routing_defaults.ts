import { allKinds, type DocumentKind, type ReviewerRule } from '#app/core/registries/kinds'

export type { ReviewerRule }

/** Who reviews each kind when the department has not changed it for the school year (the kind registry's default). */
export function defaultReviewers(): Record<DocumentKind, ReviewerRule> {
  return Object.fromEntries(allKinds().map((kind) => [kind.id, kind.reviewers.default]))
}

/** The choices the settings page offers, per kind. */
export function reviewerChoices(): Record<DocumentKind, readonly ReviewerRule[]> {
  return Object.fromEntries(allKinds().map((kind) => [kind.id, kind.reviewers.choices]))
}

/** A lesson plan is approved at least this many days before its lesson. */
export const DEFAULT_LESSON_PLAN_LEAD_DAYS = 1

/** Reminders go out this many days before a deadline (and on the day). */
export const DEFAULT_REMINDER_OFFSETS = [7, 3, 1, 0]
