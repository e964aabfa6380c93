/*
|--------------------------------------------------------------------------
| Given/Then helpers for documents: plans as files, uploads, storage checks
|--------------------------------------------------------------------------
*/
import { readdir } from 'node:fs/promises'
import { ApiRequest } from '@japa/api-client'
import { join } from 'node:path'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import type User from '#app/organization/models/user'
import type Group from '#app/organization/models/group'
import RoleAssignment from '#app/organization/models/role_assignment'
import Subject from '#app/organization/models/subject'
import { uploadVersion, type NewDocumentFields } from '#app/documents/actions/upload_version'
import type Document from '#app/documents/models/document'
import { buildPlan, toDocx, toPdf, type PlanKind, type PlanOptions } from '#tests/fixtures/plans'
import { currentSchoolYear } from '#tests/helpers/organization'
import type { VersionStorage } from '#app/documents/services/version_storage'

export async function lessonPlanDocx(options: PlanOptions = {}): Promise<Buffer> {
  return toDocx(buildPlan('pl4', options))
}

export async function planDocx(kind: PlanKind, options: PlanOptions = {}): Promise<Buffer> {
  return toDocx(buildPlan(kind, options))
}

export async function planPdf(kind: PlanKind, options: PlanOptions = {}): Promise<Buffer> {
  return toPdf(buildPlan(kind, options))
}

/** The teacher's assignment (the "Nơi nộp" choice of the upload form). */
export async function teacherAssignment(user: User) {
  return RoleAssignment.query().where('user_id', user.id).where('role', 'teacher').firstOrFail()
}

/** The form fields of a lesson plan upload for this teacher. */
export async function lessonPlanForm(user: User, overrides: Record<string, string | number> = {}) {
  const assignment = await teacherAssignment(user)
  const subject = await Subject.findByOrFail('code', 'toan')
  return {
    kind: 'pl4',
    targetId: assignment.id,
    subjectId: subject.id,
    grade: 6,
    lessonTitle: 'Bài 5. Phân số với tử và mẫu là số nguyên',
    periods: 2,
    teachingWeek: 5,
    ...overrides,
  }
}

/** A lesson plan of the teacher, uploaded directly (no HTTP), as v1. */
export async function givenLessonPlan(
  user: User,
  options: {
    lessonTitle?: string
    bytes?: Uint8Array
    fileName?: string
    storage?: VersionStorage
  } = {}
) {
  const assignment = await teacherAssignment(user)
  const subject = await Subject.findByOrFail('code', 'toan')
  const lessonTitle = options.lessonTitle ?? 'Bài 5. Phân số với tử và mẫu là số nguyên'
  const schoolYear = await currentSchoolYear()
  const target: NewDocumentFields = {
    kind: 'pl4',
    schoolYearId: schoolYear.id,
    schoolId: assignment.schoolId!,
    groupId: assignment.groupId,
    subgroupId: assignment.subgroupId,
    subjectId: subject.id,
    grade: 6,
    className: null,
    title: lessonTitle,
    lessonTitle,
    periods: 2,
    teachingDate: null,
    teachingWeek: 5,
  }
  const result = await uploadVersion(
    {
      uploader: user,
      bytes: options.bytes ?? (await lessonPlanDocx()),
      originalName: options.fileName ?? 'Kế hoạch bài dạy.docx',
      target,
    },
    options.storage
  )
  if (!result.ok) throw new Error(`Fixture upload refused: ${result.messageKey}`)
  return result
}

/** Counts of everything an upload may create, to prove a refused one created nothing. */
export async function storedCounts(userId: number) {
  const count = async (table: string, column: string, value: number) => {
    const [row] = await db.from(table).where(column, value).count('* as total')
    return Number(row.total)
  }
  const rows = await db.from('documents').where('owner_user_id', userId).count('* as total')
  const documents = Number(rows[0].total)
  return {
    documents,
    versions: await count('document_versions', 'uploader_id', userId),
    files: await filesOnDisk(),
  }
}

/** Every file under the test run's local storage folder (versions and previews). */
export async function filesOnDisk(): Promise<string[]> {
  const root = app.makePath(
    (process.env.STORAGE_PATH ?? 'storage/uploads').replace('%pid%', String(process.pid))
  )
  return listFiles(root)
}

export async function listFiles(root: string): Promise<string[]> {
  try {
    const entries = await readdir(root, { recursive: true, withFileTypes: true })
    return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
  } catch {
    return []
  }
}

export type { Document, Group }

/**
 * Let the API client hand downloaded files back as Buffers (superagent
 * does not buffer unknown binary types by default).
 */
export function bufferDownloads() {
  for (const type of [
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'image/png',
  ]) {
    ApiRequest.addParser(type, (response, done) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => done(null, Buffer.concat(chunks)))
    })
  }
}
