import type { DocumentKind } from '#app/workflow/services/statuses'

/**
 * Who reviews each kind (directive 2.2–2.3) when the department has not
 * changed it for the school year:
 * - group_leads: the subgroup lead of the teacher's subgroup or the group head;
 * - group_head: the group head only;
 * - principal_office: the principal or a vice principal;
 * - principal: the principal only;
 * - school_council: the council approves, the principal records its decision.
 */
export type ReviewerRule = 'group_leads' | 'group_head' | 'principal_office' | 'principal' | 'school_council'

export const DEFAULT_REVIEWERS: Record<DocumentKind, ReviewerRule> = {
  school_plan: 'school_council',
  pl1: 'principal_office',
  pl2: 'principal_office',
  pl3: 'group_leads',
  pl4: 'group_leads',
}

/** The choices the settings page offers per kind. */
export const REVIEWER_CHOICES: Record<DocumentKind, readonly ReviewerRule[]> = {
  school_plan: ['school_council'],
  pl1: ['principal_office', 'principal'],
  pl2: ['principal_office', 'principal'],
  pl3: ['group_leads', 'group_head', 'principal_office'],
  pl4: ['group_leads', 'group_head', 'principal_office'],
}

/** A lesson plan is approved at least this many days before its lesson. */
export const DEFAULT_LESSON_PLAN_LEAD_DAYS = 1

/** Reminders go out this many days before a deadline (and on the day). */
export const DEFAULT_REMINDER_OFFSETS = [7, 3, 1, 0]
