/*
|--------------------------------------------------------------------------
| Types of the plugin contract
|--------------------------------------------------------------------------
*/

import type { VineValidator } from '@vinejs/vine'
import type { DocumentFormat, DocumentModel } from '../document_model.js'

export type Severity = 'error' | 'warning' | 'info'

/**
 * A plan kind id of the host's kind registry (`school_plan`, `pl1` … `pl4`
 * today; the department adds more). A plain string: plugins name the kinds
 * they check, the host owns the list.
 */
export type DocumentKind = string

export type SchoolLevel = 'thcs' | 'thpt'

/** Confidence tags of the specification: only C, S and D facts may produce errors. */
export type Confidence = 'C' | 'S' | 'D' | 'U'

/** What the uploader declared about the document (from the submission form). */
export interface SubmissionMetadata {
  kind: DocumentKind
  subject: { code: string; name: string }
  /** 6–12. */
  grade: number
  className?: string
  schoolLevel: SchoolLevel
  /** `2025-2026`. */
  schoolYear: string
  /** PL IV only. */
  lessonTitle?: string
  /** PL IV only: the periods declared on the upload form. */
  periods?: number
  /** PL IV only: the teaching week, declared or computed from the teaching date. */
  teachingWeek?: number
}

/**
 * Related plans a plugin may ask for (`meta.needs`), always the APPROVED
 * plan of the same school year:
 * - `teacherPlan`: the teacher's education plan (PL III) for the subject and grade;
 * - `groupPlan`: the group's teaching plan (PL I) for the subject and grade.
 */
export type RelatedNeed = 'teacherPlan' | 'groupPlan'
export const RELATED_NEEDS: readonly RelatedNeed[] = ['teacherPlan', 'groupPlan']

/** One row of a related plan's programme table, already parsed by the host. */
export interface PlannedLesson {
  /** As written (cleaned), e.g. `Bài 12. Phân số`. */
  title: string
  /** Number of periods, when the cell holds a whole number. */
  periods?: number
  /** Planned weeks, first to last, when the `Thời điểm` cell names them. */
  weeks?: { from: number; to: number }
  /** 1-based row of the lesson table (for "the plan's row 12"). */
  row: number
}

/** A read-only summary of an approved related plan (never its whole model). */
export interface PlanSummary {
  documentId: number
  versionId: number
  /** The plan's title as listed in the application. */
  title: string
  grade?: number
  lessons: readonly PlannedLesson[]
  /** Sum of the periods when every lesson row had a whole number. */
  totalPeriods?: number
}

/**
 * What the host found for each declared need: a summary, `null` when no
 * approved plan exists yet, absent when the host cannot look (the command
 * line `node ace validate` has no database): then a plugin stays silent.
 */
export type RelatedPlans = Partial<Record<RelatedNeed, Readonly<PlanSummary> | null>>

/** The text a plan must follow, cited by every finding. */
export interface Reference {
  document: string
  clause: string
}

export interface FindingLocation {
  /** Index in `DocumentModel.blocks`. */
  block?: number
  /** The nearest heading above, as written. */
  heading?: string
  page?: number
  /** Block index of the table. */
  table?: number
  row?: number
  cell?: number
  /** A short quote of the text concerned. */
  excerpt?: string
}

export type FindingData = Record<string, string | number | boolean>

/** One problem found by a plugin. */
export interface Finding {
  messageId: string
  data: FindingData
  severity: Severity
  location: FindingLocation
  reference: Reference
}

/** What `check` passes to `report`; anything left out comes from `meta`. */
export interface ReportInput {
  messageId: string
  data?: FindingData
  severity?: Severity
  location?: FindingLocation
  reference?: Reference
}

export interface CheckContext<Options> {
  document: DocumentModel
  submission: SubmissionMetadata
  options: Options
  /** Only the needs the plugin declared in `meta.needs` (empty otherwise). */
  related: Readonly<RelatedPlans>
  report: (finding: ReportInput) => void
}

export interface PluginMeta<Options> {
  /** Namespaced and stable, e.g. `cv5512:lesson-plan-activities`. */
  id: string
  /** Semver; stored with every validation run. */
  version: string
  /** Vietnamese. */
  title: string
  /** Vietnamese. */
  description: string
  /** The kinds checked, or `'*'`: every kind the host has (checks that need nothing kind-specific, or read per-kind data). */
  kinds: readonly DocumentKind[] | '*'
  formats: readonly DocumentFormat[]
  /** Severity of findings that do not say otherwise. */
  severity: Severity
  /** Vietnamese templates keyed by messageId, with `{placeholder}` slots. */
  messages: Record<string, string>
  /** VineJS validator of the options (vine.create(...)). */
  options?: VineValidator<any, any>
  defaultOptions: Options
  reference: Reference
  /**
   * A gate runs before the other plugins; when it reports anything, the
   * others are skipped (e.g. the document is not this kind of plan at all,
   * so a list of missing sections would only bury the real problem).
   */
  gate?: boolean
  /** Related approved plans the check reads (`context.related`); the host summarizes them once per validation. */
  needs?: readonly RelatedNeed[]
  /**
   * false: off until the department enables it for a school year (guidance
   * that applies from a given year on). Default true.
   */
  enabledByDefault?: boolean
}

export interface Plugin<Options = Record<string, unknown>> {
  meta: PluginMeta<Options>
  /** Optional one-time preparation at boot (load data files). */
  setup?: () => Promise<void> | void
  /** Pure: reads the model and reports; no I/O, no clock, no randomness. */
  check: (context: CheckContext<Options>) => void
}
