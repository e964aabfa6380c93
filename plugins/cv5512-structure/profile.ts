/*
|--------------------------------------------------------------------------
| Structure profiles: the frames of CV 5512 as data
|--------------------------------------------------------------------------
|
| One JSON file per document kind in plugins/profiles/. Validated with
| VineJS when the plugin is set up, so a typo in a profile stops the boot
| instead of silently disabling a check.
*/

import { readdir, readFile } from 'node:fs/promises'
import { vine, type DocumentKind } from '../contract.js'

const presence = vine.enum(['required', 'recommended', 'conditional', 'form', 'optional'] as const)
const confidence = vine.enum(['C', 'S', 'D', 'U'] as const)
const condition = vine.object({ schoolLevel: vine.enum(['thcs', 'thpt'] as const) }).optional()
const wordings = vine.array(vine.string().minLength(1)).minLength(1)

const item = {
  id: vine.string().minLength(1),
  label: vine.string().minLength(1),
  variants: wordings,
  patterns: vine.array(vine.string()).optional(),
  match: vine.enum(['start', 'contains'] as const).optional(),
  presence,
  condition,
  confidence,
  clause: vine.string().minLength(1),
}

const column = vine.object({
  id: vine.string().minLength(1),
  label: vine.string().minLength(1),
  variants: wordings,
  required: vine.boolean(),
})

const fixedRows = vine.object({
  column: vine.string(),
  confidence,
  rows: vine
    .array(vine.object({ id: vine.string(), label: vine.string(), variants: wordings }))
    .minLength(1),
})

const table = vine.object({
  id: vine.string().minLength(1),
  label: vine.string().minLength(1),
  section: vine.string().optional(),
  presence,
  condition,
  confidence,
  clause: vine.string().minLength(1),
  anchor: vine.string(),
  columns: vine.array(column).minLength(1),
  fixedRows: fixedRows.optional(),
})

const profileValidator = vine.create({
  kind: vine.string().regex(/^[a-z][a-z0-9_]*$/),
  title: vine.string(),
  reference: vine.object({ document: vine.string(), clause: vine.string() }),
  ordered: vine.boolean(),
  headerFields: vine.array(vine.object(item)),
  sections: vine.array(
    vine.object({
      ...item,
      level: vine.enum(['top', 'sub', 'any'] as const),
      otherNames: vine.array(vine.string().minLength(1)).optional(),
      plainLine: vine.boolean().optional(),
      combined: vine.boolean().optional(),
    })
  ),
  tables: vine.array(table),
  signatures: vine.array(vine.object(item)),
})

/** `form`: a value the upload form already asks for (school, teacher, subject, grade, year): info when absent. */
export type Presence = 'required' | 'recommended' | 'conditional' | 'form' | 'optional'

export interface ProfileItem {
  id: string
  label: string
  variants: string[]
  patterns?: string[]
  match?: 'start' | 'contains'
  presence: Presence
  condition?: { schoolLevel: 'thcs' | 'thpt' }
  confidence: 'C' | 'S' | 'D' | 'U'
  clause: string
}

export interface ProfileSection extends ProfileItem {
  /** `top`: I./1./A. or an emphasized line; `sub`: 1./1.1./a) or plain; `any`. */
  level: 'top' | 'sub' | 'any'
  /**
   * Headings that may stand for this section under another name (`Kĩ năng`,
   * `Skills` for năng lực; `Thái độ`, `Attitude` for phẩm chất): the section
   * is then not certainly missing, and the finding is a warning at that heading.
   */
  otherNames?: string[]
  /**
   * `top` only: the heading may also be a plain line (no number, not bold)
   * that is one of its wordings, alone or before a colon (`Teaching aids:
   * handouts`, `Đồ dùng dạy học:`), between the main sections around it.
   */
  plainLine?: boolean
  /**
   * `sub` only: the part may be written inside another heading of its parent
   * (`2. Năng lực, phẩm chất:`, `- Phẩm chất: …`, a table row `Năng lực –
   * phẩm chất`): info `sectionCombined`; named only in the parent's text:
   * warning `sectionInText`. Either way not certainly missing.
   */
  combined?: boolean
}

export interface ProfileColumn {
  id: string
  label: string
  variants: string[]
  required: boolean
}

export interface ProfileTable {
  id: string
  label: string
  section?: string
  presence: Presence
  condition?: { schoolLevel: 'thcs' | 'thpt' }
  confidence: 'C' | 'S' | 'D' | 'U'
  clause: string
  /** The column that identifies this table among the document's tables. */
  anchor: string
  columns: ProfileColumn[]
  fixedRows?: {
    column: string
    confidence: 'C' | 'S' | 'D' | 'U'
    rows: Array<{ id: string; label: string; variants: string[] }>
  }
}

export interface StructureProfile {
  kind: DocumentKind
  title: string
  reference: { document: string; clause: string }
  /** Sections must appear in the listed order (false for soft anchors). */
  ordered: boolean
  headerFields: ProfileItem[]
  sections: ProfileSection[]
  tables: ProfileTable[]
  signatures: ProfileItem[]
}

const PROFILES_DIRECTORY = new URL('../profiles/', import.meta.url)

/** Read and validate every `*.json` profile; throws with the file name on the first invalid one. */
export async function loadProfiles(
  directory: URL = PROFILES_DIRECTORY
): Promise<Map<DocumentKind, StructureProfile>> {
  const entries = await readdir(directory)
  const files = entries.filter((name) => name.endsWith('.json')).sort()
  const profiles = new Map<DocumentKind, StructureProfile>()
  for (const file of files) {
    const data = JSON.parse(await readFile(new URL(file, directory), 'utf8'))
    try {
      const profile = (await profileValidator.validate(data)) as StructureProfile
      assertReferences(profile)
      profiles.set(profile.kind, profile)
    } catch (error) {
      throw new Error(`Invalid structure profile ${file}: ${(error as Error).message}`, {
        cause: error,
      })
    }
  }
  return profiles
}

/** Cross-field checks VineJS cannot express: ids a table points to must exist. */
function assertReferences(profile: StructureProfile) {
  const sectionIds = new Set(profile.sections.map((section) => section.id))
  for (const entry of profile.tables) {
    const columnIds = new Set(entry.columns.map((col) => col.id))
    if (entry.section && !sectionIds.has(entry.section))
      throw new Error(`table ${entry.id}: unknown section ${entry.section}`)
    if (!columnIds.has(entry.anchor))
      throw new Error(`table ${entry.id}: unknown anchor column ${entry.anchor}`)
    if (entry.fixedRows && !columnIds.has(entry.fixedRows.column)) {
      throw new Error(`table ${entry.id}: unknown fixed-row column ${entry.fixedRows.column}`)
    }
  }
}
