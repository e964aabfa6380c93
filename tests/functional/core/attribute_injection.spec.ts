import { test } from '@japa/runner'
import { readdir, readFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import { DomUtils, parseDocument } from 'htmlparser2'
import type { Element } from 'domhandler'
import SchoolClass from '#app/organization/models/school_class'
import Unit from '#app/organization/models/unit'
import type User from '#app/organization/models/user'
import InspectionNote from '#app/workflow/models/inspection_note'
import ReviewComment from '#app/workflow/models/review_comment'
import { saveSupportContact } from '#app/core/guide/support_contact'
import {
  currentSchoolYear,
  givenDepartment,
  givenDepartmentAdmin,
  givenSchoolWithAdmin,
  givenOffice,
  givenPersonWithRole,
} from '#tests/helpers/organization'
import { givenDocument, givenStaffedSchool } from '#tests/helpers/workflow'

/*
 * Every text a user can type is shown back somewhere, often inside an
 * attribute (an edit form's value, a search box). Each payload below tries
 * to leave the attribute and add an element or an event handler; the page
 * must show it as plain text. The HTML is parsed as a browser would, and
 * the test asserts that no injected element or attribute exists and that
 * the text itself did reach the page (so a field that is not rendered
 * cannot pass unnoticed).
 */
const PAYLOADS = [
  // At most 37 characters: with a 2-letter marker it fits the narrowest columns (class name, staff code: 40).
  { name: 'meta refresh', text: `"><meta http-equiv=refresh content=0>` },
  { name: 'img onerror', text: `"><img src=x onerror=alert(1)>` },
  { name: 'single-quote onfocus', text: `' onfocus='alert(1)' autofocus='` },
]

/** Elements and attributes none of our pages has: only an injection could create them. */
function injectedNodes(html: string) {
  const elements = DomUtils.findAll(() => true, parseDocument(html).children) as Element[]
  return elements.filter(
    (element) =>
      (element.name === 'meta' && 'http-equiv' in element.attribs) ||
      (element.name === 'img' && element.attribs.src === 'x') ||
      Object.keys(element.attribs).some((name) => name.startsWith('on'))
  )
}

/** Whether the exact text appears as a text node or a whole attribute value. */
function showsAsText(html: string, text: string) {
  const document = parseDocument(html)
  if (DomUtils.textContent(document).includes(text)) return true
  const elements = DomUtils.findAll(() => true, document.children) as Element[]
  return elements.some((element) =>
    Object.values(element.attribs).some((value) => value.includes(text))
  )
}

interface Place {
  field: string
  /** Who opens the page (null: someone not signed in). */
  viewer: User | null
  url: string
  /** Input sent back to a form after a refused submission (the field shows it again through old()). */
  flash?: Record<string, string>
}

/** One world where every editable text holds the payload (with a marker so each field is told apart). */
async function givenEverythingHolds(payload: string) {
  const value = (field: string) => `${field} ${payload}`
  const year = await currentSchoolYear()
  const staffed = await givenStaffedSchool()
  const { school, group, subgroup, teacher, groupHead } = staffed
  const admin = await givenPersonWithRole('school_admin', { school }, 'Đỗ Minh Quân')
  const deptAdmin = await givenDepartmentAdmin()
  const { department } = await givenDepartment()
  const leader = await givenPersonWithRole('dept_leader', { unit: department }, 'Vũ Văn Lãnh')

  group.name = value('group')
  await group.save()
  subgroup.name = value('subgroup')
  await subgroup.save()
  await SchoolClass.create({
    schoolId: school.id,
    schoolYearId: year.id,
    grade: 6,
    name: value('cl'),
  })
  school.name = value('school')
  await school.save()
  const office = await givenOffice({ name: value('unit') })
  await Unit.query()
    .where('id', office.id)
    .update({ name: value('unit') })

  teacher.fullName = value('fullName')
  teacher.staffCode = value('sc')
  teacher.email = value('email')
  await teacher.save()
  await givenPersonWithRole(
    'dept_specialist',
    { unit: department, subjects: ['toan'] },
    value('specialist')
  )

  await saveSupportContact(
    {
      hotline: '0839 886 666',
      email: null,
      unitName: value('supportUnit'),
      hours: value('supportHours'),
    },
    deptAdmin.id
  )

  const document = await givenDocument(teacher, {
    group,
    subgroup,
    status: 'submitted',
    title: value('title'),
  })
  await ReviewComment.create({
    documentId: document.id,
    versionId: document.currentVersionId,
    authorUserId: groupHead.id,
    body: value('comment'),
  })
  await InspectionNote.create({
    documentId: document.id,
    versionId: document.currentVersionId,
    authorUserId: leader.id,
    authorRole: 'dept_leader',
    body: value('note'),
  })

  const query = encodeURIComponent(value('search'))
  const places: Place[] = [
    { field: 'group', viewer: admin, url: `/admin/schools/${school.id}` },
    { field: 'group', viewer: admin, url: `/admin/schools/${school.id}/groups/${group.id}/edit` },
    {
      field: 'subgroup',
      viewer: admin,
      url: `/admin/schools/${school.id}/groups/${group.id}/subgroups/${subgroup.id}/edit`,
    },
    { field: 'cl', viewer: admin, url: `/admin/schools/${school.id}/classes` },
    { field: 'fullName', viewer: admin, url: `/admin/schools/${school.id}/staff` },
    { field: 'sc', viewer: admin, url: `/admin/schools/${school.id}/staff` },
    { field: 'fullName', viewer: admin, url: `/admin/schools/${school.id}/staff/${teacher.id}` },
    { field: 'email', viewer: admin, url: `/admin/schools/${school.id}/staff/${teacher.id}` },
    { field: 'specialist', viewer: deptAdmin, url: '/admin/department/specialists' },
    { field: 'fullName', viewer: teacher, url: '/' },
    { field: 'school', viewer: deptAdmin, url: '/admin/department' },
    { field: 'school', viewer: deptAdmin, url: `/admin/department/schools/${school.id}/edit` },
    { field: 'unit', viewer: deptAdmin, url: '/admin/department/units' },
    { field: 'unit', viewer: deptAdmin, url: `/admin/department/units/${office.id}/edit` },
    { field: 'supportUnit', viewer: deptAdmin, url: '/admin/support' },
    { field: 'supportHours', viewer: deptAdmin, url: '/admin/support' },
    { field: 'supportUnit', viewer: teacher, url: '/guide' },
    { field: 'title', viewer: teacher, url: '/documents' },
    { field: 'title', viewer: teacher, url: `/documents/${document.id}` },
    { field: 'comment', viewer: groupHead, url: `/reviews/${document.id}` },
    { field: 'note', viewer: leader, url: `/inspection/${document.id}` },
    { field: 'search', viewer: teacher, url: `/documents/search?q=${query}` },
    { field: 'search', viewer: admin, url: `/admin/schools/${school.id}/staff?q=${query}` },
    { field: 'search', viewer: deptAdmin, url: `/admin/department?q=${query}` },
    { field: 'search', viewer: leader, url: `/inspection?teacher=${query}` },
    { field: 'old', viewer: null, url: '/login', flash: { login: value('old') } },
    {
      field: 'old',
      viewer: admin,
      url: `/admin/schools/${school.id}/staff`,
      flash: { fullName: value('old'), email: value('old') },
    },
    {
      field: 'old',
      viewer: admin,
      url: `/admin/schools/${school.id}/groups/${group.id}/edit`,
      flash: { name: value('old') },
    },
    {
      field: 'old',
      viewer: deptAdmin,
      url: '/admin/support',
      flash: { unitName: value('old'), hotline: value('old') },
    },
  ]
  return { places, value }
}

test.group('Attribute injection: typed text stays text', () => {
  for (const payload of PAYLOADS) {
    test(`every editable field and reflected parameter: ${payload.name}`, async ({
      client,
      assert,
    }) => {
      const { places, value } = await givenEverythingHolds(payload.text)
      for (const place of places) {
        const request = client.get(place.url).withFlashMessages(place.flash ?? {})
        const response = await (place.viewer ? request.loginAs(place.viewer) : request)
        const where = `${place.field} on ${place.url}`
        assert.equal(response.status(), 200, where)
        const html = response.text()
        assert.deepEqual(
          injectedNodes(html).map(
            (element) => `<${element.name} ${JSON.stringify(element.attribs)}>`
          ),
          [],
          `injected markup from ${where}`
        )
        assert.isTrue(showsAsText(html, value(place.field)), `${where} shows the text`)
      }
    })
  }

  test('an error page keeps a stored support contact as text', async ({ client, assert }) => {
    const deptAdmin = await givenDepartmentAdmin()
    const text = `"><meta http-equiv="refresh" content="0;url=https://ke-gian.example">`
    await saveSupportContact(
      { hotline: '0839 886 666', email: null, unitName: text, hours: null },
      deptAdmin.id
    )
    const response = await client.get('/khong-co-trang-nay').loginAs(deptAdmin)
    response.assertStatus(404)
    assert.deepEqual(injectedNodes(response.text()), [])
    assert.isTrue(showsAsText(response.text(), text))
  })

  test("no view spreads props with Edge's unescaped toAttrs(); components use attrs()", async ({
    assert,
  }) => {
    const root = app.viewsPath()
    const entries = await readdir(root, { recursive: true })
    const files = entries.filter((file) => file.endsWith('.edge'))
    const offenders: string[] = []
    for (const file of files) {
      const content = await readFile(`${root}/${file}`, 'utf8')
      if (content.includes('.toAttrs(')) offenders.push(file)
    }
    assert.deepEqual(offenders, [])
    assert.isAbove(files.length, 50)
  })

  for (const payload of PAYLOADS) {
    test(`an uploaded staff list shows its cells as text in the preview: ${payload.name}`, async ({
      client,
      assert,
    }) => {
      const { school, admin } = await givenSchoolWithAdmin()
      const cell = (text: string) => `"${text.replaceAll('"', '""')}"`
      const csv = [
        'Mã định danh,Họ và tên,E-mail,Tổ chuyên môn',
        [
          cell(`ma ${payload.text}`),
          cell(`ten ${payload.text}`),
          cell(`thu ${payload.text}`),
          cell(`to ${payload.text}`),
        ].join(','),
      ].join('\n')
      const upload = await client
        .post(`/admin/schools/${school.id}/imports`)
        .file('file', Buffer.from(csv, 'utf8'), { filename: 'danh-sach.csv' })
        .loginAs(admin)
        .withCsrfToken()
        .redirects(0)
      const preview = await client.get(upload.header('location') ?? '').loginAs(admin)
      preview.assertStatus(200)
      assert.deepEqual(injectedNodes(preview.text()), [])
      assert.isTrue(showsAsText(preview.text(), `ten ${payload.text}`))
    })
  }
})
