import type { HttpContext } from '@adonisjs/core/http'
import { readFile } from 'node:fs/promises'
import encryption from '@adonisjs/core/services/encryption'
import ExcelJS from 'exceljs'
import Group from '#app/organization/models/group'
import ImportBatch from '#app/organization/models/import_batch'
import { managedSchool } from '#app/organization/services/admin_school'
import { previewImport } from '#app/organization/services/staff_import/preview_import'
import { applyImport, type Credential } from '#app/organization/services/staff_import/apply_import'
import { SheetFormatError } from '#app/organization/services/staff_import/read_sheet'
import { staffTemplate } from '#app/organization/services/staff_import/template'
import { importUploadValidator } from '#app/organization/validators/admin'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Upload a staff list → preview with per-row errors → confirm → initial passwords, downloadable once. */
export default class StaffImportsController {
  async template(ctx: HttpContext) {
    const { school } = await managedSchool(ctx)
    const groups = await Group.query()
      .where('school_id', school.id)
      .where('is_active', true)
      .orderBy('name')
    const bytes = await staffTemplate(groups.map((group) => group.name))
    return this.download(ctx, bytes, 'mau-danh-sach-giao-vien.xlsx')
  }

  async create(ctx: HttpContext) {
    const { school } = await managedSchool(ctx)
    return ctx.view.render('pages/organization/import_new', { school })
  }

  async store(ctx: HttpContext) {
    const { school, year, reach } = await managedSchool(ctx)
    const t = (key: string) => ctx.i18n.t(`organization.import.${key}`)
    if (!year) return this.back(ctx, ctx.i18n.t('organization.common.noCurrentYear'))
    const { file } = await ctx.request.validateUsing(importUploadValidator)

    try {
      const bytes = await readFile(file.tmpPath!)
      const { rows } = await previewImport(bytes, file.clientName, {
        schoolId: school.id,
        schoolYearId: year.id,
        reach,
      })
      const batch = await ImportBatch.create({
        userId: ctx.auth.user!.id,
        schoolId: school.id,
        schoolYearId: year.id,
        fileName: file.clientName,
        rows,
        status: 'preview',
        credentials: null,
      })
      return ctx.response
        .redirect()
        .toRoute('staff_imports.show', { schoolId: school.id, batchId: batch.id })
    } catch (error) {
      if (error instanceof SheetFormatError)
        return this.back(ctx, t(error.message === 'noHeader' ? 'noHeader' : 'badFile'))
      throw error
    }
  }

  async show(ctx: HttpContext) {
    const { school } = await managedSchool(ctx)
    const batch = await this.batch(ctx, school.id)
    const faulty = batch.rows.filter((row) => row.errors.length > 0)
    const valid = batch.rows.filter((row) => row.errors.length === 0)
    return ctx.view.render('pages/organization/import_preview', {
      school,
      batch,
      faulty,
      valid,
      shown: valid.slice(0, 50),
    })
  }

  async confirm(ctx: HttpContext) {
    const { school, reach } = await managedSchool(ctx)
    const batch = await this.batch(ctx, school.id)
    if (batch.status !== 'preview')
      return this.back(ctx, ctx.i18n.t('organization.import.alreadyDone'))

    const outcome = await applyImport(batch.rows, {
      schoolId: school.id,
      schoolYearId: batch.schoolYearId,
      reach,
    })
    batch.status = 'done'
    batch.credentials = outcome.created.length
      ? encryption.encrypt(JSON.stringify(outcome.created))
      : null
    await batch.save()
    return ctx.view.render('pages/organization/import_done', { school, batch, outcome })
  }

  /** The initial passwords as a sheet to print; handed out once, then forgotten. */
  async passwords(ctx: HttpContext) {
    const { school } = await managedSchool(ctx)
    const batch = await this.batch(ctx, school.id)
    const credentials = batch.credentials ? encryption.decrypt<string>(batch.credentials) : null
    if (!credentials) return this.back(ctx, ctx.i18n.t('organization.import.downloaded'))

    batch.credentials = null
    await batch.save()
    const bytes = await credentialsSheet(JSON.parse(credentials), school.name, ctx.i18n)
    return this.download(ctx, bytes, `mat-khau-ban-dau-${batch.id}.xlsx`)
  }

  private async batch(ctx: HttpContext, schoolId: number) {
    return ImportBatch.query()
      .where('id', ctx.params.batchId)
      .where('school_id', schoolId)
      .firstOrFail()
  }

  private back(ctx: HttpContext, message: string) {
    ctx.session.flash('error', message)
    return ctx.response.redirect().back()
  }

  private download(ctx: HttpContext, bytes: Buffer, fileName: string) {
    ctx.response.header('content-type', XLSX)
    ctx.response.header('content-disposition', `attachment; filename="${fileName}"`)
    ctx.response.header('cache-control', 'no-store')
    return ctx.response.send(bytes)
  }
}

async function credentialsSheet(
  credentials: Credential[],
  schoolName: string,
  i18n: HttpContext['i18n']
) {
  const t = (key: string, data?: Record<string, unknown>) =>
    i18n.t(`organization.import.credentialsSheet.${key}`, data)
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(t('sheet'))
  sheet.addRow([t('title', { school: schoolName })]).font = { bold: true }
  sheet.addRow([t('hint')])
  sheet.addRow([])
  sheet.addRow([t('staffCode'), t('fullName'), t('username'), t('password')]).font = { bold: true }
  for (const credential of credentials)
    sheet.addRow([
      credential.staffCode,
      credential.fullName,
      credential.username,
      credential.password,
    ])
  sheet.columns.forEach((column) => (column.width = 24))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
