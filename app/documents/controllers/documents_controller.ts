import type { HttpContext } from '@adonisjs/core/http'
import Document from '#app/documents/models/document'
import PendingUpload from '#app/documents/models/pending_upload'
import SchoolYear from '#app/organization/models/school_year'
import Subject from '#app/organization/models/subject'
import {
  allKinds,
  formFields,
  isDocumentKind,
  isLessonPlan,
  kindDefinition,
  type DocumentKind,
} from '#app/core/registries/kinds'
import { documentPageParts } from '#app/documents/services/document_page'
import { newDocumentValidator } from '#app/documents/validators/upload'
import {
  subjectChoices,
  uploadTargets,
  findUploadTarget,
  mayUploadAnyKind,
} from '#app/documents/services/upload_targets'
import { readUploadedFile } from '#app/documents/services/uploaded_file'
import { uploadMaxMb } from '#app/documents/services/upload_limits'
import {
  latestRunsByVersion,
  ownDocumentsPage,
  versionsOf,
} from '#app/documents/services/document_queries'
import { summarizeRun, STATUS_BADGES } from '#app/documents/services/run_summary'
import { UploadHeld, uploadVersion } from '#app/documents/actions/upload_version'
import { holdsSeveralLessons } from '#app/documents/prefill/read_metadata'
import { respondToUpload } from '#app/documents/services/upload_response'
import { respondWithHeldUpload } from '#app/documents/services/held_upload_response'
import { metadataErrors, newDocumentFields } from '#app/documents/services/new_document'
import { flashFieldErrors } from '#app/core/services/form_errors'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { parsingProgress } from '#app/documents/parsing/parser_pool'

/** "Hồ sơ của tôi", the upload of a new plan, and one plan's page. */
export default class DocumentsController {
  /** The signed-in person's own documents, a page at a time, grouped by school year and kind. */
  async index({ view, auth, request }: HttpContext) {
    const user = auth.user!
    const yearFilter = Number(request.input('schoolYearId')) || null
    const page = await ownDocumentsPage(user.id, {
      schoolYearId: yearFilter,
      page: Number(request.input('page')) || 1,
    })
    const documents = page.all()
    const runs = await latestRunsByVersion(
      documents.flatMap((d) => (d.currentVersionId ? [d.currentVersionId] : []))
    )
    const years = await SchoolYear.query()
      .whereIn('id', await ownYearIds(user.id))
      .orderBy('starts_on', 'desc')
    const mayUpload = await mayUploadAnyKind(
      user,
      allKinds().map((kind) => kind.id)
    )
    const pendingUploads = await PendingUpload.query().where('user_id', user.id).select('id')

    const sections = years
      .filter((year) => !yearFilter || year.id === yearFilter)
      .map((year) => ({
        year,
        kinds: allKinds()
          .map((kind) => ({
            kind: kind.id,
            documents: documents
              .filter((d) => d.schoolYearId === year.id && d.kind === kind.id)
              .map((d) => ({
                document: d,
                result: summarizeRun(d.currentVersionId ? runs.get(d.currentVersionId) : null),
              })),
          }))
          .filter((group) => group.documents.length > 0),
      }))
      .filter((section) => section.kinds.length > 0)

    return view.render('pages/documents/index', {
      sections,
      years,
      yearFilter,
      mayUpload,
      pendingCount: pendingUploads.length,
      statusBadges: STATUS_BADGES,
      pager: {
        page: page.currentPage,
        lastPage: page.lastPage,
        hasMore: page.hasMorePages,
        query: request.qs(),
      },
    })
  }

  /** The upload form of one kind (or the choice of kind). */
  async create({ view, auth, request }: HttpContext) {
    const user = auth.user!
    const kind = request.input('kind')
    if (!isDocumentKind(kind))
      return view.render('pages/documents/choose_kind', { kinds: await kindsWithTargets(user) })
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

  /**
   * A new document with its first version. A good file with metadata still
   * missing is held, and the teacher confirms what was read from it.
   */
  async store(ctx: HttpContext) {
    const { request, response, session, auth, i18n } = ctx
    const data = await request.validateUsing(newDocumentValidator)
    const formUrl = urlFor('documents.create', {}, { qs: { kind: data.kind } })
    const user = auth.user!

    const target = await findUploadTarget(user, data.kind, data.targetId)
    const fieldErrors = metadataErrors(ctx, data.kind, data, target)
    const file = await readUploadedFile(ctx)
    if (target && file.ok && Object.keys(fieldErrors).length > 0)
      return respondWithHeldUpload(ctx, user, data.kind, file)
    if (!file.ok) fieldErrors.file = file.message
    if (Object.keys(fieldErrors).length > 0 || !target || !file.ok) {
      flashFieldErrors(session, fieldErrors)
      return response.redirect(formUrl)
    }

    try {
      const result = await uploadVersion({
        uploader: user,
        bytes: file.bytes,
        originalName: file.name,
        target: await newDocumentFields(ctx, data, target),
        /* One lesson per file: a file holding several is held and flagged on the confirm page. */
        holdIf: isLessonPlan(data.kind) ? holdsSeveralLessons : undefined,
      })
      return respondToUpload(ctx, result, formUrl, i18n)
    } catch (error) {
      if (error instanceof UploadHeld) return respondWithHeldUpload(ctx, user, data.kind, file)
      throw error
    }
  }

  /**
   * The signed-in person's own files being read (upload.js polls it while an
   * upload's answer is pending): waiting for a thread, with how many files
   * are ahead, or being read. Nobody else's files, by construction.
   */
  async uploadProgress({ auth, i18n }: HttpContext) {
    const progress = parsingProgress(auth.user!.id)
    const state = progress.waiting > 0 ? 'waiting' : progress.running > 0 ? 'reading' : 'idle'
    const text =
      state === 'waiting'
        ? i18n.t('documents.processing.queued', { ahead: progress.ahead })
        : state === 'reading'
          ? i18n.t('documents.upload.processing')
          : null
    return { state, ahead: progress.ahead, text }
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
      versions: versions.map((version) => ({
        version,
        result: summarizeRun(runs.get(version.id)),
      })),
      canUpload: await bouncer.with('DocumentPolicy').allows('uploadVersion', document),
      isLocked: document.status === 'approved',
      isOwner: document.ownerUserId === auth.user!.id,
      statusBadges: STATUS_BADGES,
      maxMb: uploadMaxMb(),
      ...(await documentPageParts(document, auth.user)),
    })
  }
}

async function ownYearIds(userId: number): Promise<number[]> {
  const rows = await Document.query().where('owner_user_id', userId).distinct('school_year_id')
  return rows.map((row) => row.schoolYearId)
}

async function kindsWithTargets(
  user: NonNullable<HttpContext['auth']['user']>
): Promise<DocumentKind[]> {
  const kinds: DocumentKind[] = []
  for (const kind of allKinds()) {
    const targets = await uploadTargets(user, kind.id)
    if (targets.length) kinds.push(kind.id)
  }
  return kinds
}
