/*
|--------------------------------------------------------------------------
| The five kinds of professional plans (directive 2.1, CV 5512 appendices)
|--------------------------------------------------------------------------
|
| One entry per kind: who submits it and what the upload form asks. The
| Vietnamese titles live in resources/lang/vi/documents.json under
| `documents.kinds.<id>`; everything else a page or an action needs to know
| about a kind is read from here, so adding a field is a one-line change.
*/
import type { DocumentKind } from '#plugins/contract/types'
import type { RoleName } from '#app/organization/services/roles'

export type { DocumentKind }

/** A metadata field of the upload form; names match the `documents` columns (camelCase). */
export type MetadataField =
  | 'schoolYearId'
  | 'schoolId'
  | 'groupId'
  | 'subgroupId'
  | 'subjectId'
  | 'grade'
  | 'className'
  | 'lessonTitle'
  | 'periods'
  | 'teachingDate'
  | 'teachingWeek'

/** Which unit a document belongs to: decides whose inbox and scope it falls in. */
export type KindLevel = 'school' | 'group' | 'teacher'

export interface KindDefinition {
  id: DocumentKind
  /** "Phụ lục I" … in CV 5512/BGDĐT-GDTrH; null for the school plan (its own template). */
  appendix: 'I' | 'II' | 'III' | 'IV' | null
  level: KindLevel
  /** Roles (organization module) that may submit the kind, in the unit the document names. */
  submitters: readonly RoleName[]
  required: readonly MetadataField[]
  optional: readonly MetadataField[]
  /** A lesson plan holds one lesson or topic per file (directive 2.2). */
  oneLessonPerFile: boolean
}

const KINDS: Record<DocumentKind, KindDefinition> = {
  school_plan: {
    id: 'school_plan',
    appendix: null,
    level: 'school',
    submitters: ['principal', 'vice_principal'],
    required: ['schoolYearId', 'schoolId'],
    optional: [],
    oneLessonPerFile: false,
  },
  pl1: {
    id: 'pl1',
    appendix: 'I',
    level: 'group',
    submitters: ['group_head', 'group_deputy'],
    required: ['schoolYearId', 'schoolId', 'groupId', 'subjectId'],
    optional: ['subgroupId', 'grade'],
    oneLessonPerFile: false,
  },
  pl2: {
    id: 'pl2',
    appendix: 'II',
    level: 'group',
    /* The group head sends the group's plan; a subgroup lead sends the subgroup's (directive 2.2). */
    submitters: ['group_head', 'subgroup_lead'],
    required: ['schoolYearId', 'schoolId', 'groupId'],
    optional: ['subgroupId', 'grade'],
    oneLessonPerFile: false,
  },
  pl3: {
    id: 'pl3',
    appendix: 'III',
    level: 'teacher',
    submitters: ['teacher'],
    required: ['schoolYearId', 'schoolId', 'groupId', 'subjectId', 'grade'],
    optional: ['subgroupId', 'className'],
    oneLessonPerFile: false,
  },
  pl4: {
    id: 'pl4',
    appendix: 'IV',
    level: 'teacher',
    submitters: ['teacher'],
    required: ['schoolYearId', 'schoolId', 'groupId', 'subjectId', 'grade', 'lessonTitle', 'periods'],
    /* A date or a week: checked by `missingMetadata` below, as either one is enough. */
    optional: ['subgroupId', 'className', 'teachingDate', 'teachingWeek'],
    oneLessonPerFile: true,
  },
}

export const DOCUMENT_KIND_IDS = Object.keys(KINDS) as DocumentKind[]

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && Object.hasOwn(KINDS, value)
}

export function kindDefinition(kind: DocumentKind): KindDefinition {
  return KINDS[kind]
}

export function allKinds(): KindDefinition[] {
  return DOCUMENT_KIND_IDS.map((id) => KINDS[id])
}

/** The fields the form shows for a kind, in display order. */
export function formFields(kind: DocumentKind): MetadataField[] {
  const { required, optional } = KINDS[kind]
  const order: MetadataField[] = ['schoolYearId', 'schoolId', 'groupId', 'subgroupId', 'subjectId', 'grade', 'className', 'lessonTitle', 'periods', 'teachingDate', 'teachingWeek']
  return order.filter((field) => required.includes(field) || optional.includes(field))
}

/** Required fields left empty, plus the lesson plan's "date or week" rule. */
export function missingMetadata(kind: DocumentKind, values: Partial<Record<MetadataField, unknown>>): MetadataField[] {
  const empty = (field: MetadataField) => values[field] === undefined || values[field] === null || values[field] === ''
  const missing = KINDS[kind].required.filter(empty)
  if (kind === 'pl4' && empty('teachingDate') && empty('teachingWeek')) missing.push('teachingDate')
  return missing
}

/** Does this role submit this kind? (Which unit it may submit for: see upload_targets.ts.) */
export function submitsKind(kind: DocumentKind, role: RoleName): boolean {
  return KINDS[kind].submitters.includes(role)
}
