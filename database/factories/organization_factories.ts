import factory from '@adonisjs/lucid/factories'
import { DateTime } from 'luxon'
import User from '#app/organization/models/user'
import Unit from '#app/organization/models/unit'
import School from '#app/organization/models/school'
import SchoolYear from '#app/organization/models/school_year'
import Group from '#app/organization/models/group'
import Subgroup from '#app/organization/models/subgroup'
import { seededRandom } from '#app/organization/seeding/random'
import { vietnameseName } from '#app/organization/seeding/vietnamese_names'

/*
 * Lucid factories for ad-hoc data (REPL, benchmarks). Tests use the
 * Given… helpers in tests/helpers/organization.ts, which also route
 * school levels and assign roles.
 */
const random = seededRandom(7)
let sequence = 0
const next = () => `${++sequence}${process.pid}`

export const UnitFactory = factory
  .define(Unit, () => {
    const n = next()
    return {
      kind: 'office' as const,
      code: `OFFICE_${n}`,
      name: `Phòng Văn hoá - Xã hội xã số ${n}`,
      officeLevel: 'commune' as const,
      isActive: true,
    }
  })
  .build()

export const SchoolFactory = factory
  .define(School, () => {
    const n = next()
    return {
      code: `SCHOOL_${n}`,
      name: `Trường THCS số ${n}`,
      type: 'thcs' as const,
      isActive: true,
    }
  })
  .relation('supervisingUnit', () => UnitFactory)
  .build()

export const SchoolYearFactory = factory
  .define(SchoolYear, () => {
    const start = 2020 + (++sequence % 50)
    return {
      name: `${start}-${start + 1}`,
      startsOn: DateTime.fromObject({ year: start, month: 9, day: 5 }),
      endsOn: DateTime.fromObject({ year: start + 1, month: 5, day: 31 }),
      weeksTerm1: 18,
      weeksTerm2: 17,
      planDeadline: SchoolYear.defaultPlanDeadline(start),
      isCurrent: false,
    }
  })
  .build()

export const GroupFactory = factory
  .define(Group, () => ({ name: `Tổ chuyên môn ${next()}`, isActive: true }))
  .build()

export const SubgroupFactory = factory
  .define(Subgroup, () => ({ name: `Nhóm chuyên môn ${next()}`, subjectId: null, isActive: true }))
  .build()

export const UserFactory = factory
  .define(User, () => {
    const n = next()
    return {
      username: `nguoidung.${n}`,
      email: `nguoidung.${n}@truong.edu.vn`,
      fullName: vietnameseName(random),
      password: 'mat-khau-mau',
      mustChangePassword: false,
      isActive: true,
    }
  })
  .build()
