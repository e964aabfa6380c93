import { DateTime } from 'luxon'
import { createHash } from 'node:crypto'
import { defaultStorage } from '#app/documents/services/version_storage'
import { indexDocument } from '#app/documents/services/search_index'
import app from '@adonisjs/core/services/app'
import Document from '#app/documents/models/document'
import db from '@adonisjs/lucid/services/db'
import type User from '#app/organization/models/user'
import type School from '#app/organization/models/school'
import type Group from '#app/organization/models/group'
import type Subgroup from '#app/organization/models/subgroup'
import type { SchoolType } from '#app/organization/models/school'
import DocumentEvent from '#app/workflow/models/document_event'
import type { DocumentKind, DocumentStatus } from '#app/workflow/services/statuses'
import { clearStoredMails, storedMails } from '#app/core/mail/file_mail_transport'
import {
  currentSchoolYear,
  givenGroup,
  givenPersonWithRole,
  givenRole,
  givenSchool,
  givenSubgroup,
  givenTeacher,
  subjectByCode,
} from '#tests/helpers/organization'

/*
 * Given … / Then … helpers for workflow scenarios. Documents are written
 * straight to the documents module's tables with the outcome of the
 * automatic check the scenario needs (passed, warnings, errors,
 * unreadable), so a workflow test does not depend on parsing; the browser
 * test goes through a real upload.
 */

export type CheckOutcome = 'passed' | 'warnings' | 'errors' | 'unreadable' | 'none'

export interface DocumentOptions {
  kind?: DocumentKind
  school?: School
  group?: Group | null
  subgroup?: Subgroup | null
  subject?: string
  status?: DocumentStatus
  check?: CheckOutcome
  title?: string
  teachingDate?: DateTime | null
}

/** A document of `owner` with one version and the given check outcome. */
export async function givenDocument(owner: User, options: DocumentOptions): Promise<Document> {
  const year = await currentSchoolYear()
  const group = options.group ?? null
  const subject = await subjectByCode(options.subject ?? 'toan')
  const kind = options.kind ?? 'pl4'
  const document = await Document.create({
    kind,
    schoolYearId: year.id,
    schoolId: options.school?.id ?? group!.schoolId,
    groupId: group?.id ?? null,
    subgroupId: options.subgroup?.id ?? null,
    subjectId: kind === 'school_plan' ? null : subject.id,
    grade: kind === 'school_plan' ? null : 6,
    ownerUserId: owner.id,
    title: options.title ?? `Kế hoạch ${kind.toUpperCase()} thử nghiệm`,
    lessonTitle: kind === 'pl4' ? (options.title ?? 'Bài 1. Tập hợp') : null,
    periods: kind === 'pl4' ? 2 : null,
    teachingDate:
      options.teachingDate ??
      (kind === 'pl4' ? DateTime.now().plus({ days: 10 }).startOf('day') : null),
    status: options.status ?? 'draft',
  })
  await givenVersion(document, owner, options.check ?? 'passed')
  await indexDocument(document.id, [document.title, document.lessonTitle])
  return document
}

/** A new current version of the document with its check outcome (no status change: that is the workflow's job). */
export async function givenVersion(document: Document, uploader: User, check: CheckOutcome) {
  /* Written with the query builder: the row is what the documents module stores, whatever its model maps. */
  const previous = await db
    .from('document_versions')
    .where('document_id', document.id)
    .max('number as n')
    .first()
  /* A real stored file, so download and preview routes serve bytes. */
  const bytes = new TextEncoder().encode(`ke hoach ${document.id}`)
  const storage = defaultStorage()
  const storageKey = storage.newKey('docx')
  await storage.write(storageKey, bytes)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const [inserted] = await db
    .table('document_versions')
    .insert({
      document_id: document.id,
      number: Number(previous?.n ?? 0) + 1,
      uploader_id: uploader.id,
      original_name: 'ke-hoach.docx',
      storage_key: storageKey,
      sha256,
      size: bytes.byteLength,
      format: 'docx',
      mime_type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      parse_status: check === 'unreadable' ? 'unreadable' : 'parsed',
      parser_version: 'test',
      created_at: now(),
    })
    .returning('id')
  const version = { id: typeof inserted === 'object' ? inserted.id : inserted, sha256 }
  document.currentVersionId = version.id
  await document.save()
  if (check !== 'none') await givenRun(version, check)
  return version
}

async function givenRun(
  version: { id: number; sha256: string },
  check: Exclude<CheckOutcome, 'none'>
) {
  const [inserted] = await db
    .table('validation_runs')
    .insert({
      version_id: version.id,
      status: check === 'errors' ? 'failed' : check === 'unreadable' ? 'unreadable' : 'passed',
      errors: check === 'errors' ? 1 : 0,
      warnings: check === 'warnings' ? 1 : 0,
      infos: 0,
      plugins: '[]',
      file_sha256: version.sha256,
      created_at: now(),
    })
    .returning('id')
  const runId = typeof inserted === 'object' ? inserted.id : inserted
  const finding = (severity: 'error' | 'warning', message: string) =>
    db.table('findings').insert({
      run_id: runId,
      plugin_id: 'test:structure',
      message_id: 'missing',
      severity,
      message,
    })
  if (check === 'errors') await finding('error', 'Thiếu mục "I. Mục tiêu".')
  if (check === 'warnings') await finding('warning', 'Tên hoạt động khác mẫu.')
  return runId
}

/** A timestamp as Lucid writes it for the connection's dialect. */
function now() {
  return DateTime.now().toFormat(db.connection().dialect.dateTimeFormat)
}

/** A school with a group, a subgroup, and the people who act in the workflow. */
export async function givenStaffedSchool(type: SchoolType = 'thcs') {
  const school = await givenSchool({ type })
  const group = await givenGroup(school)
  const subgroup = await givenSubgroup(group, { subject: 'toan' })
  const otherSubgroup = await givenSubgroup(group, { subject: 'tin_hoc' })
  const teacher = await givenTeacher({ school, group, subgroup, fullName: 'Nguyễn Thị Mai' })
  const colleague = await givenTeacher({ school, group, subgroup, fullName: 'Phạm Văn Nam' })
  const groupHead = await givenPersonWithRole('group_head', { school, group }, 'Trần Văn Tổ')
  await givenRole(groupHead, 'teacher', {
    school,
    group,
    subgroup: otherSubgroup,
    subjects: ['tin_hoc'],
  })
  const subgroupLead = await givenPersonWithRole(
    'subgroup_lead',
    { school, group, subgroup },
    'Lê Thị Nhóm'
  )
  await givenRole(subgroupLead, 'teacher', { school, group, subgroup, subjects: ['toan'] })
  const principal = await givenPersonWithRole('principal', { school }, 'Hoàng Văn Hiệu')
  const vicePrincipal = await givenPersonWithRole('vice_principal', { school }, 'Đỗ Thị Phó')
  return {
    school,
    group,
    subgroup,
    otherSubgroup,
    teacher,
    colleague,
    groupHead,
    subgroupLead,
    principal,
    vicePrincipal,
  }
}

export async function thenStatusIs(document: Document, status: DocumentStatus) {
  const fresh = await Document.findOrFail(document.id)
  if (fresh.status !== status)
    throw new Error(`expected document ${document.id} to be ${status}, found ${fresh.status}`)
  return fresh
}

export async function eventsOf(document: Document) {
  return DocumentEvent.query().where('document_id', document.id).orderBy('id', 'asc')
}

/** Where the file transport stores this test process's e-mails. */
export function mailFolder() {
  return app.makePath(`tmp/test-mail-${process.pid}`)
}

export async function sentMails() {
  return storedMails(mailFolder())
}

export async function forgetSentMails() {
  await clearStoredMails(mailFolder())
}
