import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import Document from '#app/documents/models/document'
import SchoolYear from '#app/organization/models/school_year'
import Subject from '#app/organization/models/subject'
import { allKinds, formFields, isDocumentKind, isLessonPlan, kindDefinition, missingMetadata, type DocumentKind } from '#app/documents/kinds'
import { documentPageParts } from '#app/documents/services/document_page'
import { newDocumentValidator } from '#app/documents/validators/upload'
import { subjectChoices, uploadTargets, findUploadTarget, mayUploadAnyKind, type UploadTarget } from '#app/documents/services/upload_targets'
import { readUploadedFile } from '#app/documents/services/uploaded_file'
import { uploadMaxMb } from '#app/documents/services/upload_limits'
import { latestRunsByVersion, ownDocumentsPage, versionsOf } from '#app/documents/services/document_queries'
import { summarizeRun, STATUS_BADGES } from '#app/documents/services/run_summary'
import { uploadVersion } from '#app/documents/actions/upload_version'
import { respondToUpload } from '#app/documents/services/upload_response'
import { flashFieldErrors } from '#app/core/services/form_errors'

/** "Hồ sơ của tôi", the upload of a new plan, and one plan's page. */
export default class DocumentsController {
  /** The signed-in person's own documents, a page at a time, grouped by school year and kind. */
  async index({ view, auth, request }: HttpContext) {
    const user = auth.user!
    const yearFilter = Number(request.input('schoolYearId')) || null
    const page = await ownDocumentsPage(user.id, { schoolYearId: yearFilter, page: Number(request.input('page')) || 1 })
    const documents = page.all()
    const runs = await latestRunsByVersion(documents.flatMap((d) => (d.currentVersionId ? [d.currentVersionId] : [])))
    const years = await SchoolYear.query().whereIn('id', await ownYearIds(user.id)).orderBy('starts_on', 'desc')
    const mayUpload = await mayUploadAnyKind(user, allKinds().map((kind) => kind.id))

    const sections = years
      .filter((year) => !yearFilter || year.id === yearFilter)
      .map((year) => ({
        year,
        kinds: allKinds()
          .map((kind) => ({
            kind: kind.id,
            documents: documents
              .filter((d) => d.schoolYearId === year.id && d.kind === kind.id)
              .map((d) => ({ document: d, result: summarizeRun(d.currentVersionId ? runs.get(d.currentVersionId) : null) })),
          }))
          .filter((group) => group.documents.length > 0),
      }))
      .filter((section) => section.kinds.length > 0)

    return view.render('pages/documents/index', {
      sections,
      years,
      yearFilter,
      mayUpload,
      statusBadges: STATUS_BADGES,
      pager: { page: page.currentPage, lastPage: page.lastPage, hasMore: page.hasMorePages, query: request.qs() },
    })
  }

  /** The upload form of one kind (or the choice of kind). */
  async create({ view, auth, request }: HttpContext) {
    const user = auth.user!
    const kind = request.input('kind')
    if (!isDocumentKind(kind)) return view.render('pages/documents/choose_kind', { kinds: await kindsWithTargets(user) })
    const targets = await uploadTargets(user, kind)
    return view.render('pages/documents/create', {
      kind,
      fields: formFields(kind),
      required: kindDefinition(kind).required,
      targets,
      subjects: targets.length ? await subjectChoices(targets) : [],
      grades: [6, 7, 8, 9, 10, 11, 12],
      maxMb: uploadMaxMb(),
    })
  }

  /** A new document with its first version. */
  async store(ctx: HttpContext) {
    const { request, response, session, auth, i18n } = ctx
    const data = await request.validateUsing(newDocumentValidator)
    const formUrl = `/documents/new?kind=${data.kind}`
    const user = auth.user!

    const target = await findUploadTarget(user, data.kind, data.targetId)
    const fieldErrors = metadataErrors(ctx, data.kind, data, target)
    const file = await readUploadedFile(ctx)
    if (!file.ok) fieldErrors.file = file.message
    if (Object.keys(fieldErrors).length > 0 || !target || !file.ok) {
      flashFieldErrors(session, fieldErrors)
      return response.redirect(formUrl)
    }

    const result = await uploadVersion({
      uploader: user,
      bytes: file.bytes,
      originalName: file.name,
      target: {
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
      },
    })
    return respondToUpload(ctx, result, formUrl, i18n)
  }

  async show({ params, view, bouncer, auth }: HttpContext) {
    const document = await Document.findOrFail(params.id)
    await bouncer.with('DocumentPolicy').authorize('view', document)
    const versions = await versionsOf(document)
    const runs = await latestRunsByVersion(versions.map((v) => v.id))
    await document.load('owner')
    const subject = document.subjectId ? await Subject.find(document.subjectId) : null
    const year = await SchoolYear.find(document.schoolYearId)
    return view.render('pages/documents/show', {
      document,
      subject,
      year,
      versions: versions.map((version) => ({ version, result: summarizeRun(runs.get(version.id)) })),
      canUpload: await bouncer.with('DocumentPolicy').allows('uploadVersion', document),
      isLocked: document.status === 'approved',
      isOwner: document.ownerUserId === auth.user!.id,
      statusBadges: STATUS_BADGES,
      maxMb: uploadMaxMb(),
      ...(await documentPageParts(document, auth.user)),
    })
  }
}

type NewDocumentData = Awaited<ReturnType<typeof newDocumentValidator.validate>>

/** Required fields of the kind, the lesson plan's date-or-week rule, and a target and subject the person may use. */
function metadataErrors({ i18n }: HttpContext, kind: DocumentKind, data: NewDocumentData, target: UploadTarget | undefined) {
  const errors: Record<string, string> = {}
  for (const field of missingMetadata(kind, { ...data, schoolYearId: target?.schoolYearId, schoolId: target?.schoolId, groupId: target?.groupId })) {
    if (['schoolYearId', 'schoolId', 'groupId'].includes(field)) continue
    /* teachingDate is only ever "missing" as the lesson plan's date-or-week rule. */
    errors[field] =
      field === 'teachingDate'
        ? i18n.t('documents.upload.dateOrWeek')
        : i18n.t('validator.shared.messages.required', { field: i18n.t(`documents.fields.${field}`).toLowerCase() })
  }
  if (!target) errors.targetId = i18n.t('documents.upload.badTarget')
  else if (data.subjectId && target.subjectIds.length && !target.subjectIds.includes(data.subjectId)) {
    errors.subjectId = i18n.t('documents.upload.badTarget')
  }
  return errors
}

/** A lesson plan is named by its lesson; other plans by kind, subject and grade. */
async function documentTitle({ i18n }: HttpContext, kind: DocumentKind, data: NewDocumentData): Promise<string> {
  if (isLessonPlan(kind) && data.lessonTitle) return data.lessonTitle
  const kindTitle = i18n.t(`documents.kinds.${kind}`)
  const subject = data.subjectId ? await Subject.find(data.subjectId) : null
  const withSubject = subject ? i18n.t('documents.titles.withSubject', { kind: kindTitle, subject: subject.name }) : kindTitle
  return data.grade && kindDefinition(kind).level !== 'school' ? i18n.t('documents.titles.withGrade', { title: withSubject, grade: data.grade }) : withSubject
}

async function ownYearIds(userId: number): Promise<number[]> {
  const rows = await Document.query().where('owner_user_id', userId).distinct('school_year_id')
  return rows.map((row) => row.schoolYearId)
}

async function kindsWithTargets(user: NonNullable<HttpContext['auth']['user']>): Promise<DocumentKind[]> {
  const kinds: DocumentKind[] = []
  for (const kind of allKinds()) if ((await uploadTargets(user, kind.id)).length) kinds.push(kind.id)
  return kinds
}
