import { test } from '@japa/runner'
import type { TestContext } from '@japa/runner/core'
import ExcelJS from 'exceljs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Document from '#app/documents/models/document'
import School from '#app/organization/models/school'
import Subject from '#app/organization/models/subject'
import type User from '#app/organization/models/user'
import { TEMPLATE_COLUMNS } from '#app/organization/services/staff_import/columns'
import { VIEWPORTS } from '#app/core/guide/screenshots'
import { GuideCamera } from '#tests/guide/guide_camera'
import {
  DEMO_PASSWORD,
  demoUser,
  givenDemoOrganization,
  givenSubmittedLessonPlan,
  givenSubmittedPlan,
  lessonPlanFile,
  NEXT_LESSONS,
  requirePasswordChange,
} from '#tests/guide/demo_data'

/*
 * Each test follows one role's guide (app/core/guide/guides.ts) on the demo
 * organization, checking at every step what the guide says the reader will
 * see, and hands the screen to the GuideCamera, which photographs it when
 * the guide's pictures are stale (or always, with npm run docs:screenshots).
 */

const LESSON = 'Bài 5. Phân số với tử và mẫu là số nguyên'

/** Opens a page at the desktop size the guide is photographed at. */
async function open(visit: TestContext['visit'], url: string) {
  const page = await visit(url)
  await page.setViewportSize(VIEWPORTS.desktop)
  return page
}

async function signInAs(browserContext: TestContext['browserContext'], user: User) {
  await browserContext.clearCookies()
  /* The session carries the account's session version, which a password change (earlier in the walk) raised. */
  await user.refresh()
  await browserContext.loginAs(user)
}

test.group('User guide walkthroughs (browser, demo data)', (group) => {
  group.tap((t) => t.tags(['guide']))
  group.setup(() => givenDemoOrganization())

  test('teacher: first sign-in, password, upload, findings, new version, submit, approved', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const camera = GuideCamera.for('teacher')
    const teacher = await demoUser('gv.toan')
    await requirePasswordChange(teacher)
    await browserContext.clearCookies()

    /* Sign in with the password on the school's slip, then choose one's own. */
    const page = await open(visit, '/login')
    await page.getByLabel('Tên đăng nhập hoặc e-mail').fill('gv.toan')
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD)
    await camera.shot(page, 'dang-nhap')
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL(/\/account\/password/)
    await page.assertTextContains('main', 'lần đăng nhập đầu tiên')
    await page.locator('#field-currentPassword').fill(DEMO_PASSWORD)
    await page.locator('#field-newPassword').fill('lan-toan-2025')
    await page.locator('#field-newPasswordConfirmation').fill('lan-toan-2025')
    await camera.shot(page, 'doi-mat-khau')
    await page.getByRole('button', { name: 'Lưu mật khẩu mới' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await page.assertTextContains('.welcome', 'Bắt đầu nhanh')
    await camera.shot(page, 'trang-chu')

    /* Upload a lesson plan that lacks "I. Mục tiêu": the check says so and where. */
    const toan = await Subject.findByOrFail('code', 'toan')
    const upload = await open(visit, '/documents/new?kind=pl4')
    await upload.locator('select[name=subjectId]').selectOption(String(toan.id))
    await upload.locator('select[name=grade]').selectOption('6')
    await upload.locator('input[name=lessonTitle]').fill(LESSON)
    await upload.locator('input[name=periods]').fill('2')
    await upload.locator('input[name=teachingWeek]').fill('5')
    await upload.locator('input[name=file]').setInputFiles(
      await lessonPlanFile('ke-hoach-bai-day.docx', {
        teacher: teacher.fullName,
        mutations: [{ type: 'dropSection', key: 'I' }],
      })
    )
    await camera.shot(upload, 'tai-len')
    await upload.locator('form[action^="/documents?"] button[type=submit]').click()
    await upload.waitForURL(/\/documents\/\d+\/versions\/1$/)
    await upload.assertTextContains('.report-findings', 'Mục tiêu')
    await camera.shot(upload, 'ket-qua-kiem-tra')

    /* The fixed file as version 2; then submit. */
    const document = await Document.query()
      .where('owner_user_id', teacher.id)
      .orderBy('id', 'desc')
      .firstOrFail()
    const show = await open(visit, `/documents/${document.id}`)
    assert.isTrue(await show.getByRole('button', { name: 'Nộp duyệt' }).isDisabled())
    await show
      .locator('input[name=file]')
      .setInputFiles(
        await lessonPlanFile('ke-hoach-bai-day-da-sua.docx', { teacher: teacher.fullName })
      )
    await show
      .locator(`form[action^="/documents/${document.id}/versions?"] button[type=submit]`)
      .click()
    await show.waitForURL(/\/documents\/\d+\/versions\/2$/)
    await show.assertTextContains('main', 'Đã sửa')
    const fixed = await open(visit, `/documents/${document.id}`)
    await camera.shot(fixed, 'phien-ban-moi', { focus: '.version-list' })
    await fixed.getByRole('button', { name: 'Nộp duyệt' }).click()
    await fixed.assertTextContains('body', 'Đã nộp hồ sơ.')
    await camera.shot(fixed, 'nop-duyet')

    /* The subgroup lead approves; the teacher sees it approved with its history. */
    await signInAs(browserContext, await demoUser('nt.toan'))
    const review = await open(visit, `/reviews/${document.id}`)
    await review.getByRole('button', { name: 'Duyệt', exact: true }).click()
    await review.assertTextContains('body', 'Đã duyệt hồ sơ.')
    await signInAs(browserContext, teacher)
    const done = await open(visit, `/documents/${document.id}`)
    await done.assertTextContains('main', 'Đã duyệt')
    await done.assertTextContains('.workflow-history', 'Duyệt')
    await camera.shot(done, 'ket-qua-duyet')
    await camera.finish()
  })

  test('group head: review queue, approve, return with a comment, bulk approval, dashboard', async ({
    visit,
    browserContext,
  }) => {
    const camera = GuideCamera.for('group-head')
    const lead = await demoUser('nt.toan')
    const teacher = await demoUser('gv.toan')
    const plans = []
    for (const [index, lesson] of NEXT_LESSONS.entries())
      plans.push(await givenSubmittedLessonPlan(teacher, lesson, 6 + index))

    await signInAs(browserContext, lead)
    const queue = await open(visit, '/reviews')
    for (const lesson of NEXT_LESSONS) await queue.assertTextContains('main', lesson)
    await camera.shot(queue, 'hang-cho-duyet')

    const review = await open(visit, `/reviews/${plans[0].id}`)
    await review.assertTextContains('main', NEXT_LESSONS[0])
    await camera.shot(review, 'xem-va-duyet')
    await review.getByRole('button', { name: 'Duyệt', exact: true }).click()
    await review.assertTextContains('body', 'Đã duyệt hồ sơ.')

    const sendBack = await open(visit, `/reviews/${plans[1].id}`)
    await sendBack
      .getByLabel('Lý do trả lại')
      .fill('Hoạt động 3 cần thêm bài tập vận dụng cho học sinh khá, giỏi.')
    await camera.shot(sendBack, 'tra-lai', { focus: '#decision-title' })
    await sendBack.getByRole('button', { name: 'Trả lại', exact: true }).click()
    await sendBack.assertTextContains('body', 'Đã trả lại hồ sơ kèm nhận xét.')

    const bulk = await open(visit, '/reviews')
    for (const plan of plans.slice(2))
      await bulk.locator(`tr[data-document-id="${plan.id}"] input.review-select`).check()
    await camera.shot(bulk, 'duyet-hang-loat')
    await bulk.getByRole('button', { name: 'Duyệt các hồ sơ đã chọn' }).click()
    await bulk.assertTextContains('body', 'Đã duyệt 2 hồ sơ.')

    const dashboard = await open(visit, '/dashboard')
    await dashboard.assertTextContains('h1', 'Tổng quan')
    await camera.shot(dashboard, 'tong-quan')
    await camera.finish()
  })

  test("principal: the groups' plans, the school plan with the council decision and report, dashboard", async ({
    visit,
    browserContext,
  }) => {
    const camera = GuideCamera.for('principal')
    const principal = await demoUser('ht.chuvanan')
    await givenSubmittedPlan(await demoUser('tt.toantin'), 'pl1')
    const schoolPlan = await givenSubmittedPlan(principal, 'school_plan')

    await signInAs(browserContext, principal)
    const queue = await open(visit, '/reviews')
    await queue.assertTextContains('main', 'Kế hoạch dạy học môn Toán')
    await camera.shot(queue, 'ke-hoach-to')

    const council = await open(visit, `/reviews/${schoolPlan.id}`)
    await council.getByLabel('Số quyết định').fill('15/QĐ-HĐT')
    await council.getByLabel('Ngày quyết định').fill(new Date().toISOString().slice(0, 10))
    await camera.shot(council, 'ke-hoach-nha-truong', { focus: '#council-title' })
    await council.getByRole('button', { name: 'Ghi nhận phê duyệt và gửi báo cáo' }).click()
    await council.assertTextContains('body', 'Đã ghi nhận phê duyệt của Hội đồng trường')
    await camera.shot(council, 'da-bao-cao')

    const dashboard = await open(visit, '/dashboard')
    await dashboard.assertTextContains('h1', 'Tổng quan')
    await camera.shot(dashboard, 'tong-quan')
    await camera.finish()
  })

  test('school administrator: groups, staff import from Excel, initial passwords, staff list', async ({
    visit,
    browserContext,
  }) => {
    const camera = GuideCamera.for('school-admin')
    const school = await School.findByOrFail('code', 'THCS_CVA')
    await signInAs(browserContext, await demoUser('qt.chuvanan'))

    const groups = await open(visit, `/admin/schools/${school.id}`)
    await groups.assertTextContains('main', 'Tổ Toán - Tin')
    await camera.shot(groups, 'to-nhom')

    const importPage = await open(visit, `/admin/schools/${school.id}/imports/new`)
    await importPage.locator('input[type=file]').setInputFiles(await staffListFile())
    await importPage.getByRole('button', { name: 'Kiểm tra tệp' }).click()
    await importPage.waitForURL(/\/imports\/\d+$/)
    await importPage.assertTextContains('main', '3 dòng hợp lệ')
    await camera.shot(importPage, 'nhap-excel')
    await importPage.getByRole('button', { name: /Xác nhận nhập 3 dòng/ }).click()
    await importPage.assertTextContains('main', 'Tạo mới 3 tài khoản')
    await camera.shot(importPage, 'mat-khau-ban-dau')

    const staff = await open(visit, `/admin/schools/${school.id}/staff`)
    await staff.assertTextContains('main', 'Cấp lại mật khẩu')
    await camera.shot(staff, 'cap-lai-mat-khau')
    await camera.finish()
  })

  test('inspector: the scope, filters, an inspection note', async ({ visit, browserContext }) => {
    const camera = GuideCamera.for('inspector')
    const plan = await givenSubmittedLessonPlan(
      await demoUser('gv.toan'),
      'Bài 10. Phép cộng, phép trừ số thập phân',
      12
    )
    const school = await School.findByOrFail('code', 'THCS_CVA')
    await signInAs(browserContext, await demoUser('vhxh.ngoquyen'))

    const scope = await open(visit, '/inspection')
    await scope.assertTextContains('main', 'Bài 10. Phép cộng, phép trừ số thập phân')
    await camera.shot(scope, 'pham-vi')

    await scope.locator('#filter-school').selectOption(String(school.id))
    await scope.locator('#filter-kind').selectOption('pl4')
    await scope.getByRole('button', { name: 'Lọc', exact: true }).click()
    await scope.waitForURL(/kind=pl4/)
    await scope.assertTextContains('main', 'Bài 10. Phép cộng, phép trừ số thập phân')
    await camera.shot(scope, 'bo-loc')

    const note = await open(visit, `/inspection/${plan.id}`)
    await note
      .getByLabel('Nội dung nhận xét')
      .fill(
        'Kế hoạch đủ các hoạt động; đề nghị bổ sung tiêu chí đánh giá sản phẩm của Hoạt động 3.'
      )
    await note.getByRole('button', { name: 'Lưu nhận xét kiểm tra' }).click()
    await note.assertTextContains('body', 'Đã lưu nhận xét kiểm tra.')
    await note.assertTextContains('.workflow-notes', 'tiêu chí đánh giá')
    await camera.shot(note, 'nhan-xet', { focus: '.workflow-notes' })
    await camera.finish()
  })

  test('department administrator: schools, offices, school years, validator rules, support contact', async ({
    visit,
    browserContext,
  }) => {
    const camera = GuideCamera.for('dept-admin')
    await signInAs(browserContext, await demoUser('qt.so'))

    const schools = await open(visit, '/admin/department')
    await schools.assertTextContains('main', 'Trường THCS Chu Văn An')
    await camera.shot(schools, 'truong-hoc')

    const units = await open(visit, '/admin/department/units')
    await units.assertTextContains('main', 'Phòng Văn hoá - Xã hội phường Ngô Quyền')
    await camera.shot(units, 'phong-quan-ly')

    const years = await open(visit, '/admin/department/school-years')
    await years.assertTextContains('main', 'Thêm năm học')
    await camera.shot(years, 'nam-hoc')

    const validators = await open(visit, '/admin/validators')
    await validators.assertTextContains('h1', 'Bộ kiểm tra văn bản')
    await camera.shot(validators, 'bo-kiem-tra')

    const support = await open(visit, '/admin/support')
    await support.getByLabel('E-mail').fill('hotro.hscm@haiphong.edu.vn')
    await support.getByRole('button', { name: 'Lưu thông tin hỗ trợ' }).click()
    await support.assertTextContains('body', 'Đã lưu thông tin hỗ trợ.')
    await camera.shot(support, 'ho-tro')
    await camera.finish()
  })
})

/** A staff list as a school fills the template: three new teachers of Tổ Toán - Tin. */
async function staffListFile() {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Danh sách')
  sheet.addRow(TEMPLATE_COLUMNS.map((column) => column.header))
  const people = [
    [
      '9990000001',
      'Phạm Thu Hà',
      '12/04/1990',
      '',
      '',
      'Tổ Toán - Tin',
      'Nhóm Toán',
      'Toán',
      'Giáo viên',
    ],
    [
      '9990000002',
      'Vũ Đức Minh',
      '03/11/1988',
      '',
      '',
      'Tổ Toán - Tin',
      'Nhóm Tin học',
      'Tin học',
      'Giáo viên',
    ],
    [
      '9990000003',
      'Đặng Thị Hồng',
      '25/07/1993',
      '',
      '',
      'Tổ Toán - Tin',
      'Nhóm Toán',
      'Toán',
      'Giáo viên',
    ],
  ]
  for (const person of people) sheet.addRow(person)
  const folder = await mkdtemp(join(tmpdir(), 'hscm-guide-'))
  const path = join(folder, 'danh-sach-giao-vien.xlsx')
  await writeFile(path, Buffer.from(await workbook.xlsx.writeBuffer()))
  return path
}
