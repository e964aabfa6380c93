import type { SchoolType } from '#app/organization/models/school'
import type { OfficeLevel, UnitKind } from '#app/organization/models/unit'
import type { RoleName } from '#app/core/registries/roles'
import {
  GRADES_BY_LEVEL,
  SUBJECT_CATALOGUE,
  type Level,
} from '#app/organization/services/subject_catalogue'
import { GROUP_TEMPLATES, baseTeacherCount } from '#app/organization/seeding/group_templates'
import { seededRandom, type Random } from '#app/organization/seeding/random'
import { vietnameseName } from '#app/organization/seeding/vietnamese_names'

/*
 * An organization described as plain data, keyed by codes and names, so
 * that it can be generated without a database and then written in a few
 * batched inserts (organization_writer.ts). The demo and city seeds only
 * differ in the schools they list and the size of each school.
 */

export interface UnitSpec {
  code: string
  kind: UnitKind
  name: string
  parentCode?: string
  officeLevel?: OfficeLevel
}

export interface SchoolSpec {
  code: string
  name: string
  type: SchoolType
  /** Office supervising the school's THCS level; THPT reports to the division. */
  officeCode: string
}

export interface RoleSpec {
  role: RoleName
  schoolCode?: string
  groupKey?: string
  subgroupKey?: string
  unitCode?: string
  subjects?: string[]
  classKeys?: string[]
}

export interface PersonSpec {
  key: string
  username: string
  fullName: string
  email: string | null
  staffCode: string | null
  roles: RoleSpec[]
}

export interface GroupSpec {
  key: string
  schoolCode: string
  name: string
  subgroups: { key: string; name: string; subject: string }[]
}

export interface ClassSpec {
  key: string
  schoolCode: string
  grade: number
  name: string
}

export interface OrganizationPlan {
  units: UnitSpec[]
  schools: SchoolSpec[]
  groups: GroupSpec[]
  classes: ClassSpec[]
  people: PersonSpec[]
  departmentCode: string
  divisionCode: string
}

export interface PlanOptions {
  seed: number
  department: UnitSpec
  division: UnitSpec
  offices: UnitSpec[]
  schools: SchoolSpec[]
  /** Average teachers per school (the templates' own size when omitted). */
  teachersPerSchool?: number
  classesPerGrade: number
  /** Whether a school appoints subgroup leads (nhóm trưởng); otherwise group heads approve. */
  assignsSubgroupLeads: (school: SchoolSpec, index: number) => boolean
  /** Subjects that get a department specialist. */
  specialistSubjects: string[]
}

export function schoolLevels(type: SchoolType): Level[] {
  return type === 'multi' ? ['thcs', 'thpt'] : [type]
}

export function planOrganization(options: PlanOptions): OrganizationPlan {
  const random = seededRandom(options.seed)
  const plan: OrganizationPlan = {
    units: [options.department, options.division, ...options.offices],
    schools: options.schools,
    groups: [],
    classes: [],
    people: [],
    departmentCode: options.department.code,
    divisionCode: options.division.code,
  }
  options.schools.forEach((school, index) => planSchool(plan, school, index, options, random))
  planUnitPeople(plan, options, random)
  return plan
}

function planSchool(
  plan: OrganizationPlan,
  school: SchoolSpec,
  index: number,
  options: PlanOptions,
  random: Random
) {
  const code = school.code
  const login = code.toLowerCase()
  let sequence = 0
  const person = (key: string, prefix: string, roles: RoleSpec[]): PersonSpec => {
    sequence += 1
    const username = `${prefix}.${login}.${sequence}`
    return {
      key: `${code}/${key}`,
      username,
      fullName: vietnameseName(random),
      email: `${username}@${login}.edu.vn`,
      staffCode: `31${String(index + 1).padStart(4, '0')}${String(sequence).padStart(4, '0')}`,
      roles,
    }
  }

  const classes = planClasses(plan, school, options.classesPerGrade)
  plan.people.push(person('principal', 'ht', [{ role: 'principal', schoolCode: code }]))
  plan.people.push(person('vice_principal', 'pht', [{ role: 'vice_principal', schoolCode: code }]))

  const scale = options.teachersPerSchool
    ? options.teachersPerSchool / baseTeacherCount(school.type)
    : 1
  const subgroupLeads = options.assignsSubgroupLeads(school, index)
  let schoolAdminGiven = false

  for (const template of GROUP_TEMPLATES[school.type]) {
    const groupKey = `${code}/${template.name}`
    const group: GroupSpec = { key: groupKey, schoolCode: code, name: template.name, subgroups: [] }
    plan.groups.push(group)

    template.subgroups.forEach((subgroupTemplate, subgroupIndex) => {
      const subgroupKey = `${groupKey}/${subgroupTemplate.name}`
      group.subgroups.push({
        key: subgroupKey,
        name: subgroupTemplate.name,
        subject: subgroupTemplate.subject,
      })
      const count = teacherCount(subgroupTemplate.teachers, scale, random)
      const classPool = classesFor(subgroupTemplate.subject, school, classes)

      for (let n = 0; n < count; n++) {
        const teacher = person(`${subgroupTemplate.name}/${n + 1}`, 'gv', [
          {
            role: 'teacher',
            schoolCode: code,
            groupKey,
            subgroupKey,
            subjects: [subgroupTemplate.subject],
            classKeys: pickClasses(classPool, random),
          },
        ])
        const scoped = { schoolCode: code, groupKey }
        if (subgroupIndex === 0 && n === 0) teacher.roles.push({ role: 'group_head', ...scoped })
        const isDeputy = template.subgroups.length > 1 ? subgroupIndex === 1 && n === 0 : n === 1
        if (isDeputy) teacher.roles.push({ role: 'group_deputy', ...scoped })
        const isLead =
          subgroupLeads && template.subgroups.length > 1 && n === (subgroupIndex <= 1 ? 1 : 0)
        if (isLead && count > 1)
          teacher.roles.push({ role: 'subgroup_lead', ...scoped, subgroupKey })
        // The school's software administrator (GV quản trị phần mềm) is usually an IT teacher.
        if (!schoolAdminGiven && subgroupTemplate.subject === 'tin_hoc' && n === count - 1) {
          teacher.roles.push({ role: 'school_admin', schoolCode: code })
          schoolAdminGiven = true
        }
        plan.people.push(teacher)
      }
    })
  }
}

function teacherCount(base: number, scale: number, random: Random) {
  const scaled = Math.round(base * scale)
  const jitter = scaled >= 3 ? random.int(-1, 1) : 0
  return Math.max(1, scaled + jitter)
}

function planClasses(plan: OrganizationPlan, school: SchoolSpec, perGrade: number) {
  const classes: ClassSpec[] = []
  for (const level of schoolLevels(school.type)) {
    for (const grade of GRADES_BY_LEVEL[level]) {
      for (let k = 1; k <= perGrade; k++) {
        const name = `${grade}A${k}`
        classes.push({ key: `${school.code}/${name}`, schoolCode: school.code, grade, name })
      }
    }
  }
  plan.classes.push(...classes)
  return classes
}

const SUBJECT_LEVELS = new Map(SUBJECT_CATALOGUE.map((subject) => [subject.code, subject.levels]))

function classesFor(subject: string, school: SchoolSpec, classes: ClassSpec[]) {
  const levels = (SUBJECT_LEVELS.get(subject) ?? []).filter((level) =>
    schoolLevels(school.type).includes(level)
  )
  const grades = new Set(levels.flatMap((level) => GRADES_BY_LEVEL[level]))
  return classes.filter((schoolClass) => grades.has(schoolClass.grade))
}

function pickClasses(pool: ClassSpec[], random: Random) {
  if (pool.length === 0) return []
  const count = Math.min(pool.length, random.int(2, 4))
  const start = random.int(0, pool.length - 1)
  return Array.from({ length: count }, (_, offset) => pool[(start + offset) % pool.length].key)
}

/** One inspector account per office; specialists, leadership and administrators of the department. */
function planUnitPeople(plan: OrganizationPlan, options: PlanOptions, random: Random) {
  const unitPerson = (key: string, username: string, roles: RoleSpec[]): PersonSpec => ({
    key,
    username,
    fullName: vietnameseName(random),
    email: `${username}@sogddt.hscm.vn`,
    staffCode: null,
    roles,
  })
  for (const office of options.offices) {
    plan.people.push(
      unitPerson(`office/${office.code}`, `kt.${office.code.toLowerCase()}`, [
        { role: 'office_inspector', unitCode: office.code },
      ])
    )
  }
  const division = options.division.code
  for (const subject of options.specialistSubjects) {
    plan.people.push(
      unitPerson(`specialist/${subject}`, `cv.${subject}`, [
        { role: 'dept_specialist', unitCode: division, subjects: [subject] },
      ])
    )
  }
  plan.people.push(
    unitPerson('dept/director', 'bgd.giamdoc', [
      { role: 'dept_leader', unitCode: options.department.code },
    ])
  )
  plan.people.push(
    unitPerson('dept/division_head', 'ld.gdtrh', [{ role: 'dept_leader', unitCode: division }])
  )
  plan.people.push(
    unitPerson('dept/admin', 'qt.so', [{ role: 'dept_admin', unitCode: options.department.code }])
  )
  plan.people.push(unitPerson('system/admin', 'qt.hethong', [{ role: 'system_admin' }]))
}
