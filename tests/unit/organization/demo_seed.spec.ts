import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { DEMO_LOGINS, demoPlan } from '#app/organization/seeding/demo'
import { writeOrganization } from '#app/organization/seeding/organization_writer'
import { currentSchoolYear } from '#tests/helpers/organization'

/*
 * The demo organization as a first-time user meets it: Hải Phòng's
 * department, offices from before and after the 2025 reform, the three
 * kinds of schools, ~300 teachers and one login per role. Written inside a
 * transaction that is rolled back, so the shared test database is untouched.
 */
test.group('Demo organization', () => {
  test('has the department, both kinds of offices, 12+ schools of the three types and about 300 teachers', ({
    assert,
  }) => {
    const plan = demoPlan()
    assert.equal(
      plan.units.find((u) => u.kind === 'department')?.name,
      'Sở Giáo dục và Đào tạo Hải Phòng'
    )
    assert.equal(plan.units.find((u) => u.kind === 'division')?.name, 'Phòng Giáo dục trung học')
    assert.sameMembers(
      [...new Set(plan.units.filter((u) => u.kind === 'office').map((u) => u.officeLevel))],
      ['district', 'commune']
    )
    assert.isAtLeast(plan.schools.length, 12)
    assert.sameMembers([...new Set(plan.schools.map((s) => s.type))], ['thcs', 'thpt', 'multi'])

    const teachers = plan.people.filter((p) => p.roles.some((r) => r.role === 'teacher'))
    assert.isAtLeast(teachers.length, 250)
    assert.isAtMost(teachers.length, 350)
    assert.equal(
      new Set(plan.people.map((p) => p.username)).size,
      plan.people.length,
      'usernames are unique'
    )
  })

  test('is the same on every run (names are generated deterministically)', ({ assert }) => {
    assert.deepEqual(demoPlan().people.slice(0, 40), demoPlan().people.slice(0, 40))
  })

  test('every demo login exists and holds the role its label names', ({ assert }) => {
    const byUsername = new Map(demoPlan().people.map((person) => [person.username, person]))
    const expected: Record<string, string> = {
      'gv.toan': 'teacher',
      'nt.toan': 'subgroup_lead',
      'tt.toantin': 'group_head',
      'tp.toantin': 'group_deputy',
      'ht.chuvanan': 'principal',
      'pht.chuvanan': 'vice_principal',
      'qt.chuvanan': 'school_admin',
      'gv.vatli': 'teacher',
      'ht.ngoquyen': 'principal',
      'pgd.lechan': 'office_inspector',
      'vhxh.ngoquyen': 'office_inspector',
      'cv.toan': 'dept_specialist',
      'ld.gdtrh': 'dept_leader',
      'bgd.so': 'dept_leader',
      'qt.so': 'dept_admin',
      'qt.hethong': 'system_admin',
    }
    assert.sameMembers(
      DEMO_LOGINS.map((login) => login.username),
      Object.keys(expected)
    )
    for (const login of DEMO_LOGINS) {
      const roles = byUsername.get(login.username)?.roles.map((r) => r.role) ?? []
      assert.include(roles, expected[login.username], `${login.username} (${login.role})`)
    }
    const teacher = byUsername.get('gv.toan')!
    const lead = byUsername.get('nt.toan')!
    assert.equal(
      teacher.roles[0].subgroupKey,
      lead.roles.find((r) => r.role === 'subgroup_lead')?.subgroupKey,
      'gv.toan’s plans go to nt.toan'
    )
  })

  test('is written with batched inserts and reads back complete', async ({ assert }) => {
    const year = await currentSchoolYear()
    const plan = demoPlan()
    const trx = await db.transaction()
    try {
      await writeOrganization(trx, plan, {
        schoolYearId: year.id,
        passwordHash: 'not-a-real-hash',
        mustChangePassword: false,
      })
      const count = async (table: string, column: string, values: string[]) => {
        const row = await trx.from(table).whereIn(column, values).count('* as total').first()
        return Number(row.total)
      }
      assert.equal(
        await count(
          'schools',
          'code',
          plan.schools.map((s) => s.code)
        ),
        plan.schools.length
      )
      assert.equal(
        await count(
          'users',
          'username',
          plan.people.map((p) => p.username)
        ),
        plan.people.length
      )
      const groups = await trx
        .from('groups')
        .join('schools', 'schools.id', 'groups.school_id')
        .whereIn(
          'schools.code',
          plan.schools.map((s) => s.code)
        )
        .count('* as total')
        .first()
      assert.equal(Number(groups.total), plan.groups.length)
      const multi = plan.schools.find((s) => s.type === 'multi')!
      const levels = await trx
        .from('school_levels')
        .join('schools', 'schools.id', 'school_levels.school_id')
        .where('schools.code', multi.code)
        .select('level')
      assert.sameMembers(
        levels.map((l) => l.level),
        ['thcs', 'thpt']
      )
    } finally {
      await trx.rollback()
    }
  })
})

test.group('Organization factories', () => {
  test('make a school with its supervising office and a group', async ({ assert }) => {
    const { SchoolFactory, GroupFactory } =
      await import('#database/factories/organization_factories')
    const school = await SchoolFactory.with('supervisingUnit').create()
    const group = await GroupFactory.merge({ schoolId: school.id }).create()
    await school.load('supervisingUnit')
    assert.equal(school.supervisingUnit.kind, 'office')
    assert.equal(group.schoolId, school.id)
  })
})
