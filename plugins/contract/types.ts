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
}

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
}

export interface Plugin<Options = Record<string, unknown>> {
  meta: PluginMeta<Options>
  /** Optional one-time preparation at boot (load data files). */
  setup?: () => Promise<void> | void
  /** Pure: reads the model and reports; no I/O, no clock, no randomness. */
  check: (context: CheckContext<Options>) => void
}
