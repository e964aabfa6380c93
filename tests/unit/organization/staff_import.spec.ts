import { test } from '@japa/runner'
import ExcelJS from 'exceljs'
import hash from '@adonisjs/core/services/hash'
import db from '@adonisjs/lucid/services/db'
import User from '#app/organization/models/user'
import type School from '#app/organization/models/school'
import { previewImport } from '#app/organization/services/staff_import/preview_import'
import { applyImport } from '#app/organization/services/staff_import/apply_import'
import { staffTemplate } from '#app/organization/services/staff_import/template'
import { AccessScope } from '#app/organization/services/access_scope'
import { AdminReach } from '#app/organization/services/admin_reach'
import {
  currentSchoolYear,
  givenGroup,
  givenPersonWithRole,
  givenSchool,
  givenSubgroup,
} from '#tests/helpers/organization'

/*
 * A 3,000-row staff list as SMAS exports it (title rows above the header),
 * with 20 faulty rows planted at known lines.
 */

const HEADER = [
  'STT',
  'Mã định danh',
  'Họ và tên',
  'Ngày sinh',
  'E-mail',
  'Tổ chuyên môn',
  'Nhóm chuyên môn',
  'Môn dạy',
  'Chức vụ',
]
const TITLE_ROWS = 3 // title, subtitle, blank → the header is line 4, data starts at line 5
const FIRST_DATA_LINE = TITLE_ROWS + 2

type Fault =
  'duplicateCode' | 'unknownGroup' | 'badEmail' | 'missingName' | 'badBirthDate' | 'unknownSubject'
const FAULTS: Fault[] = [
  ...Array(4).fill('duplicateCode'),
  ...Array(4).fill('unknownGroup'),
  ...Array(4).fill('badEmail'),
  ...Array(4).fill('missingName'),
  ...Array(2).fill('badBirthDate'),
  ...Array(2).fill('unknownSubject'),
]
const EXPECTED_REASON: Record<Fault, RegExp> = {
  duplicateCode: /^Mã định danh \d+ trùng với dòng \d+\.$/,
  unknownGroup: /^Tổ chuyên môn “Tổ Thiên văn” chưa có trong trường/,
  badEmail: /^E-mail “.+” không hợp lệ\.$/,
  missingName: /^Thiếu họ và tên\.$/,
  badBirthDate: /^Ngày sinh “31\/02\/1980” không hợp lệ/,
  unknownSubject: /^Môn dạy “Thiên văn học” không có trong chương trình 2018\.$/,
}

interface StaffList {
  bytes: Buffer
  /** line → the fault planted there */
  faults: Map<number, Fault>
}

async function givenSchoolWithGroups() {
  const school = await givenSchool({ type: 'thpt' })
  const math = await givenGroup(school, 'Tổ Toán - Tin')
  await givenSubgroup(math, { name: 'Nhóm Toán', subject: 'toan' })
  await givenSubgroup(math, { name: 'Nhóm Tin học', subject: 'tin_hoc' })
  const literature = await givenGroup(school, 'Tổ Ngữ văn')
  await givenSubgroup(literature, { name: 'Nhóm Ngữ văn', subject: 'ngu_van' })
  return school
}

/** n rows, every 150th one faulty (20 faults over 3,000 rows). */
async function smasExport(rows: number, codePrefix: string): Promise<StaffList> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('DSGV')
  sheet.addRow(['DANH SÁCH CÁN BỘ, GIÁO VIÊN NĂM HỌC 2025-2026'])
  sheet.addRow(['(Xuất từ phần mềm SMAS)'])
  sheet.addRow([])
  sheet.addRow(HEADER)
  const faults = new Map<number, Fault>()
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Vũ']
  const given = ['Lan', 'Hùng', 'Mai', 'Dũng', 'Hương', 'Tuấn']

  for (let index = 0; index < rows; index++) {
    const line = FIRST_DATA_LINE + index
    const fault = index % 150 === 149 ? FAULTS[Math.floor(index / 150)] : undefined
    const code = `${codePrefix}${String(index + 1).padStart(5, '0')}`
    const math = index % 3 !== 0
    const row = {
      code: fault === 'duplicateCode' ? `${codePrefix}${String(index).padStart(5, '0')}` : code,
      name: fault === 'missingName' ? '' : `${family[index % 5]} Thị ${given[index % 6]}`,
      birth:
        fault === 'badBirthDate'
          ? '31/02/1980'
          : `${String((index % 28) + 1).padStart(2, '0')}/0${(index % 9) + 1}/19${70 + (index % 30)}`,
      email: fault === 'badEmail' ? `gv${index}@truong` : `gv.${code.toLowerCase()}@truong.edu.vn`,
      group: fault === 'unknownGroup' ? 'Tổ Thiên văn' : math ? 'Tổ Toán - Tin' : 'Ngữ văn',
      subgroup: math ? (index % 3 === 1 ? 'Nhóm Toán' : 'Tin học') : 'Nhóm Ngữ văn',
      subject:
        fault === 'unknownSubject'
          ? 'Thiên văn học'
          : math
            ? index % 3 === 1
              ? 'Toán'
              : 'Tin học'
            : 'Ngữ văn',
      position: index % 100 === 0 ? 'Giáo viên, Nhóm trưởng' : 'GV',
    }
    sheet.addRow([
      index + 1,
      row.code,
      row.name,
      row.birth,
      row.email,
      row.group,
      row.subgroup,
      row.subject,
      row.position,
    ])
    if (fault) faults.set(line, fault)
  }
  return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), faults }
}

/** The school's software administrator importing into the current year. */
async function importTarget(school: School) {
  const year = await currentSchoolYear()
  const admin = await givenPersonWithRole('school_admin', { school })
  return {
    schoolId: school.id,
    schoolYearId: year.id,
    reach: AdminReach.of(await AccessScope.for(admin, year.id)),
  }
}

async function importFile(list: StaffList | Buffer, school: School, fileName = 'dsgv.xlsx') {
  const target = await importTarget(school)
  const bytes = Buffer.isBuffer(list) ? list : list.bytes
  const { rows } = await previewImport(bytes, fileName, target)
  const outcome = await applyImport(rows, target)
  return { rows, outcome }
}

test.group('Staff import from a SMAS / CSDL ngành export', (group) => {
  /*
   * Rolled back after each test: the 3,000 imported teachers (with e-mail
   * addresses) would otherwise stay in the run's shared database and make
   * every later city-wide job, e.g. the reminders, e-mail all of them.
   */
  group.each.setup(async () => {
    await db.beginGlobalTransaction()
    return () => db.rollbackGlobalTransaction()
  })

  test('3,000 rows with 20 faulty ones: exactly those 20 are reported, the rest imported; a re-import changes nothing', async ({
    assert,
  }) => {
    const school = await givenSchoolWithGroups()
    const list = await smasExport(3000, '88')

    const started = performance.now()
    const first = await importFile(list, school)
    const firstSeconds = (performance.now() - started) / 1000

    const faulty = first.rows.filter((row) => row.errors.length > 0)
    assert.sameMembers(
      faulty.map((row) => row.line),
      [...list.faults.keys()]
    )
    for (const row of faulty) {
      assert.lengthOf(row.errors, 1, `line ${row.line}: ${row.errors.join(' ')}`)
      assert.match(row.errors[0], EXPECTED_REASON[list.faults.get(row.line)!], `line ${row.line}`)
    }
    assert.equal(first.outcome.created.length, 2980)
    assert.equal(first.outcome.skipped, 20)

    const teachers = await db
      .from('role_assignments')
      .where('school_id', school.id)
      .where('role', 'teacher')
      .count('* as total')
      .first()
    assert.equal(Number(teachers.total), 2980)
    const leads = await db
      .from('role_assignments')
      .where('school_id', school.id)
      .where('role', 'subgroup_lead')
      .count('* as total')
      .first()
    assert.equal(Number(leads.total), 30)

    const again = await importFile(list, school)
    assert.equal(again.outcome.created.length, 0)
    assert.equal(again.outcome.updated, 0)
    assert.equal(again.outcome.unchanged, 2980)
    const users = await db
      .from('users')
      .where('staff_code', 'like', '88%')
      .count('* as total')
      .first()
    assert.equal(Number(users.total), 2980)

    console.log(
      `      3,000-row import: ${firstSeconds.toFixed(1)} s (first), re-import changed nothing`
    )
  }).timeout(120_000)

  test('a new account signs in with the generated password and must change it', async ({
    assert,
  }) => {
    const school = await givenSchoolWithGroups()
    const { outcome } = await importFile(await smasExport(3, '77'), school)
    const credential = outcome.created[0]
    const user = await User.findByOrFail('staff_code', credential.staffCode)
    assert.equal(user.username, credential.staffCode.toLowerCase())
    assert.isTrue(user.mustChangePassword)
    assert.isTrue(await hash.verify(user.password, credential.password))
    const verified = await User.verifyCredentials(credential.username, credential.password)
    assert.equal(verified.id, user.id)
  })

  test('a re-import with a corrected name and a new group updates the same account', async ({
    assert,
  }) => {
    const school = await givenSchoolWithGroups()
    const csv = (name: string, groupName: string) =>
      Buffer.from(
        `\uFEFFMã định danh;Họ và tên;Tổ chuyên môn;Môn dạy\n0066001;${name};${groupName};Toán\n`,
        'utf8'
      )
    const first = await importFile(csv('Nguyen Thi Lan', 'Tổ Toán - Tin'), school, 'ds.csv')
    assert.equal(first.outcome.created.length, 1)
    assert.equal(
      first.outcome.created[0].staffCode,
      '0066001',
      'leading zeros of the code are kept'
    )

    const second = await importFile(csv('Nguyễn Thị Lan', 'TỔ NGỮ VĂN'), school, 'ds.csv')
    assert.deepEqual([second.outcome.created.length, second.outcome.updated], [0, 1])
    const user = await User.findByOrFail('staff_code', '0066001')
    assert.equal(user.fullName, 'Nguyễn Thị Lan')
    const assignments = await db
      .from('role_assignments')
      .where('user_id', user.id)
      .where('role', 'teacher')
    assert.lengthOf(assignments, 1)
  })

  test('the CSDL ngành column names (Họ đệm + Tên, Mã cán bộ) are understood', async ({
    assert,
  }) => {
    const school = await givenSchoolWithGroups()
    const csv = Buffer.from(
      'Mã cán bộ,Họ đệm,Tên,Tổ bộ môn,Môn giảng dạy,Chức danh\n55001,Trần Văn,Hùng,Toán - Tin,"Toán, Tin học",Tổ trưởng\n',
      'utf8'
    )
    const { rows } = await importFile(csv, school, 'csdl.csv')
    assert.deepEqual(rows[0].errors, [])
    assert.equal(rows[0].fullName, 'Trần Văn Hùng')
    assert.deepEqual(rows[0].subjectCodes, ['toan', 'tin_hoc'])
    assert.deepEqual(rows[0].roles, ['group_head'])
  })

  test('the template reads back with no error once its example row is used', async ({ assert }) => {
    const school = await givenSchoolWithGroups()
    const template = await staffTemplate(['Tổ Toán - Tin'])
    const { rows } = await previewImport(template, 'mau.xlsx', await importTarget(school))
    assert.lengthOf(rows, 1)
    assert.deepEqual(rows[0].errors, [])
  })
})
