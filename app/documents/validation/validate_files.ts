/*
|--------------------------------------------------------------------------
| Validate plan files on disk (the `node ace validate` command)
|--------------------------------------------------------------------------
|
| The same path as an upload, minus the database: bytes → parser pool
| (worker threads with memory and time limits, so a hostile file is a
| typed refusal, never a crash) → plugin runner. Used by people preparing
| files offline and by scripts (`--json`).
*/
import { readFile } from 'node:fs/promises'
import type { DocumentKind, SchoolLevel, Severity, SubmissionMetadata } from '#plugins/contract'
import { parseDocument } from '#app/documents/parsing/parser_pool'
import { parsingMessage, type ParsingMessageKey } from '#app/documents/parsing/messages'
import type { DepartmentOverrides, PluginRunner } from './plugin_runner.js'
import { kindDefinition } from '#app/core/registries/kinds'

export type FileStatus = 'passed' | 'failed' | 'unreadable' | 'unsupported'

export interface FileFinding {
  messageId: string
  severity: Severity
  message: string
  location: Record<string, unknown>
  pluginId?: string
}

export interface FileResult {
  file: string
  kind: DocumentKind
  status: FileStatus
  findings: FileFinding[]
}

/** What the command line knows about the files; the metadata check needs all of it. */
export interface DeclaredMetadata {
  kind: DocumentKind
  subject?: string
  grade?: number
  schoolYear?: string
}

/** Refusals that mean "not a plan file we read" rather than "a damaged plan". */
const UNSUPPORTED: ParsingMessageKey[] = [
  'parsing.image',
  'parsing.zip_not_docx',
  'parsing.unknown',
  'parsing.legacy_doc',
  'parsing.legacy_doc_conversion_failed',
  'parsing.lock_file',
]

const METADATA_PLUGIN = 'cv5512:metadata-agreement'

export async function validateFile(
  file: string,
  declared: DeclaredMetadata,
  runner: PluginRunner,
  overrides: DepartmentOverrides = {}
): Promise<FileResult> {
  const outcome = await parseDocument(await readFile(file))
  if (outcome.status !== 'parsed') {
    const status: FileStatus =
      outcome.status === 'rejected' && UNSUPPORTED.includes(outcome.messageKey)
        ? 'unsupported'
        : 'unreadable'
    return {
      file,
      kind: declared.kind,
      status,
      findings: [
        {
          messageId: outcome.messageKey,
          severity: 'error',
          message: parsingMessage(outcome.messageKey),
          location: {},
        },
      ],
    }
  }
  const report = await runner.run({
    document: outcome.model,
    submission: submissionOf(declared),
    overrides: withMetadataRule(declared, overrides),
  })
  return {
    file,
    kind: declared.kind,
    status: report.status,
    findings: report.findings.map((finding) => ({
      messageId: finding.messageId,
      severity: finding.severity,
      message: finding.message,
      location: finding.location as Record<string, unknown>,
      pluginId: finding.pluginId,
    })),
  }
}

function submissionOf(declared: DeclaredMetadata): SubmissionMetadata {
  const level: SchoolLevel = (declared.grade ?? 0) >= 10 ? 'thpt' : 'thcs'
  return {
    kind: declared.kind,
    subject: { code: '', name: declared.subject ?? '' },
    grade: declared.grade ?? 0,
    schoolLevel: level,
    schoolYear: declared.schoolYear ?? '',
  }
}

/**
 * Comparing the text with metadata nobody declared would only produce
 * false mismatches: the metadata check runs when the command was told the
 * school year and, for single-subject kinds, the subject and grade.
 */
function metadataDeclared(declared: DeclaredMetadata): boolean {
  /* The PL IV frame has no year line; PL II and the school plan name no single subject or grade. */
  const needsYear = kindDefinition(declared.kind).statesSchoolYear
  const needsSubjectAndGrade = kindDefinition(declared.kind).required.includes('subjectId')
  if (needsYear && !declared.schoolYear) return false
  return !needsSubjectAndGrade || (Boolean(declared.subject) && declared.grade !== undefined)
}

function withMetadataRule(
  declared: DeclaredMetadata,
  overrides: DepartmentOverrides
): DepartmentOverrides {
  if (metadataDeclared(declared)) return overrides
  return {
    plugins: {
      ...overrides.plugins,
      [METADATA_PLUGIN]: { ...overrides.plugins?.[METADATA_PLUGIN], enabled: false },
    },
  }
}
