import { test } from '@japa/runner'
import { ApiRequest, type ApiClient } from '@japa/api-client'
import ExcelJS from 'exceljs'
import type User from '#app/organization/models/user'
import { givenDepartment, givenPersonWithRole, givenTeacher } from '#tests/helpers/organization'
import { givenDocument, givenStaffedSchool } from '#tests/helpers/workflow'

/*
 * Dashboards and their .xlsx exports answer only within the viewer's scope,
 * whatever ?school= or ?group= the URL names: a subject specialist sees the
 * subjects he covers (no finding of another subject, no teacher without a
 * plan in them), a principal his school, a teacher nothing but his own.
 */

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
ApiRequest.addParser(XLSX, (res: any, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = []
  res.on('data', (chunk: Buffer) => chunks.push(chunk))
  res.on('end', () => done(null, Buffer.concat(chunks)))
})

/** The exported table as text (every cell), or null when the viewer has no such table. */
async function exported(client: ApiClient, user: User, table: string, query = '') {
  const response = await client.get(`/dashboard/export/${table}${query}`).loginAs(user)
  if (response.status() === 404) return null
  response.assertStatus(200)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(response.body())
  const rows = workbook.worksheets[0].getSheetValues().filter(Boolean) as unknown[][]
  return rows.map((row) => row.slice(1).join(' | ')).join('\n')
}

const MATH_FINDING = 'Thiếu mục "I. Mục tiêu".' // the errors outcome of givenDocument
const INFORMATICS_FINDING = 'Tên hoạt động khác mẫu.' // the warnings outcome

/** A school with a Toán plan (with an error finding) by one teacher and a Tin học plan (with a warning) by another. */
async function givenSchoolWithTwoSubjects() {
  const staff = await givenStaffedSchool()
  const { group, subgroup, otherSubgroup, teacher } = staff
  const informatics = await givenTeacher({
    group,
    subgroup: otherSubgroup,
    subjects: ['tin_hoc'],
    fullName: 'Võ Thị Tin',
  })
  await givenDocument(teacher, {
    kind: 'pl4',
    group,
    subgroup,
    subject: 'toan',
    status: 'submitted',
    check: 'errors',
    title: 'Bài Toán',
  })
  await givenDocument(informatics, {
    kind: 'pl4',
    group,
    subgroup: otherSubgroup,
    subject: 'tin_hoc',
    status: 'submitted',
    check: 'warnings',
    title: 'Bài Tin',
  })
  return { ...staff, informatics }
}

test.group('Dashboards answer within the viewer’s scope', () => {
  test('a specialist drilling into a school sees only the covered subject’s figures and findings', async ({
    client,
    assert,
  }) => {
    const { school, group, teacher, informatics } = await givenSchoolWithTwoSubjects()
    const organization = await givenDepartment()
    const specialist = await givenPersonWithRole('dept_specialist', {
      unit: organization.division,
      subjects: ['tin_hoc'],
    })

    for (const query of [`?school=${school.id}`, '']) {
      const findings = (await exported(client, specialist, 'findings', query)) ?? ''
      assert.notInclude(findings, MATH_FINDING, query)
      if (query) assert.include(findings, INFORMATICS_FINDING)
    }
    const page = await client.get(`/dashboard?school=${school.id}`).loginAs(specialist)
    assert.notInclude(page.text(), MATH_FINDING.replaceAll('"', '&quot;'))

    const totals = (await exported(client, specialist, 'school', `?school=${school.id}`))!
    assert.include(totals, `${school.name} | 1 | 0 | 1 | 0`) // one plan (Tin học) in total, submitted

    const teachers = (await exported(client, specialist, 'teachers', `?group=${group.id}`))!
    assert.include(teachers, informatics.fullName)
    assert.notInclude(teachers, teacher.fullName)
  })

  test('the principal sees the whole school, including what the specialist does not', async ({
    client,
    assert,
  }) => {
    const { school, group, teacher, informatics, principal } = await givenSchoolWithTwoSubjects()
    const findings = (await exported(client, principal, 'findings'))!
    assert.include(findings, MATH_FINDING)
    assert.include(findings, INFORMATICS_FINDING)
    const totals = (await exported(client, principal, 'school'))!
    assert.include(totals, `${school.name} | 2 |`)
    const teachers = (await exported(client, principal, 'teachers', `?group=${group.id}`))!
    assert.include(teachers, teacher.fullName)
    assert.include(teachers, informatics.fullName)
  })

  test('another school named in the URL changes nothing for a principal, an office or a group head', async ({
    client,
    assert,
  }) => {
    const target = await givenSchoolWithTwoSubjects()
    const elsewhere = await givenStaffedSchool()
    const organization = await givenDepartment()
    const otherOffice = await givenPersonWithRole('office_inspector', {
      unit: organization.division,
    })

    for (const viewer of [elsewhere.principal, elsewhere.groupHead, otherOffice]) {
      for (const query of [`?school=${target.school.id}`, `?group=${target.group.id}`]) {
        const page = await client.get(`/dashboard${query}`).loginAs(viewer)
        page.assertStatus(200)
        assert.notInclude(page.text(), target.school.name, `${viewer.fullName} ${query}`)
        assert.notInclude(page.text(), target.informatics.fullName, `${viewer.fullName} ${query}`)
        for (const table of ['findings', 'teachers', 'groups', 'school', 'schools']) {
          const text = (await exported(client, viewer, table, query)) ?? ''
          assert.notInclude(text, target.school.name, `${table} ${query}`)
          assert.notInclude(text, target.informatics.fullName, `${table} ${query}`)
        }
      }
    }
  })

  test('a teacher has no school or city tables to export', async ({ client, assert }) => {
    const { school, teacher } = await givenSchoolWithTwoSubjects()
    for (const table of ['findings', 'schools', 'groups', 'school', 'teachers']) {
      assert.isNull(await exported(client, teacher, table, `?school=${school.id}`), table)
    }
  })
})
