import { test } from '@japa/runner'
import { reviewRouteFor } from '#app/organization/services/review_route'
import {
  givenDepartment,
  givenGroup,
  givenOffice,
  givenPersonWithRole,
  givenRole,
  givenSchool,
  givenSubgroup,
  givenTeacher,
} from '#tests/helpers/organization'

test.group('Review route: who approves a record', () => {
  test('a teacher plan goes to the subgroup lead where the school assigned one', async ({
    assert,
  }) => {
    const school = await givenSchool()
    const group = await givenGroup(school)
    const subgroup = await givenSubgroup(group, { subject: 'toan' })
    const head = await givenPersonWithRole('group_head', { group })
    const lead = await givenPersonWithRole('subgroup_lead', { subgroup, school })
    const teacher = await givenTeacher({ group, subgroup })

    const base = {
      kind: 'pl3' as const,
      schoolId: school.id,
      groupId: group.id,
      subgroupId: subgroup.id,
    }
    const route = await reviewRouteFor({ ...base, ownerUserId: teacher.id })
    assert.deepEqual(route?.roles, ['subgroup_lead'])
    assert.deepEqual(route?.reviewerUserIds, [lead.id])

    const leadsOwn = await reviewRouteFor({ ...base, ownerUserId: lead.id })
    assert.deepEqual(leadsOwn?.roles, ['group_head'])
    assert.deepEqual(leadsOwn?.reviewerUserIds, [head.id])
  })

  test('without a subgroup lead the group head approves; the head’s own plan goes to the principal’s office', async ({
    assert,
  }) => {
    const school = await givenSchool()
    const group = await givenGroup(school)
    const head = await givenTeacher({ group })
    await givenRole(head, 'group_head', { group })
    const teacher = await givenTeacher({ group })
    const principal = await givenPersonWithRole('principal', { school })
    const vice = await givenPersonWithRole('vice_principal', { school })

    const base = { kind: 'pl4' as const, schoolId: school.id, groupId: group.id }
    const route = await reviewRouteFor({ ...base, ownerUserId: teacher.id })
    assert.deepEqual(route?.reviewerUserIds, [head.id])

    const headsOwn = await reviewRouteFor({ ...base, ownerUserId: head.id })
    assert.deepEqual(headsOwn?.roles, ['principal', 'vice_principal'])
    assert.sameMembers(headsOwn?.reviewerUserIds ?? [], [principal.id, vice.id])
  })

  test('group plans go to the principal’s office', async ({ assert }) => {
    const school = await givenSchool()
    const group = await givenGroup(school)
    const head = await givenPersonWithRole('group_head', { group })
    const principal = await givenPersonWithRole('principal', { school })
    const route = await reviewRouteFor({
      kind: 'pl1',
      schoolId: school.id,
      groupId: group.id,
      ownerUserId: head.id,
    })
    assert.deepEqual(route?.reviewerUserIds, [principal.id])
    assert.deepEqual(route?.reportTo, [])
  })

  test('a multi-level school reports its plan to the office (THCS) and to the division (THPT)', async ({
    assert,
  }) => {
    const { division } = await givenDepartment()
    const office = await givenOffice({ level: 'commune' })
    const school = await givenSchool({ type: 'multi', office })
    const principal = await givenPersonWithRole('principal', { school })
    const route = await reviewRouteFor({
      kind: 'school_plan',
      schoolId: school.id,
      ownerUserId: principal.id,
    })
    assert.deepEqual(route?.roles, ['principal'])
    assert.deepEqual(route?.reviewerUserIds, [principal.id])
    assert.deepEqual(route?.reportTo, [
      { level: 'thcs', unitId: office.id },
      { level: 'thpt', unitId: division.id },
    ])
  })
})
