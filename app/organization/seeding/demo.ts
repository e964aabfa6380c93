import db from '@adonisjs/lucid/services/db'
import hash from '@adonisjs/core/services/hash'
import {
  planOrganization,
  type OrganizationPlan,
  type SchoolSpec,
  type UnitSpec,
} from '#app/organization/seeding/organization_plan'
import { writeOrganization } from '#app/organization/seeding/organization_writer'
import {
  ensureCurrentSchoolYear,
  schoolYearStartingAround,
} from '#app/organization/seeding/school_year_defaults'

/*
 * The demo organization `npm start` loads into an empty database: a
 * department modelled on Hải Phòng with its secondary-education division,
 * supervising offices from before and after the 1 July 2025 reform,
 * 13 schools of the three types, complete groups and subgroups, about 300
 * teachers, and one demo login per role.
 */

/** Demo password of every demo account (README and the login page list the logins). */
export const DEMO_PASSWORD = 'hscm@2025'

const DEPARTMENT: UnitSpec = {
  code: 'SGDDT_HP',
  kind: 'department',
  name: 'Sở Giáo dục và Đào tạo Hải Phòng',
}
const DIVISION: UnitSpec = {
  code: 'GDTRH',
  kind: 'division',
  name: 'Phòng Giáo dục trung học',
  parentCode: 'SGDDT_HP',
}
const OFFICES: UnitSpec[] = [
  {
    code: 'PGD_LECHAN',
    kind: 'office',
    name: 'Phòng GDĐT quận Lê Chân',
    parentCode: 'SGDDT_HP',
    officeLevel: 'district',
  },
  {
    code: 'PGD_THUYNGUYEN',
    kind: 'office',
    name: 'Phòng GDĐT huyện Thuỷ Nguyên',
    parentCode: 'SGDDT_HP',
    officeLevel: 'district',
  },
  {
    code: 'VHXH_HONGBANG',
    kind: 'office',
    name: 'Phòng Văn hoá - Xã hội phường Hồng Bàng',
    parentCode: 'SGDDT_HP',
    officeLevel: 'commune',
  },
  {
    code: 'VHXH_NGOQUYEN',
    kind: 'office',
    name: 'Phòng Văn hoá - Xã hội phường Ngô Quyền',
    parentCode: 'SGDDT_HP',
    officeLevel: 'commune',
  },
  {
    code: 'VHXH_ANLAO',
    kind: 'office',
    name: 'Phòng Văn hoá - Xã hội xã An Lão',
    parentCode: 'SGDDT_HP',
    officeLevel: 'commune',
  },
]

const SCHOOLS: SchoolSpec[] = [
  { code: 'THCS_CVA', name: 'Trường THCS Chu Văn An', type: 'thcs', officeCode: 'VHXH_NGOQUYEN' },
  { code: 'THCS_HBANG', name: 'Trường THCS Hồng Bàng', type: 'thcs', officeCode: 'VHXH_HONGBANG' },
  { code: 'THCS_LELOI', name: 'Trường THCS Lê Lợi', type: 'thcs', officeCode: 'VHXH_NGOQUYEN' },
  { code: 'THCS_TRANPHU_LC', name: 'Trường THCS Trần Phú', type: 'thcs', officeCode: 'PGD_LECHAN' },
  {
    code: 'THCS_THUYSON',
    name: 'Trường THCS Thuỷ Sơn',
    type: 'thcs',
    officeCode: 'PGD_THUYNGUYEN',
  },
  { code: 'THCS_ANLAO', name: 'Trường THCS An Lão', type: 'thcs', officeCode: 'VHXH_ANLAO' },
  { code: 'THPT_TRANPHU', name: 'Trường THPT chuyên Trần Phú', type: 'thpt', officeCode: 'GDTRH' },
  { code: 'THPT_NGOQUYEN', name: 'Trường THPT Ngô Quyền', type: 'thpt', officeCode: 'GDTRH' },
  { code: 'THPT_LQD', name: 'Trường THPT Lê Quý Đôn', type: 'thpt', officeCode: 'GDTRH' },
  { code: 'THPT_THAIPHIEN', name: 'Trường THPT Thái Phiên', type: 'thpt', officeCode: 'GDTRH' },
  {
    code: 'PT_MARIECURIE',
    name: 'Trường TH, THCS và THPT Marie Curie',
    type: 'multi',
    officeCode: 'PGD_LECHAN',
  },
  {
    code: 'PT_NBK',
    name: 'Trường THCS và THPT Nguyễn Bỉnh Khiêm',
    type: 'multi',
    officeCode: 'VHXH_HONGBANG',
  },
  {
    code: 'PT_HUUNGHI',
    name: 'Trường THCS và THPT Hữu Nghị',
    type: 'multi',
    officeCode: 'VHXH_ANLAO',
  },
]

/**
 * One login per role, by the person key the plan generates. The first THCS
 * school appoints subgroup leads, so its Toán teacher's plans go to the
 * subgroup lead and the group head's own plans to the principal's office.
 */
const DEMO_ACCOUNTS = [
  {
    role: 'Giáo viên (Toán, THCS Chu Văn An)',
    username: 'gv.toan',
    key: 'THCS_CVA/Nhóm Toán/3',
    fullName: 'Nguyễn Thị Lan',
  },
  { role: 'Nhóm trưởng chuyên môn (Nhóm Toán)', username: 'nt.toan', key: 'THCS_CVA/Nhóm Toán/2' },
  {
    role: 'Tổ trưởng chuyên môn (Tổ Toán - Tin)',
    username: 'tt.toantin',
    key: 'THCS_CVA/Nhóm Toán/1',
  },
  {
    role: 'Tổ phó chuyên môn (Tổ Toán - Tin)',
    username: 'tp.toantin',
    key: 'THCS_CVA/Nhóm Tin học/1',
  },
  { role: 'Hiệu trưởng (THCS Chu Văn An)', username: 'ht.chuvanan', key: 'THCS_CVA/principal' },
  {
    role: 'Phó hiệu trưởng (THCS Chu Văn An)',
    username: 'pht.chuvanan',
    key: 'THCS_CVA/vice_principal',
  },
  {
    role: 'GV quản trị phần mềm (THCS Chu Văn An)',
    username: 'qt.chuvanan',
    key: 'THCS_CVA/Nhóm Tin học/2',
  },
  {
    role: 'Giáo viên (Vật lí, THPT Ngô Quyền)',
    username: 'gv.vatli',
    key: 'THPT_NGOQUYEN/Nhóm Vật lí/2',
  },
  { role: 'Hiệu trưởng (THPT Ngô Quyền)', username: 'ht.ngoquyen', key: 'THPT_NGOQUYEN/principal' },
  {
    role: 'Phòng GDĐT quận Lê Chân (trước 1/7/2025)',
    username: 'pgd.lechan',
    key: 'office/PGD_LECHAN',
  },
  {
    role: 'Phòng Văn hoá - Xã hội phường Ngô Quyền (sau 1/7/2025)',
    username: 'vhxh.ngoquyen',
    key: 'office/VHXH_NGOQUYEN',
  },
  { role: 'Chuyên viên Phòng GDTrH (môn Toán)', username: 'cv.toan', key: 'specialist/toan' },
  { role: 'Lãnh đạo Phòng GDTrH', username: 'ld.gdtrh', key: 'dept/division_head' },
  { role: 'Ban Giám đốc Sở', username: 'bgd.so', key: 'dept/director' },
  { role: 'Quản trị của Sở', username: 'qt.so', key: 'dept/admin' },
  { role: 'Quản trị hệ thống', username: 'qt.hethong', key: 'system/admin' },
] as const

/** Role label (Vietnamese) and username of each demo login, for README and the login page. */
export const DEMO_LOGINS: { role: string; username: string }[] = DEMO_ACCOUNTS.map(
  ({ role, username }) => ({ role, username })
)

export function demoPlan(): OrganizationPlan {
  const plan = planOrganization({
    seed: 20250901,
    department: DEPARTMENT,
    division: DIVISION,
    offices: OFFICES,
    schools: SCHOOLS,
    teachersPerSchool: 23,
    classesPerGrade: 4,
    // About half the schools appoint subgroup leads; the first one does.
    assignsSubgroupLeads: (_school, index) => index % 2 === 0,
    specialistSubjects: ['toan', 'ngu_van', 'ngoai_ngu_1', 'khtn', 'vat_li', 'hoa_hoc', 'lich_su'],
  })
  return withDemoLogins(plan)
}

/** Gives the demo persons their memorable usernames. */
function withDemoLogins(plan: OrganizationPlan) {
  const byKey = new Map(plan.people.map((person) => [person.key, person]))
  for (const account of DEMO_ACCOUNTS) {
    const person = byKey.get(account.key)
    if (!person) throw new Error(`Demo seed: no person ${account.key} in the plan`)
    person.username = account.username
    person.email = `${account.username}@demo.hscm.vn`
    if ('fullName' in account) person.fullName = account.fullName
  }
  return plan
}

export async function seedDemo() {
  const plan = demoPlan()
  // Hash once: every demo account shares the password.
  const passwordHash = await hash.use('scrypt').make(DEMO_PASSWORD)
  await db.transaction(async (trx) => {
    const schoolYearId = await ensureCurrentSchoolYear(trx, schoolYearStartingAround())
    await writeOrganization(trx, plan, { schoolYearId, passwordHash, mustChangePassword: false })
  })
}

/** Seeds only an empty database, so a restart never touches real data. */
export async function seedDemoIfEmpty() {
  const existing = await db.from('users').count('* as total').first()
  if (Number(existing?.total ?? 0) > 0) return false
  await seedDemo()
  return true
}
