/*
|--------------------------------------------------------------------------
| The kind registry: the plans the department collects (directive 2.1, CV 5512)
|--------------------------------------------------------------------------
|
| One entry per kind holds everything that varies by kind: who submits it,
| what the upload form asks, when it is due, who approves it, whether it
| is reported upward, what the dashboards expect. Every other place asks a
| trait (`isLessonPlan`, `deadlineRule`, `kindsAtLevel`, …), never a kind id.
|
| Adding a kind is one entry here, its structure profile
| (plugins/profiles/<id>.json) and its labels (resources/lang/vi:
| `documents.kinds.<id>`, `documents.kindsShort.<id>`, `workflow.kinds.<id>`).
|
| It lives in core, next to the role registry (roles.ts), so every module,
| organization's access rules included, can ask it; it imports nothing but
| the role registry. Plugins keep a plain string kind id.
|
| Two facts are frozen in migrations and are not read from here: the
| partial index and the open_lesson_counts triggers (0307) count kind 'pl4'.
| A second kind due before its lesson needs a migration that widens them.
*/
import type { DocumentKind, RelatedNeed } from '#plugins/contract/types'
import { ROLES, type RoleName } from '#app/core/registries/roles'

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

/**
 * Which unit a document belongs to: decides whose inbox and scope it falls
 * in, and so its approval path (a teacher's plan goes to the group leads, a
 * group's plan to the principal's office, the school's plan to its council).
 */
export type KindLevel = 'school' | 'group' | 'teacher'

/** `school_year`: approved by the year's plan deadline; `lesson`: before the lesson it plans. */
export type DeadlineRule = 'school_year' | 'lesson'

/**
 * Who approves a kind (directive 2.2–2.3); the department picks one of the
 * kind's choices per school year (workflow settings):
 * - group_leads: the subgroup lead of the teacher's subgroup or the group head;
 * - group_head: the group head only;
 * - principal_office: the principal or a vice principal;
 * - principal: the principal only;
 * - school_council: the council approves, the principal records its decision.
 */
export type ReviewerRule =
  'group_leads' | 'group_head' | 'principal_office' | 'principal' | 'school_council'

/**
 * The rules that name one role alone, for code that tells them apart (their
 * ids read like role names, so the role-literal test cannot tell them from one).
 */
export const REVIEWER_RULE = {
  groupHead: 'group_head',
  principal: 'principal',
} as const satisfies Record<string, ReviewerRule>

/** What the dashboards count as missing: one per unit, one per teacher, or no fixed number. */
export type Expected = 'one_per_unit' | 'one_per_teacher' | 'any'

export interface KindDefinition {
  id: DocumentKind
  /** "Phụ lục I" … in CV 5512/BGDĐT-GDTrH; null for the school plan (its own template). */
  appendix: string | null
  level: KindLevel
  /** Roles (organization module) that may submit the kind, in the unit the document names. */
  submitters: readonly RoleName[]
  required: readonly MetadataField[]
  optional: readonly MetadataField[]
  /** A lesson plan holds one lesson or topic per file, is named by its lesson and asks a date or a week (directive 2.2). */
  oneLessonPerFile: boolean
  /** The role an owner's upload or submission is logged as, in order of preference. */
  submittedAs: readonly RoleName[]
  deadline: DeadlineRule
  /** The approval path: the default rule and the ones the settings page offers. */
  reviewers: { default: ReviewerRule; choices: readonly ReviewerRule[] }
  /** Sent on to the supervising offices once approved (directive 2.2). */
  reportedUpward: boolean
  expected: Expected
  /** The frame has a "Năm học …" line (the PL IV frame has none). */
  statesSchoolYear: boolean
  /**
   * Once approved, this kind is the related plan plugins ask for under
   * this name (`meta.needs`): the teacher's plan (PL III), the group's (PL I).
   */
  relatedAs?: RelatedNeed
}

const BUILT_IN: KindDefinition[] = [
  {
    id: 'school_plan',
    appendix: null,
    level: 'school',
    submitters: ['principal', 'vice_principal'],
    required: ['schoolYearId', 'schoolId'],
    optional: [],
    oneLessonPerFile: false,
    submittedAs: ['principal', 'vice_principal'],
    deadline: 'school_year',
    reviewers: { default: 'school_council', choices: ['school_council'] },
    reportedUpward: true,
    expected: 'one_per_unit',
    statesSchoolYear: true,
  },
  {
    id: 'pl1',
    appendix: 'I',
    level: 'group',
    submitters: ['group_head', 'group_deputy'],
    required: ['schoolYearId', 'schoolId', 'groupId', 'subjectId'],
    optional: ['subgroupId', 'grade'],
    oneLessonPerFile: false,
    submittedAs: ['group_head', 'group_deputy'],
    deadline: 'school_year',
    reviewers: { default: 'principal_office', choices: ['principal_office', 'principal'] },
    reportedUpward: false,
    expected: 'one_per_unit',
    statesSchoolYear: true,
    relatedAs: 'groupPlan',
  },
  {
    id: 'pl2',
    appendix: 'II',
    level: 'group',
    /* The group head sends the group's plan; a subgroup lead sends the subgroup's (directive 2.2). */
    submitters: ['group_head', 'subgroup_lead'],
    required: ['schoolYearId', 'schoolId', 'groupId'],
    optional: ['subgroupId', 'grade'],
    oneLessonPerFile: false,
    submittedAs: ['subgroup_lead', 'group_head', 'group_deputy'],
    deadline: 'school_year',
    reviewers: { default: 'principal_office', choices: ['principal_office', 'principal'] },
    reportedUpward: false,
    expected: 'one_per_unit',
    statesSchoolYear: true,
  },
  {
    id: 'pl3',
    appendix: 'III',
    level: 'teacher',
    submitters: ['teacher'],
    required: ['schoolYearId', 'schoolId', 'groupId', 'subjectId', 'grade'],
    optional: ['subgroupId', 'className'],
    oneLessonPerFile: false,
    submittedAs: ['teacher', 'subgroup_lead', 'group_head', 'group_deputy'],
    deadline: 'school_year',
    reviewers: {
      default: 'group_leads',
      choices: ['group_leads', 'group_head', 'principal_office'],
    },
    reportedUpward: false,
    expected: 'one_per_teacher',
    statesSchoolYear: true,
    relatedAs: 'teacherPlan',
  },
  {
    id: 'pl4',
    appendix: 'IV',
    level: 'teacher',
    submitters: ['teacher'],
    required: [
      'schoolYearId',
      'schoolId',
      'groupId',
      'subjectId',
      'grade',
      'lessonTitle',
      'periods',
    ],
    /* A date or a week: checked by `missingMetadata` below, as either one is enough. */
    optional: ['subgroupId', 'className', 'teachingDate', 'teachingWeek'],
    oneLessonPerFile: true,
    submittedAs: ['teacher', 'subgroup_lead', 'group_head', 'group_deputy'],
    deadline: 'lesson',
    reviewers: {
      default: 'group_leads',
      choices: ['group_leads', 'group_head', 'principal_office'],
    },
    reportedUpward: false,
    expected: 'any',
    statesSchoolYear: false,
  },
]

const KINDS = new Map<DocumentKind, KindDefinition>(BUILT_IN.map((kind) => [kind.id, kind]))

/**
 * Adds a kind at run time and returns a function that removes it again.
 * The application's kinds are the entries above; this exists for the test
 * that walks a throw-away kind through the whole workflow.
 */
export function registerKind(definition: KindDefinition): () => void {
  if (KINDS.has(definition.id))
    throw new Error(`Document kind "${definition.id}" is already registered`)
  KINDS.set(definition.id, definition)
  return () => KINDS.delete(definition.id)
}

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && KINDS.has(value)
}

export function kindDefinition(kind: DocumentKind): KindDefinition {
  const definition = KINDS.get(kind)
  if (!definition) throw new Error(`Unknown document kind "${kind}"`)
  return definition
}

export function allKinds(): KindDefinition[] {
  return [...KINDS.values()]
}

/** Every kind id, in registry order. */
export function kindIds(): DocumentKind[] {
  return [...KINDS.keys()]
}

/** The ids of the kinds with a trait, e.g. `kindsWhere((k) => k.level === 'teacher')`. */
export function kindsWhere(test: (kind: KindDefinition) => boolean): DocumentKind[] {
  return allKinds()
    .filter(test)
    .map((kind) => kind.id)
}

export function kindsAtLevel(level: KindLevel): DocumentKind[] {
  return kindsWhere((kind) => kind.level === level)
}

/** Plans due by the school year's deadline. */
export function yearlyKinds(): DocumentKind[] {
  return kindsWhere((kind) => kind.deadline === 'school_year')
}

/** Plans due before the lesson they plan. */
export function lessonKinds(): DocumentKind[] {
  return kindsWhere((kind) => kind.deadline === 'lesson')
}

export function isLessonPlan(kind: DocumentKind): boolean {
  return kindDefinition(kind).oneLessonPerFile
}

export function deadlineRule(kind: DocumentKind): DeadlineRule {
  return kindDefinition(kind).deadline
}

/** The school council approves it; the principal records the decision (own upload or not). */
export function decidedByCouncil(kind: DocumentKind): boolean {
  return kindDefinition(kind).reviewers.default === 'school_council'
}

export function reportedUpward(kind: DocumentKind): boolean {
  return kindDefinition(kind).reportedUpward
}

/** The kind that serves as the related plan `need` (see KindDefinition.relatedAs). */
export function kindRelatedAs(need: RelatedNeed): DocumentKind | undefined {
  return kindsWhere((kind) => kind.relatedAs === need)[0]
}

export function kindLevel(kind: DocumentKind): KindLevel {
  return kindDefinition(kind).level
}

/** The language keys under which each kind needs its label: `<prefix>.<id>`. */
export const KIND_LABEL_PREFIXES = [
  'documents.kinds',
  'documents.kindsShort',
  'workflow.kinds',
] as const

/**
 * `kind = 'x'` or `kind IN ('x', 'y')` with the ids written as literals (a
 * partial index is only used when the query repeats its literal), or a
 * condition that is never true when no kind qualifies. Ids are checked
 * against the registry, so nothing else reaches the SQL.
 */
export function kindCondition(column: string, kinds: readonly DocumentKind[]): string {
  for (const kind of kinds)
    if (!/^[a-z][a-z0-9_]*$/.test(kind) || !KINDS.has(kind))
      throw new Error(`Unknown document kind "${kind}"`)
  if (kinds.length === 0) return '1 = 0'
  if (kinds.length === 1) return `${column} = '${kinds[0]}'`
  return `${column} IN (${kinds.map((kind) => `'${kind}'`).join(', ')})`
}

/** The fields the form shows for a kind, in display order. */
export function formFields(kind: DocumentKind): MetadataField[] {
  const { required, optional } = kindDefinition(kind)
  const order: MetadataField[] = [
    'schoolYearId',
    'schoolId',
    'groupId',
    'subgroupId',
    'subjectId',
    'grade',
    'className',
    'lessonTitle',
    'periods',
    'teachingDate',
    'teachingWeek',
  ]
  return order.filter((field) => required.includes(field) || optional.includes(field))
}

/** Required fields left empty, plus the lesson plan's "date or week" rule. */
export function missingMetadata(
  kind: DocumentKind,
  values: Partial<Record<MetadataField, unknown>>
): MetadataField[] {
  const empty = (field: MetadataField) =>
    values[field] === undefined || values[field] === null || values[field] === ''
  const missing = kindDefinition(kind).required.filter(empty)
  if (isLessonPlan(kind) && empty('teachingDate') && empty('teachingWeek'))
    missing.push('teachingDate')
  return missing
}

/** Roles that submit some kind, in role-registry order. */
export function submitterRoles(): RoleName[] {
  const submitters = new Set(allKinds().flatMap((kind) => kind.submitters))
  return ROLES.filter((role) => submitters.has(role))
}

/** Does this role submit this kind? (Which unit it may submit for: see upload_targets.ts.) */
export function submitsKind(kind: DocumentKind, role: RoleName): boolean {
  return kindDefinition(kind).submitters.includes(role)
}
