import type { HttpContext } from '@adonisjs/core/http'
import Document from '#app/documents/models/document'
import type DocumentVersion from '#app/documents/models/document_version'
import { readUploadedFile } from '#app/documents/services/uploaded_file'
import { uploadVersion } from '#app/documents/actions/upload_version'
import { respondToUpload } from '#app/documents/services/upload_response'
import { findVersionOrFail } from '#app/documents/services/document_queries'
import { versionReport } from '#app/documents/services/version_report'
import { reportPageParts } from '#app/documents/services/document_page'
import { contentDisposition } from '#app/documents/services/content_disposition'
import { defaultStorage } from '#app/documents/services/version_storage'
import { WEB_IMAGE_TYPES } from '#app/documents/services/preview'
import { docxPreview, versionPreview } from '#app/documents/services/version_preview'
import { imageMimeType } from '#app/documents/parsing/detect_file_type'
import { flashFieldErrors } from '#app/core/services/form_errors'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { statusText, versionStatus } from '#app/documents/services/version_status'

/** A document's versions: upload a new one, its report, its file (download, inline PDF) and preview. */
export default class VersionsController {
  async store(ctx: HttpContext) {
    const { params, bouncer, auth, response, session, i18n } = ctx
    const document = await Document.findOrFail(params.id)
    await bouncer.with('DocumentPolicy').authorize('uploadVersion', document)
    const file = await readUploadedFile(ctx)
    if (!file.ok) {
      flashFieldErrors(session, { file: file.message })
      return response.redirect().toRoute('documents.show', { id: document.id })
    }
    /* A new file needs its own approval: the workflow's hook puts the document back to draft in the same transaction. */
    const result = await uploadVersion({
      uploader: auth.user!,
      bytes: file.bytes,
      originalName: file.name,
      target: document,
    })
    return respondToUpload(ctx, result, urlFor('documents.show', { id: document.id }), i18n)
  }

  /** The report: verdict, findings (what changed since the previous version) beside the preview. */
  async show({ params, view, bouncer, auth, i18n }: HttpContext) {
    const { document, version } = await this.authorized(params, bouncer, 'view')
    const report = await versionReport(document, version, (related) =>
      bouncer.with('DocumentPolicy').allows('view', related)
    )
    /* No run yet: the page says where the check stands and polls until it is done. */
    const status = report.run ? null : await versionStatus(version)
    const pendingText = status ? statusText(status, (key, data) => i18n.t(key, data)) : null
    /* Other modules' parts of the report (the workflow's disputes of its findings). */
    return view.render('pages/documents/report', {
      document,
      version,
      ...report,
      pendingText,
      ...(await reportPageParts(document, version, auth.user)),
    })
  }

  /**
   * Where the version's check stands, as JSON, for the report page's polling
   * (version_status.js); a hidden version answers 404 like a missing one.
   */
  async status({ params, bouncer, i18n }: HttpContext) {
    const { version } = await this.authorized(params, bouncer, 'view')
    const status = await versionStatus(version)
    return {
      state: status.state,
      position: status.state === 'waiting' ? status.position : null,
      text: statusText(status, (key, data) => i18n.t(key, data)),
    }
  }

  async preview({ params, view, bouncer }: HttpContext) {
    const { document, version } = await this.authorized(params, bouncer, 'view')
    const preview = await versionPreview(version)
    return view.render('pages/documents/preview', { document, version, preview })
  }

  /** A picture of the DOCX preview, stored when the preview was built (which this builds if it is not yet). */
  async previewImage({ params, response, bouncer }: HttpContext) {
    const { version } = await this.authorized(params, bouncer, 'view')
    if (version.format !== 'docx') return response.notFound()
    const storage = defaultStorage()
    const key = storage.previewImageKey(version.storageKey, Number(params.image))
    /* Pictures are written when the preview is built; a picture number the file does not have stays missing. */
    if (!(await storage.exists(key))) await docxPreview(version, storage)
    if (!(await storage.exists(key))) return response.notFound()
    const bytes = await storage.read(key)
    const type = imageMimeType(bytes)
    if (!type || !WEB_IMAGE_TYPES.includes(type)) return response.notFound()
    response.header('Content-Type', type)
    /* A version never changes; the permission may, so browsers keep it a short while and to themselves. */
    response.header('Cache-Control', 'private, max-age=3600')
    response.header('X-Content-Type-Options', 'nosniff')
    return response.send(Buffer.from(bytes))
  }

  /** The original file, under its original (Vietnamese) name. */
  async download({ params, response, bouncer }: HttpContext) {
    const { version } = await this.authorized(params, bouncer, 'download')
    return this.sendFile(response, version, 'attachment')
  }

  /** PDF only, inline, for the same-origin <iframe> of the report page. */
  async file({ params, response, bouncer }: HttpContext) {
    const { version } = await this.authorized(params, bouncer, 'view')
    if (version.mimeType !== 'application/pdf') return response.notFound()
    return this.sendFile(response, version, 'inline')
  }

  private async sendFile(
    response: HttpContext['response'],
    version: DocumentVersion,
    disposition: 'attachment' | 'inline'
  ) {
    const stream = await defaultStorage().stream(version.storageKey)
    response.header('Content-Type', version.mimeType)
    response.header('Content-Length', String(version.size))
    response.header('Content-Disposition', contentDisposition(disposition, version.originalName))
    response.header('Cache-Control', 'private, no-store')
    response.header('X-Content-Type-Options', 'nosniff')
    return response.stream(stream)
  }

  /** Authorize first: a guessed id answers 404 (no such document/version) or 403, never data. */
  private async authorized(
    params: Record<string, string>,
    bouncer: HttpContext['bouncer'],
    action: 'view' | 'download'
  ) {
    const document = await Document.findOrFail(params.id)
    await bouncer.with('DocumentPolicy').authorize(action, document)
    const version = await findVersionOrFail(document, Number(params.number))
    return { document, version }
  }
}
