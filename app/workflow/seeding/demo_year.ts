/*
|--------------------------------------------------------------------------
| The demo school year: plans of every kind in every state, back-dated
|--------------------------------------------------------------------------
|
| Each plan goes through the real pipeline (uploadVersion: Drive, parser,
| validators; then the workflow actions submit / return / approve /
| council decision / inspection note / dispute of a finding), each step run at its own date of
| the year (backDated), so events, summaries, notifications and the audit
| log agree with the documents. Some files carry the defects teachers
| really make (a missing activity or section, unfilled placeholders): the
| gate refuses them, and the teacher uploads a corrected version.
*/
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import i18nManager from '@adonisjs/i18n/services/main'
import type Document from '#app/documents/models/document'
import { uploadVersion, type NewDocumentFields } from '#app/documents/actions/upload_version'
import {
  buildPlan,
  toDocx,
  toPdf,
  type Mutation,
  type PlanKind,
  type PlanOptions,
} from '#app/documents/demo_files/plans'
import { decidedByCouncil, isLessonPlan, type DocumentKind } from '#app/documents/kinds'
import { seededRandom, type Random } from '#app/organization/seeding/random'
import { submitDocument } from '#app/workflow/actions/submit_document'
import { returnDocument } from '#app/workflow/actions/return_document'
import { approveDocument } from '#app/workflow/actions/approve_document'
import { recordCouncilApproval } from '#app/workflow/actions/record_council_approval'
import { disputeFinding } from '#app/workflow/actions/dispute_finding'
import { addInspectionNote } from '#app/workflow/actions/add_inspection_note'
import { reviewersOf } from '#app/workflow/services/review_assignment'
import { backDated } from '#app/workflow/seeding/back_dated'
import {
  loadCast,
  type CastSchool,
  type CastTeacher,
  type CastSize,
} from '#app/workflow/seeding/demo_cast'
import {
  DEFECTS,
  DISPUTE_REASONS,
  LESSON_TITLES,
  RETURN_COMMENTS,
  INSPECTION_NOTES,
} from '#app/workflow/seeding/demo_texts'
import User from '#app/organization/models/user'

export interface DemoYearSize extends CastSize {
  lessonsPerTeacher: number
}

/**
 * `npm start`: every demo school, one teacher per group besides the demo
 * logins, two lessons each (~450 documents). Generating and checking the
 * files is most of the time: ~800 documents took 70 s of CPU, far over the
 * 30 s target of a first start.
 */
const FULL_DEMO_YEAR: DemoYearSize = {
  schools: 13,
  teachersPerGroup: 1,
  lessonsPerTeacher: 2,
}

/** Demo schools in seeding order: those of the demo logins first, so a reduced year still serves every login. */
export const DEMO_YEAR_SCHOOLS = [
  'THCS_CVA',
  'THPT_NGOQUYEN',
  'THCS_TRANPHU_LC',
  'PT_MARIECURIE',
  'THCS_LELOI',
  'THCS_HBANG',
  'THPT_TRANPHU',
  'THPT_LQD',
  'PT_NBK',
  'THCS_THUYSON',
  'THCS_ANLAO',
  'THPT_THAIPHIEN',
  'PT_HUUNGHI',
]

/** What happens to a plan, with how often it happens (weights). */
type Story =
  | 'approved'
  | 'approved_late'
  | 'returned_resubmitted'
  | 'fixed_then_approved'
  | 'submitted'
  | 'returned'
  | 'draft_with_errors'
  | 'draft'
const YEARLY_STORIES: [Story, number][] = [
  ['approved', 50],
  ['approved_late', 10],
  ['returned_resubmitted', 12],
  ['fixed_then_approved', 8],
  ['submitted', 8],
  ['returned', 5],
  ['draft_with_errors', 4],
  ['draft', 3],
]

interface Context {
  yearId: number
  yearLabel: string
  startsOn: DateTime
  deadline: DateTime
  today: DateTime
  random: Random
  inspectors: User[]
}

interface Plan {
  owner: User
  fields: NewDocumentFields
  options: PlanOptions
  /** The plan is written over these days before it is first uploaded. */
  firstUpload: DateTime
  /** The date by which it should be approved. */
  due: DateTime
}

/**
 * Seeds the current school year's plans for the demo schools; nothing
 * when they already have documents this year (idempotent). Returns how many
 * documents it created.
 */
export async function seedDemoYear(
  size: DemoYearSize = FULL_DEMO_YEAR,
  today = DateTime.now()
): Promise<number> {
  const year = await db.from('school_years').where('is_current', true).first()
  if (!year) return 0
  const { DEMO_LOGINS } = await import('#app/organization/seeding/demo')
  const cast = await loadCast(
    year.id,
    DEMO_YEAR_SCHOOLS,
    size,
    DEMO_LOGINS.map((login) => login.username)
  )
  const existing = await db
    .from('documents')
    .where('school_year_id', year.id)
    .whereIn(
      'school_id',
      cast.map((school) => school.id)
    )
    .count('* as total')
    .first()
  if (cast.length === 0 || Number(existing?.total ?? 0) > 0) return 0
  const context: Context = {
    yearId: year.id,
    yearLabel: String(year.name).replace('-', ' - '),
    startsOn: asDate(year.starts_on),
    deadline: asDate(year.plan_deadline),
    today: today.startOf('day').set({ hour: 8 }),
    random: seededRandom(20260905),
    inspectors: await inspectorsOf(year.id),
  }
  let created = 0
  for (const school of cast) {
    for (const plan of plansOf(school, context, size)) if (await live(plan, context)) created++
  }
  return created
}

function asDate(value: unknown) {
  return value instanceof Date
    ? DateTime.fromJSDate(value).startOf('day')
    : DateTime.fromISO(String(value).slice(0, 10))
}

async function inspectorsOf(schoolYearId: number) {
  const ids = await db
    .from('role_assignments')
    .where('school_year_id', schoolYearId)
    .whereIn('role', ['office_inspector', 'dept_specialist'])
    .select('user_id')
  return User.query().whereIn(
    'id',
    ids.map((row) => row.user_id)
  )
}

/* ------------------------------------------------------------------ plans */

function plansOf(school: CastSchool, context: Context, size: DemoYearSize): Plan[] {
  const plans: Plan[] = []
  const yearly = (days: number) => context.startsOn.minus({ days })
  const common = { school: school.name, schoolYear: context.yearLabel }
  if (school.vicePrincipal ?? school.principal) {
    plans.push({
      owner: (school.vicePrincipal ?? school.principal)!,
      fields: fields(context, 'school_plan', school.id, {}),
      options: common,
      firstUpload: yearly(25),
      due: context.deadline,
    })
  }
  for (const group of school.groups) {
    const lead = group.teachers[0]
    const groupOptions = {
      ...common,
      group: group.name,
      subject: lead?.subjectName ?? group.name,
      grade: lead?.grade ?? 6,
    }
    if (group.head) {
      const subjectId = lead?.subjectId ?? null
      plans.push({
        owner: group.head,
        fields: fields(context, 'pl1', school.id, {
          groupId: group.id,
          subjectId,
          grade: groupOptions.grade,
        }),
        options: groupOptions,
        firstUpload: yearly(20),
        due: context.deadline,
      })
      plans.push({
        owner: group.head,
        fields: fields(context, 'pl2', school.id, { groupId: group.id, subjectId }),
        options: groupOptions,
        firstUpload: yearly(18),
        due: context.deadline,
      })
    }
    for (const teacher of group.teachers) {
      const teacherOptions = {
        ...common,
        group: group.name,
        teacher: teacher.user.fullName,
        subject: teacher.subjectName,
        grade: teacher.grade,
      }
      plans.push({
        owner: teacher.user,
        fields: teacherFields(context, 'pl3', school.id, teacher),
        options: teacherOptions,
        firstUpload: yearly(context.random.int(3, 15)),
        due: context.deadline,
      })
      plans.push(
        ...lessonPlans(context, school.id, teacher, teacherOptions, size.lessonsPerTeacher)
      )
    }
  }
  return plans
}

/**
 * Lessons spread over the weeks taught so far, the last one next week:
 * each prepared a few days ahead, next week's already sent for approval.
 */
function lessonPlans(
  context: Context,
  schoolId: number,
  teacher: CastTeacher,
  options: PlanOptions,
  count: number
): Plan[] {
  const nextWeek = Math.max(1, Math.floor(context.today.diff(context.startsOn, 'weeks').weeks) + 2)
  const titles = LESSON_TITLES[teacher.subjectName] ?? LESSON_TITLES.default
  return Array.from({ length: count }, (_, index) => {
    const week = Math.max(1, Math.round(((index + 1) * nextWeek) / count))
    const teachingDate = context.startsOn.plus({ weeks: week - 1, days: context.random.int(0, 4) })
    const lessonTitle = `Bài ${week + 1}. ${titles[(week + teacher.user.id) % titles.length]}`
    const prepared = teachingDate.minus({ days: context.random.int(3, 10) })
    return {
      owner: teacher.user,
      fields: {
        ...teacherFields(context, 'pl4', schoolId, teacher),
        title: lessonTitle,
        lessonTitle,
        periods: context.random.int(1, 3),
        teachingDate,
        teachingWeek: week,
      },
      options: {
        ...options,
        lessonTitle,
        layout: context.random.next() < 0.4 ? 'activityTable' : 'headings',
      },
      firstUpload: DateTime.min(prepared, context.today.minus({ days: 2 })),
      due: teachingDate.minus({ days: 1 }),
    }
  })
}

function fields(
  context: Context,
  kind: DocumentKind,
  schoolId: number,
  extra: Partial<NewDocumentFields>
): NewDocumentFields {
  const t = (key: string, data?: Record<string, unknown>) => i18nManager.locale('vi').t(key, data)
  return {
    kind,
    schoolYearId: context.yearId,
    schoolId,
    groupId: null,
    subgroupId: null,
    subjectId: null,
    grade: null,
    className: null,
    title: t(`documents.kinds.${kind}`),
    lessonTitle: null,
    periods: null,
    teachingDate: null,
    teachingWeek: null,
    ...extra,
  }
}

function teacherFields(
  context: Context,
  kind: DocumentKind,
  schoolId: number,
  teacher: CastTeacher
): NewDocumentFields {
  const t = (key: string, data?: Record<string, unknown>) => i18nManager.locale('vi').t(key, data)
  const withSubject = t('documents.titles.withSubject', {
    kind: t(`documents.kinds.${kind}`),
    subject: teacher.subjectName,
  })
  return fields(context, kind, schoolId, {
    groupId: teacher.groupId,
    subgroupId: teacher.subgroupId,
    subjectId: teacher.subjectId,
    grade: teacher.grade,
    className: teacher.className,
    title: t('documents.titles.withGrade', { title: withSubject, grade: teacher.grade }),
  })
}

/* ------------------------------------------------------------------ lives */

const KIND_PLAN: Record<DocumentKind, PlanKind> = {
  school_plan: 'school',
  pl1: 'pl1',
  pl2: 'pl2',
  pl3: 'pl3',
  pl4: 'pl4',
} as Record<DocumentKind, PlanKind>

/** Plays one plan's story up to today; false when the plan is still in the future (not written yet). */
async function live(plan: Plan, context: Context): Promise<boolean> {
  const { random, today } = context
  const story = pickStory(plan, context)
  let when = plan.firstUpload.set({ hour: 20, minute: random.int(0, 59) })
  if (when > today) return false
  const later = (days: number) =>
    (when = DateTime.min(when.plus({ days, hours: random.int(1, 5) }), today))

  const defective = story === 'fixed_then_approved' || story === 'draft_with_errors'
  const document = await upload(
    plan,
    plan.fields,
    defective ? random.pick(DEFECTS) : [],
    when,
    context
  )
  if (!document || story === 'draft') return Boolean(document)
  if (story === 'draft_with_errors') {
    /* Half of those teachers think the check is wrong and say so ("Báo kiểm tra chưa đúng"). */
    if (random.next() < 0.5) await dispute(plan.owner, document, later(0), context)
    return true
  }
  if (defective) {
    await backDated(when, () => submitDocument(plan.owner, document.id)) // refused by the gate: the teacher sees the errors
    later(1)
    await upload(plan, document, [], when, context)
  }
  const late = story === 'approved_late'
  later(late ? Math.max(1, plan.due.diff(when, 'days').days + random.int(1, 10)) : random.int(0, 2))
  const submitted = await backDated(when, () => submitDocument(plan.owner, document.id))
  if (!submitted.ok) return true
  if (story === 'submitted') return true

  const reviewer = await reviewerOf(document)
  if (!reviewer) return true
  if (story === 'returned' || story === 'returned_resubmitted') {
    later(random.int(1, 3))
    await backDated(when, () =>
      returnDocument(reviewer, { documentId: document.id, comment: random.pick(RETURN_COMMENTS) })
    )
    if (story === 'returned') return true
    later(random.int(1, 4))
    await upload(plan, document, [], when, context)
    later(0)
    await backDated(when, () => submitDocument(plan.owner, document.id))
  }
  later(random.int(1, 4))
  await approve(reviewer, document, when, context)
  if (random.next() < 0.12)
    await inspect(document, DateTime.min(when.plus({ days: random.int(3, 30) }), today), context)
  return true
}

function pickStory(plan: Plan, { random, today }: Context): Story {
  /* A lesson still to come waits for approval; one already taught was settled one way or another. */
  if (isLessonPlan(plan.fields.kind) && plan.due >= today) return 'submitted'
  const total = YEARLY_STORIES.reduce((sum, [, weight]) => sum + weight, 0)
  let roll = random.next() * total
  for (const [story, weight] of YEARLY_STORIES) if ((roll -= weight) < 0) return story
  return 'approved'
}

/** Most schools write in Word; a PDF takes several times longer to generate. */
const PDF_SHARE = 0.06

async function upload(
  plan: Plan,
  target: NewDocumentFields | Document,
  mutations: Mutation[],
  when: DateTime,
  context: Context
) {
  const spec = buildPlan(KIND_PLAN[plan.fields.kind], { ...plan.options, mutations })
  const asPdf = context.random.next() < PDF_SHARE
  const bytes = asPdf ? await toPdf(spec) : await toDocx(spec)
  const name = `${plan.fields.lessonTitle ?? plan.fields.title}.${asPdf ? 'pdf' : 'docx'}`
  const result = await backDated(when, () =>
    uploadVersion({ uploader: plan.owner, bytes, originalName: name, target })
  )
  /* A new version of a submitted or returned plan puts it back to draft inside the upload (new_version_hooks.ts). */
  return result.ok ? result.document : null
}

/** The owner disputes the first error of the current version's check. */
async function dispute(owner: User, document: Document, when: DateTime, context: Context) {
  const versionId = document.currentVersionId!
  const finding = await db
    .from('findings')
    .join('validation_runs', 'validation_runs.id', 'findings.run_id')
    .where('validation_runs.version_id', versionId)
    .where('findings.severity', 'error')
    .orderBy('findings.id')
    .select('findings.id')
    .first()
  if (!finding) return
  await backDated(when, () =>
    disputeFinding(owner, {
      document,
      versionId,
      findingId: finding.id,
      reason: context.random.pick(DISPUTE_REASONS),
    })
  )
}

async function reviewerOf(document: Document) {
  const ids = await reviewersOf(document)
  return ids.length ? User.find(ids[0]) : null
}

async function approve(reviewer: User, document: Document, when: DateTime, context: Context) {
  if (!decidedByCouncil(document.kind))
    return backDated(when, () => approveDocument(reviewer, { documentId: document.id }))
  const decisionNumber = `${context.random.int(10, 99)}/QĐ-${document.schoolId}`
  return backDated(when, () =>
    recordCouncilApproval(reviewer, { documentId: document.id, decisionNumber, decisionDate: when })
  )
}

/** An office or the department comments on an approved plan in its scope. */
async function inspect(document: Document, when: DateTime, context: Context) {
  const body = context.random.pick(INSPECTION_NOTES)
  for (const inspector of context.inspectors) {
    const result = await backDated(when, () =>
      addInspectionNote(inspector, { documentId: document.id, body })
    )
    if (result.ok) return
  }
}
