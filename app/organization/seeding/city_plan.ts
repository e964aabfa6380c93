import type {
  SchoolSpec,
  UnitSpec,
  OrganizationPlan,
} from '#app/organization/seeding/organization_plan'
import { planOrganization } from '#app/organization/seeding/organization_plan'
import { SUBJECT_CATALOGUE } from '#app/organization/services/subject_catalogue'

/*
 * A city-sized organization for benchmarks: 600 schools (THCS, THPT and
 * multi-level) under 40 supervising offices, about 25,000 teachers.
 */
export interface CityOptions {
  schools: number
  teachers: number
  offices: number
}

const CITY_DEFAULTS: CityOptions = { schools: 600, teachers: 25_000, offices: 40 }

export function cityPlan(options: CityOptions = CITY_DEFAULTS): OrganizationPlan {
  const department: UnitSpec = {
    code: 'SGDDT_CITY',
    kind: 'department',
    name: 'Sở Giáo dục và Đào tạo (thành phố mẫu)',
  }
  const division: UnitSpec = {
    code: 'GDTRH_CITY',
    kind: 'division',
    name: 'Phòng Giáo dục trung học',
    parentCode: department.code,
  }
  const offices: UnitSpec[] = Array.from({ length: options.offices }, (_, index) => {
    const number = String(index + 1).padStart(2, '0')
    const commune = index % 2 === 1
    return {
      code: `CITY_OFFICE_${number}`,
      kind: 'office',
      name: commune
        ? `Phòng Văn hoá - Xã hội xã số ${number}`
        : `Phòng GDĐT quận/huyện số ${number}`,
      parentCode: department.code,
      officeLevel: commune ? 'commune' : 'district',
    }
  })

  const schools: SchoolSpec[] = Array.from({ length: options.schools }, (_, index) => {
    // Six THCS, three THPT and one multi-level school in every ten, as in a large city.
    const slot = index % 10
    const type = slot < 6 ? 'thcs' : slot < 9 ? 'thpt' : 'multi'
    const number = String(index + 1).padStart(4, '0')
    const label = { thcs: 'THCS', thpt: 'THPT', multi: 'THCS và THPT' }[type]
    return {
      code: `CITY_${number}`,
      name: `Trường ${label} số ${number}`,
      type,
      officeCode: offices[index % offices.length].code,
    }
  })

  return planOrganization({
    seed: 20250701,
    department,
    division,
    offices,
    schools,
    teachersPerSchool: options.teachers / options.schools,
    classesPerGrade: 8,
    assignsSubgroupLeads: (_school, index) => index % 2 === 0,
    specialistSubjects: SUBJECT_CATALOGUE.map((subject) => subject.code),
  })
}
