/*
|--------------------------------------------------------------------------
| A new document from the upload form: checks and fields
|--------------------------------------------------------------------------
|
| Shared by the one-step upload (DocumentsController.store) and the
| confirmation of a held upload (PendingUploadsController.confirm): both
| check the same metadata against the same rules and create the same row.
*/
import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import Subject from '#app/organization/models/subject'
import {
  isLessonPlan,
  kindDefinition,
  missingMetadata,
  type DocumentKind,
} from '#app/core/registries/kinds'
import type { newDocumentValidator } from '#app/documents/validators/upload'
import type { UploadTarget } from '#app/documents/services/upload_targets'
import type { NewDocumentFields } from '#app/documents/actions/upload_version'

export type NewDocumentData = Awaited<ReturnType<typeof newDocumentValidator.validate>>

/** Required fields of the kind, the lesson plan's date-or-week rule, and a target and subject the person may use. */
export function metadataErrors(
  { i18n }: HttpContext,
  kind: DocumentKind,
  data: NewDocumentData,
  target: UploadTarget | undefined
) {
  const errors: Record<string, string> = {}
  for (const field of missingMetadata(kind, {
    ...data,
    schoolYearId: target?.schoolYearId,
    schoolId: target?.schoolId,
    groupId: target?.groupId,
  })) {
    if (['schoolYearId', 'schoolId', 'groupId'].includes(field)) continue
    /* teachingDate is only ever "missing" as the lesson plan's date-or-week rule. */
    errors[field] =
      field === 'teachingDate'
        ? i18n.t('documents.upload.dateOrWeek')
        : i18n.t('validator.shared.messages.required', {
            field: i18n.t(`documents.fields.${field}`).toLowerCase(),
          })
  }
  if (!target) errors.targetId = i18n.t('documents.upload.badTarget')
  else if (
    data.subjectId &&
    target.subjectIds.length &&
    !target.subjectIds.includes(data.subjectId)
  ) {
    errors.subjectId = i18n.t('documents.upload.badTarget')
  }
  return errors
}

/** The new document's row fields, from checked data and a target the person may use. */
export async function newDocumentFields(
  ctx: HttpContext,
  data: NewDocumentData,
  target: UploadTarget
): Promise<NewDocumentFields> {
  return {
    kind: data.kind,
    schoolYearId: target.schoolYearId,
    schoolId: target.schoolId,
    groupId: target.groupId,
    subgroupId: target.subgroupId,
    subjectId: data.subjectId ?? null,
    grade: data.grade ?? null,
    className: data.className ?? null,
    title: await documentTitle(ctx, data.kind, data),
    lessonTitle: data.lessonTitle ?? null,
    periods: data.periods ?? null,
    teachingDate: data.teachingDate ? DateTime.fromJSDate(data.teachingDate) : null,
    teachingWeek: data.teachingWeek ?? null,
  }
}

/** A lesson plan is named by its lesson; other plans by kind, subject and grade. */
async function documentTitle(
  { i18n }: HttpContext,
  kind: DocumentKind,
  data: NewDocumentData
): Promise<string> {
  if (isLessonPlan(kind) && data.lessonTitle) return data.lessonTitle
  const kindTitle = i18n.t(`documents.kinds.${kind}`)
  const subject = data.subjectId ? await Subject.find(data.subjectId) : null
  const withSubject = subject
    ? i18n.t('documents.titles.withSubject', { kind: kindTitle, subject: subject.name })
    : kindTitle
  return data.grade && kindDefinition(kind).level !== 'school'
    ? i18n.t('documents.titles.withGrade', { title: withSubject, grade: data.grade })
    : withSubject
}
