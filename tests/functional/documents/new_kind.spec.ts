import { test } from '@japa/runner'
import { copyFile, rm } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import i18nManager from '@adonisjs/i18n/services/main'
import db from '@adonisjs/lucid/services/db'
import Document from '#app/documents/models/document'
import RoleAssignment from '#app/organization/models/role_assignment'
import { registerKind, type KindDefinition } from '#app/core/registries/kinds'
import { sharedRegistry } from '#app/documents/validation/shared_registry'
import { toDocx } from '#tests/fixtures/plans'
import type { DocSpec } from '#tests/fixtures/doc_spec'
import { givenStaffedSchool, thenStatusIs } from '#tests/helpers/workflow'

/*
 * Adding a kind is one registry entry, its structure profile and its
 * labels. This test adds a throw-away kind (a group's meeting minutes)
 * exactly that way and walks it through the whole workflow over HTTP:
 * upload → automatic check against its profile → new version → submit →
 * approval by the principal's office → the school's dashboard.
 */
const KIND = 'zz_minutes'

const MINUTES: KindDefinition = {
  id: KIND,
  appendix: null,
  level: 'group',
  submitters: ['group_head', 'group_deputy'],
  submittedAs: ['group_head', 'group_deputy'],
  required: ['schoolYearId', 'schoolId', 'groupId'],
  optional: [],
  oneLessonPerFile: false,
  deadline: 'school_year',
  reviewers: { default: 'principal_office', choices: ['principal_office', 'principal'] },
  reportedUpward: false,
  expected: 'one_per_unit',
  statesSchoolYear: true,
}

const LABELS = {
  [`documents.kinds.${KIND}`]: 'Biên bản sinh hoạt tổ chuyên môn',
  [`documents.kindsShort.${KIND}`]: 'Biên bản tổ',
  [`workflow.kinds.${KIND}`]: 'Biên bản sinh hoạt tổ',
}

const PROFILE = app.makePath(`plugins/profiles/${KIND}.json`)

function minutes(withContent: boolean): DocSpec {
  return {
    blocks: [
      { type: 'heading', text: 'BIÊN BẢN SINH HOẠT TỔ CHUYÊN MÔN', level: 1, align: 'center' },
      { type: 'heading', text: '1. Thành phần tham dự', level: 2 },
      { type: 'paragraph', text: 'Các giáo viên của tổ Toán - Tin, vắng 01 (có phép).' },
      ...(withContent
        ? [
            { type: 'heading' as const, text: '2. Nội dung sinh hoạt', level: 2 },
            {
              type: 'paragraph' as const,
              text: 'Thống nhất kế hoạch dạy học học kì I và phân công dự giờ.',
            },
          ]
        : []),
      { type: 'paragraph', text: 'Buổi sinh hoạt kết thúc lúc 16 giờ 30 cùng ngày.' },
    ],
  }
}

test.group('A new kind: one registry entry, its profile and its labels', (group) => {
  group.setup(async () => {
    const unregister = registerKind(MINUTES)
    const translations = i18nManager.getTranslationsFor('vi')
    Object.assign(translations, LABELS)
    await copyFile(app.makePath(`tests/fixtures/kinds/${KIND}.json`), PROFILE)
    /* The structure plugin reads the profiles when it is set up: set it up again with the new one. */
    const registry = await sharedRegistry()
    await registry.get('cv5512:structure')!.setup!()
    return async () => {
      await db.from('documents').where('kind', KIND).delete()
      await rm(PROFILE, { force: true })
      for (const key of Object.keys(LABELS)) delete translations[key]
      unregister()
    }
  })

  test('upload, check against its profile, submit, approve and count it on the dashboard', async ({
    client,
    assert,
  }) => {
    const { group: schoolGroup, groupHead, vicePrincipal, principal } = await givenStaffedSchool()
    const assignment = await RoleAssignment.query()
      .where({ user_id: groupHead.id, role: 'group_head' })
      .firstOrFail()

    const form = await client.get(`/documents/new?kind=${KIND}`).loginAs(groupHead)
    form.assertStatus(200)
    form.assertTextIncludes('Biên bản sinh hoạt tổ chuyên môn')

    const upload = await client
      .post('/documents')
      .fields({ kind: KIND, targetId: assignment.id })
      .file('file', await toDocx(minutes(false)), { filename: 'bien-ban-thang-9.docx' })
      .loginAs(groupHead)
      .withCsrfToken()
      .redirects(0)
    const document = await Document.query()
      .where({ kind: KIND, owner_user_id: groupHead.id })
      .firstOrFail()
    upload.assertHeader('location', `/documents/${document.id}/versions/1`)
    assert.equal(document.groupId, schoolGroup.id)
    assert.equal(document.title, 'Biên bản sinh hoạt tổ chuyên môn')

    const report = await client.get(`/documents/${document.id}/versions/1`).loginAs(groupHead)
    report.assertTextIncludes('Thiếu mục &quot;Nội dung sinh hoạt&quot;.')

    const refused = await client
      .post(`/documents/${document.id}/submit`)
      .loginAs(groupHead)
      .withCsrfToken()
      .redirects(0)
    refused.assertFlashMessage(
      'error',
      'Phiên bản hiện tại còn lỗi cấu trúc. Hãy sửa theo báo cáo kiểm tra, tải phiên bản mới rồi nộp lại.'
    )
    await thenStatusIs(document, 'draft')

    await client
      .post(`/documents/${document.id}/versions`)
      .file('file', await toDocx(minutes(true)), { filename: 'bien-ban-thang-9-sua.docx' })
      .loginAs(groupHead)
      .withCsrfToken()
      .redirects(0)
    const fixed = await client.get(`/documents/${document.id}/versions/2`).loginAs(groupHead)
    fixed.assertStatus(200)
    fixed.assertTextIncludes('Kế hoạch đạt các yêu cầu được kiểm tra tự động.')
    fixed.assertTextIncludes('Đã sửa (1)')

    await client
      .post(`/documents/${document.id}/submit`)
      .loginAs(groupHead)
      .withCsrfToken()
      .redirects(0)
    await thenStatusIs(document, 'submitted')

    const queue = await client.get('/reviews').loginAs(vicePrincipal)
    queue.assertTextIncludes('Biên bản sinh hoạt tổ')
    const storedDocument = await Document.findOrFail(document.id)
    const approved = await client
      .post(`/reviews/${document.id}/approve`)
      .form({ versionId: storedDocument.currentVersionId })
      .loginAs(vicePrincipal)
      .withCsrfToken()
      .redirects(0)
    approved.assertHeader('location', '/reviews')
    await thenStatusIs(document, 'approved')

    const dashboard = await client.get('/dashboard').loginAs(principal)
    dashboard.assertStatus(200)
    const row = dashboardRow(dashboard.text(), schoolGroup.name, 'Biên bản sinh hoạt tổ')
    assert.deepEqual(row, [schoolGroup.name, 'Biên bản sinh hoạt tổ', '0', '1', '0', '0', '0'])
  })
})

/** The cells of the school table's row for this group and kind label. */
function dashboardRow(html: string, groupName: string, kindLabel: string): string[] {
  const rows = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((match) =>
    [...match[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) =>
      cell[1].replace(/<[^>]+>/g, '').trim()
    )
  )
  return rows.find((cells) => cells[0] === groupName && cells[1] === kindLabel) ?? []
}
