/*
|--------------------------------------------------------------------------
| What happens to a plan over the year, played through the real actions
|--------------------------------------------------------------------------
|
| Each plan goes through the real pipeline (uploadVersion: Drive, parser,
| validators; then the workflow actions submit / return / approve /
| council decision / inspection note / dispute of a finding), each step run
| at its own date of the year (backDated), so events, summaries,
| notifications and the audit log agree with the documents. Some files
| carry the defects teachers really make (a missing activity or section,
| unfilled placeholders): the gate refuses them, and the teacher uploads a
| corrected version.
*/
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type Document from '#app/documents/models/document'
import {
  readUpload,
  uploadVersion,
  type NewDocumentFields,
} from '#app/documents/actions/upload_version'
import type { ParseOutcome } from '#app/documents/parsing/parse_outcome'
import type { Mutation, PlanKind } from '#app/documents/demo_files/plans'
import { decidedByCouncil, isLessonPlan, type DocumentKind } from '#app/core/registries/kinds'
import { submitDocument } from '#app/workflow/actions/submit_document'
import { returnDocument } from '#app/workflow/actions/return_document'
import { approveDocument } from '#app/workflow/actions/approve_document'
import { recordCouncilApproval } from '#app/workflow/actions/record_council_approval'
import { disputeFinding } from '#app/workflow/actions/dispute_finding'
import { addInspectionNote } from '#app/workflow/actions/add_inspection_note'
import { reviewersOf } from '#app/workflow/services/review_assignment'
import { backDated } from '#app/workflow/seeding/back_dated'
import type { DemoFilePool } from '#app/workflow/seeding/demo_file_pool'
import type { Context, Plan } from '#app/workflow/seeding/school_plans'
import {
  DEFECTS,
  DISPUTE_REASONS,
  RETURN_COMMENTS,
  INSPECTION_NOTES,
} from '#app/workflow/seeding/demo_texts'
import User from '#app/organization/models/user'

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

const KIND_PLAN: Record<DocumentKind, PlanKind> = {
  school_plan: 'school',
  pl1: 'pl1',
  pl2: 'pl2',
  pl3: 'pl3',
  pl4: 'pl4',
} as Record<DocumentKind, PlanKind>

/** A file of the demo year: its bytes, already being read by the parser pool. */
interface ReadAhead {
  bytes: Uint8Array
  read: Promise<ParseOutcome>
}

/** A plan's story decided in advance, with the files it will upload being rendered and read meanwhile. */
export interface Script {
  plan: Plan
  story: Story
  /** When the first version is uploaded. */
  firstUpload: DateTime
  name: string
  /** The first version (with the story's defects), then the clean file of a corrected or resubmitted version. */
  firstFile: Promise<ReadAhead>
  cleanFile: Promise<ReadAhead>
}

/** Most schools write in Word; a PDF takes several times longer to generate. */
const PDF_SHARE = 0.06

/**
 * Decides a plan's story and starts rendering its files, each read by the
 * parser pool as soon as it is rendered (the pool's threads read several
 * files side by side while the plans before are stored); null when the plan is still in the future (not written yet). */
export function scriptOf(plan: Plan, context: Context, files: DemoFilePool): Script | null {
  const { random, today } = context
  const story = pickStory(plan, context)
  const firstUpload = plan.firstUpload.set({ hour: 20, minute: random.int(0, 59) })
  if (firstUpload > today) return null
  const defective = story === 'fixed_then_approved' || story === 'draft_with_errors'
  const format = random.next() < PDF_SHARE ? 'pdf' : 'docx'
  const render = (mutations: Mutation[]) =>
    quiet(
      files
        .render({
          kind: KIND_PLAN[plan.fields.kind],
          options: { ...plan.options, mutations },
          format,
        })
        .then((bytes) => ({ bytes, read: quiet(readUpload(bytes, plan.owner)) }))
    )
  const firstFile = render(defective ? random.pick(DEFECTS) : [])
  /* A returned plan comes back as the same file corrected: its clean bytes are the first file's. */
  const cleanFile = defective && story !== 'draft_with_errors' ? render([]) : firstFile
  const name = `${plan.fields.lessonTitle ?? plan.fields.title}.${format}`
  return { plan, story, firstUpload, name, firstFile, cleanFile }
}

/** A file rendered ahead may fail before it is awaited: the failure is reported where it is awaited. */
function quiet<T>(promise: Promise<T>) {
  promise.catch(() => {})
  return promise
}

/** Plays one plan's story up to today. */
export async function live(script: Script, context: Context): Promise<boolean> {
  const { plan, story } = script
  const { random, today } = context
  let when = script.firstUpload
  const later = (days: number) =>
    (when = DateTime.min(when.plus({ days, hours: random.int(1, 5) }), today))

  const document = await upload(plan, plan.fields, script.name, await script.firstFile, when)
  if (!document || story === 'draft') return Boolean(document)
  if (story === 'draft_with_errors') {
    /* Half of those teachers think the check is wrong and say so ("Báo kiểm tra chưa đúng"). */
    if (random.next() < 0.5) await dispute(plan.owner, document, later(0), context)
    return true
  }
  if (story === 'fixed_then_approved') {
    await backDated(when, () => submitDocument(plan.owner, document.id)) // refused by the gate: the teacher sees the errors
    later(1)
    await upload(plan, document, script.name, await script.cleanFile, when)
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
    await upload(plan, document, script.name, await script.cleanFile, when)
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

async function upload(
  plan: Plan,
  target: NewDocumentFields | Document,
  originalName: string,
  file: ReadAhead,
  when: DateTime
) {
  const result = await backDated(when, () =>
    uploadVersion({
      uploader: plan.owner,
      bytes: file.bytes,
      read: file.read,
      originalName,
      target,
    })
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
