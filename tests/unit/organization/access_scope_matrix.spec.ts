import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import type User from '#app/organization/models/user'
import { AccessScope, type ScopedRecord } from '#app/organization/services/access_scope'
import {
  currentSchoolYear,
  givenDepartment,
  givenGroup,
  givenOffice,
  givenPersonWithRole,
  givenRole,
  givenSchool,
  givenSubgroup,
  givenTeacher,
  subjectByCode,
} from '#tests/helpers/organization'

/*
 * The permission matrix of directive 2.3: every actor × every record ×
 * view / inspect / review, written out as the expected answer (not
 * recomputed). applyTo is checked against the same table on a real query.
 */

type Actor =
  | 'teacherT1'
  | 'teacherT3'
  | 'teacherT4'
  | 'groupHead'
  | 'groupDeputy'
  | 'subgroupLead'
  | 'principal'
  | 'vicePrincipal'
  | 'schoolAdmin'
  | 'officeA'
  | 'officeB'
  | 'specialistMath'
  | 'specialistLiterature'
  | 'deptLeader'
  | 'systemAdmin'
  | 'deptAdmin'
  | 'noRole'
  | 'otherSchoolHead'

type RecordName =
  | 'schoolPlan'
  | 'groupPlan'
  | 'groupPlanApproved'
  | 'subgroupActivities'
  | 'pl3T1'
  | 'pl4T3'
  | 'pl3Head'
  | 'pl4Lead'
  | 'pl3T4'
  | 'pl3OtherSchool'
  | 'schoolPlanMulti'

const ALL_RECORDS: RecordName[] = [
  'schoolPlan',
  'groupPlan',
  'groupPlanApproved',
  'subgroupActivities',
  'pl3T1',
  'pl4T3',
  'pl3Head',
  'pl4Lead',
  'pl3T4',
  'pl3OtherSchool',
  'schoolPlanMulti',
]
const SCHOOL_ONE: RecordName[] = [
  'schoolPlan',
  'groupPlan',
  'groupPlanApproved',
  'subgroupActivities',
  'pl3T1',
  'pl4T3',
  'pl3Head',
  'pl4Lead',
  'pl3T4',
]
const GROUP_ONE: RecordName[] = [
  'groupPlan',
  'groupPlanApproved',
  'subgroupActivities',
  'pl3T1',
  'pl4T3',
  'pl3Head',
  'pl4Lead',
]
const without = (list: RecordName[], ...removed: RecordName[]) =>
  list.filter((name) => !removed.includes(name))

/** Expected answers: which records each actor may view, inspect and review. */
const MATRIX: Record<Actor, { view: RecordName[]; inspect: RecordName[]; review: RecordName[] }> = {
  teacherT1: { view: ['pl3T1', 'groupPlanApproved'], inspect: [], review: [] },
  teacherT3: { view: ['pl4T3', 'groupPlanApproved'], inspect: [], review: [] },
  teacherT4: { view: ['pl3T4'], inspect: [], review: [] },
  groupHead: {
    view: GROUP_ONE,
    inspect: ['subgroupActivities', 'pl3T1', 'pl4T3', 'pl4Lead'],
    review: ['pl3T1', 'pl4T3', 'pl4Lead'],
  },
  groupDeputy: { view: GROUP_ONE, inspect: GROUP_ONE, review: [] },
  subgroupLead: {
    view: ['subgroupActivities', 'pl3T1', 'pl3Head', 'pl4Lead', 'groupPlanApproved'],
    inspect: ['pl3T1', 'pl3Head'],
    review: ['pl3T1'],
  },
  principal: {
    view: SCHOOL_ONE,
    inspect: without(SCHOOL_ONE, 'schoolPlan'),
    review: ['schoolPlan', 'groupPlan', 'groupPlanApproved', 'subgroupActivities', 'pl3Head'],
  },
  vicePrincipal: {
    view: SCHOOL_ONE,
    inspect: SCHOOL_ONE,
    review: ['groupPlan', 'groupPlanApproved', 'subgroupActivities', 'pl3Head'],
  },
  schoolAdmin: { view: [], inspect: [], review: [] },
  officeA: { view: SCHOOL_ONE, inspect: SCHOOL_ONE, review: [] },
  officeB: {
    view: ['pl3OtherSchool', 'schoolPlanMulti'],
    inspect: ['pl3OtherSchool', 'schoolPlanMulti'],
    review: [],
  },
  specialistMath: {
    view: ['groupPlan', 'groupPlanApproved', 'pl3T1', 'pl3Head', 'pl4Lead', 'pl3OtherSchool'],
    inspect: ['groupPlan', 'groupPlanApproved', 'pl3T1', 'pl3Head', 'pl4Lead', 'pl3OtherSchool'],
    review: [],
  },
  specialistLiterature: { view: ['pl3T4'], inspect: ['pl3T4'], review: [] },
  deptLeader: { view: ALL_RECORDS, inspect: ALL_RECORDS, review: [] },
  systemAdmin: { view: ALL_RECORDS, inspect: ALL_RECORDS, review: [] },
  deptAdmin: { view: [], inspect: [], review: [] },
  noRole: { view: [], inspect: [], review: [] },
  otherSchoolHead: {
    view: ['pl3OtherSchool'],
    inspect: ['pl3OtherSchool'],
    review: ['pl3OtherSchool'],
  },
}

interface World {
  actors: Record<Actor, User>
  records: Record<RecordName, ScopedRecord>
}

/** Two THCS schools under two offices, one multi-level school, and the department. */
async function buildWorld(): Promise<World> {
  await currentSchoolYear()
  const { department } = await givenDepartment()
  const officeA = await givenOffice({ level: 'commune' })
  const officeB = await givenOffice({ level: 'district' })
  const schoolOne = await givenSchool({ type: 'thcs', office: officeA })
  const otherSchool = await givenSchool({ type: 'thcs', office: officeB })
  const multiSchool = await givenSchool({ type: 'multi', office: officeB })

  const mathGroup = await givenGroup(schoolOne, 'Tổ Toán - Tin')
  const literatureGroup = await givenGroup(schoolOne, 'Tổ Ngữ văn')
  const mathSubgroup = await givenSubgroup(mathGroup, { name: 'Nhóm Toán', subject: 'toan' })
  const itSubgroup = await givenSubgroup(mathGroup, { name: 'Nhóm Tin học', subject: 'tin_hoc' })
  const otherGroup = await givenGroup(otherSchool, 'Tổ Toán')

  const teacherT1 = await givenTeacher({
    group: mathGroup,
    subgroup: mathSubgroup,
    subjects: ['toan'],
  })
  const teacherT3 = await givenTeacher({
    group: mathGroup,
    subgroup: itSubgroup,
    subjects: ['tin_hoc'],
  })
  const teacherT4 = await givenTeacher({ group: literatureGroup, subjects: ['ngu_van'] })
  const groupHead = await givenTeacher({
    group: mathGroup,
    subgroup: mathSubgroup,
    subjects: ['toan'],
  })
  await givenRole(groupHead, 'group_head', { group: mathGroup })
  const subgroupLead = await givenTeacher({
    group: mathGroup,
    subgroup: mathSubgroup,
    subjects: ['toan'],
  })
  await givenRole(subgroupLead, 'subgroup_lead', { subgroup: mathSubgroup, school: schoolOne })
  const otherTeacher = await givenTeacher({ group: otherGroup, subjects: ['toan'] })
  const otherSchoolHead = await givenPersonWithRole('group_head', { group: otherGroup })
  const principalOfMulti = await givenPersonWithRole('principal', { school: multiSchool })
  const principal = await givenPersonWithRole('principal', { school: schoolOne })

  const actors: Record<Actor, User> = {
    teacherT1,
    teacherT3,
    teacherT4,
    groupHead,
    groupDeputy: await givenPersonWithRole('group_deputy', { group: mathGroup }),
    subgroupLead,
    principal,
    vicePrincipal: await givenPersonWithRole('vice_principal', { school: schoolOne }),
    schoolAdmin: await givenPersonWithRole('school_admin', { school: schoolOne }),
    officeA: await givenPersonWithRole('office_inspector', { unit: officeA }),
    officeB: await givenPersonWithRole('office_inspector', { unit: officeB }),
    specialistMath: await givenPersonWithRole('dept_specialist', {
      unit: department,
      subjects: ['toan'],
    }),
    specialistLiterature: await givenPersonWithRole('dept_specialist', {
      unit: department,
      subjects: ['ngu_van'],
    }),
    deptLeader: await givenPersonWithRole('dept_leader', { unit: department }),
    systemAdmin: await givenPersonWithRole('system_admin'),
    deptAdmin: await givenPersonWithRole('dept_admin', { unit: department }),
    noRole: await givenPersonWithRole('teacher', {
      school: schoolOne,
      group: mathGroup,
      schoolYear: await lastYear(),
    }),
    otherSchoolHead,
  }

  const toanSubject = await subjectByCode('toan')
  const math = toanSubject.id
  const tinHocSubject = await subjectByCode('tin_hoc')
  const it = tinHocSubject.id
  const nguVanSubject = await subjectByCode('ngu_van')
  const literature = nguVanSubject.id
  const inSchoolOne = { schoolId: schoolOne.id, status: 'submitted' }
  const inMathGroup = { ...inSchoolOne, groupId: mathGroup.id }
  const records: Record<RecordName, ScopedRecord> = {
    schoolPlan: { ...inSchoolOne, kind: 'school_plan', ownerUserId: principal.id },
    groupPlan: { ...inMathGroup, kind: 'pl1', ownerUserId: groupHead.id, subjectId: math },
    groupPlanApproved: {
      ...inMathGroup,
      kind: 'pl1',
      ownerUserId: groupHead.id,
      subjectId: math,
      status: 'approved',
    },
    subgroupActivities: {
      ...inMathGroup,
      kind: 'pl2',
      ownerUserId: subgroupLead.id,
      subgroupId: mathSubgroup.id,
    },
    pl3T1: {
      ...inMathGroup,
      kind: 'pl3',
      ownerUserId: teacherT1.id,
      subgroupId: mathSubgroup.id,
      subjectId: math,
    },
    pl4T3: {
      ...inMathGroup,
      kind: 'pl4',
      ownerUserId: teacherT3.id,
      subgroupId: itSubgroup.id,
      subjectId: it,
    },
    pl3Head: {
      ...inMathGroup,
      kind: 'pl3',
      ownerUserId: groupHead.id,
      subgroupId: mathSubgroup.id,
      subjectId: math,
    },
    pl4Lead: {
      ...inMathGroup,
      kind: 'pl4',
      ownerUserId: subgroupLead.id,
      subgroupId: mathSubgroup.id,
      subjectId: math,
    },
    pl3T4: {
      ...inSchoolOne,
      kind: 'pl3',
      ownerUserId: teacherT4.id,
      groupId: literatureGroup.id,
      subjectId: literature,
    },
    pl3OtherSchool: {
      kind: 'pl3',
      ownerUserId: otherTeacher.id,
      schoolId: otherSchool.id,
      groupId: otherGroup.id,
      subjectId: math,
      status: 'submitted',
    },
    schoolPlanMulti: {
      kind: 'school_plan',
      ownerUserId: principalOfMulti.id,
      schoolId: multiSchool.id,
      status: 'submitted',
    },
  }
  return { actors, records }
}

async function lastYear() {
  const { default: SchoolYear } = await import('#app/organization/models/school_year')
  const { DateTime } = await import('luxon')
  return SchoolYear.firstOrCreate(
    { name: '2024-2025' },
    {
      startsOn: DateTime.fromISO('2024-09-05'),
      endsOn: DateTime.fromISO('2025-05-31'),
      weeksTerm1: 18,
      weeksTerm2: 17,
      planDeadline: SchoolYear.defaultPlanDeadline(2024),
      isCurrent: false,
    }
  )
}

/** A scratch documents table with the default column names, filled with the world's records. */
async function probeTable(records: Record<RecordName, ScopedRecord>) {
  const schema = db.connection().schema
  await schema.dropTableIfExists('scope_probe_documents')
  await schema.createTable('scope_probe_documents', (table) => {
    table.increments('id')
    table.string('name').notNullable()
    table.string('kind').notNullable()
    table.integer('owner_user_id').nullable()
    table.integer('school_id').nullable()
    table.integer('group_id').nullable()
    table.integer('subgroup_id').nullable()
    table.integer('subject_id').nullable()
    table.string('status').nullable()
  })
  await db.table('scope_probe_documents').multiInsert(
    Object.entries(records).map(([name, r]) => ({
      name,
      kind: r.kind,
      owner_user_id: r.ownerUserId,
      school_id: r.schoolId,
      group_id: r.groupId ?? null,
      subgroup_id: r.subgroupId ?? null,
      subject_id: r.subjectId ?? null,
      status: r.status ?? null,
    }))
  )
}

const PROBE_COLUMNS = {
  schoolId: 'scope_probe_documents.school_id',
  groupId: 'scope_probe_documents.group_id',
  subgroupId: 'scope_probe_documents.subgroup_id',
  subjectId: 'scope_probe_documents.subject_id',
  ownerUserId: 'scope_probe_documents.owner_user_id',
  kind: 'scope_probe_documents.kind',
  status: 'scope_probe_documents.status',
}

test.group('Access scope: the permission matrix of directive 2.3', (group) => {
  let world: World

  group.setup(async () => {
    world = await buildWorld()
    await probeTable(world.records)
    return () => db.connection().schema.dropTableIfExists('scope_probe_documents')
  })

  for (const actor of Object.keys(MATRIX) as Actor[]) {
    for (const action of ['view', 'inspect', 'review'] as const) {
      test(`${actor} may ${action} exactly the expected records`, async ({ assert }) => {
        const scope = await AccessScope.for(world.actors[actor])
        const method = { view: 'canView', inspect: 'canInspect', review: 'canReview' } as const
        for (const name of ALL_RECORDS) {
          const expected = MATRIX[actor][action].includes(name)
          const actual = scope[method[action]](world.records[name])
          assert.equal(
            actual,
            expected,
            `${actor} ${action} ${name}: expected ${expected ? 'allow' : 'deny'}`
          )
        }
      })
    }

    test(`${actor}: applyTo lists exactly the viewable records`, async ({ assert }) => {
      const scope = await AccessScope.for(world.actors[actor])
      const rows = await scope
        .applyTo(db.from('scope_probe_documents'), PROBE_COLUMNS)
        .select('name')
      assert.sameMembers(
        rows.map((row) => row.name),
        MATRIX[actor].view
      )
    })
  }

  test('a deactivated account sees nothing, whatever its roles', async ({ assert }) => {
    const principal = world.actors.principal
    principal.isActive = false
    const scope = await AccessScope.for(principal)
    principal.isActive = true
    assert.isFalse(scope.hasAnyRole)
    assert.isFalse(scope.canView(world.records.schoolPlan))
  })

  test('roles of another school year grant nothing this year, but do in their own year', async ({
    assert,
  }) => {
    const previous = await lastYear()
    const scope = await AccessScope.for(world.actors.noRole, previous.id)
    assert.isTrue(scope.isTeacher)
    assert.isTrue(
      scope.canView({
        kind: 'pl3',
        ownerUserId: world.actors.noRole.id,
        schoolId: world.records.pl3T1.schoolId,
      })
    )
  })
})
