import type Document from '#app/documents/models/document'
import type DocumentVersion from '#app/documents/models/document_version'
import type User from '#app/organization/models/user'

/*
 * What other modules add to the documents module's pages (a document, a
 * version's report, the rule set). The documents module does
 * not know the workflow (dependencies point from workflow to documents),
 * so the workflow registers its part at boot (app/workflow/provider.ts)
 * and the controller gathers every part before rendering: a view never
 * runs a query.
 */
type PagePart = (document: Document, user: User | undefined) => Promise<unknown>

const parts = new Map<string, PagePart>()

/** Adds `name` to the data of pages/documents/show (its partial reads it). */
export function extendDocumentPage(name: string, part: PagePart) {
  parts.set(name, part)
}

/** Every registered part's data for this document and user, keyed by name. */
export async function documentPageParts(
  document: Document,
  user: User | undefined
): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    [...parts].map(async ([name, part]) => [name, await part(document, user)] as const)
  )
  return Object.fromEntries(entries)
}

type ReportPart = (
  document: Document,
  version: DocumentVersion,
  user: User | undefined
) => Promise<unknown>

const reportParts = new Map<string, ReportPart>()

/** Adds `name` to the data of a version's report page (pages/documents/report). */
export function extendReportPage(name: string, part: ReportPart) {
  reportParts.set(name, part)
}

/** Every registered part's data for this version's report and user, keyed by name. */
export async function reportPageParts(
  document: Document,
  version: DocumentVersion,
  user: User | undefined
): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    [...reportParts].map(
      async ([name, part]) => [name, await part(document, version, user)] as const
    )
  )
  return Object.fromEntries(entries)
}

type RuleSetPart = (schoolYearId: number) => Promise<unknown>

const ruleSetParts = new Map<string, RuleSetPart>()

/** Adds `name` to the data of the rule set page (/admin/validators) for a school year. */
export function extendRuleSetPage(name: string, part: RuleSetPart) {
  ruleSetParts.set(name, part)
}

export async function ruleSetPageParts(schoolYearId: number): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    [...ruleSetParts].map(async ([name, part]) => [name, await part(schoolYearId)] as const)
  )
  return Object.fromEntries(entries)
}
