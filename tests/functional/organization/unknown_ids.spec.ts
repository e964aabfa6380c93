import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import type User from '#app/organization/models/user'
import {
  givenDepartment,
  givenDepartmentAdmin,
  givenGroup,
  givenOffice,
  givenSchoolWithAdmin,
  givenSubgroup,
  givenTeacher,
  subjectByCode,
} from '#tests/helpers/organization'

/*
 * An id that names nothing, or something outside the administered school,
 * is a validation error with a Vietnamese message (422 for a client asking
 * JSON, the form sent back for a browser), and nothing is written.
 */

const NOWHERE = 987654321

interface Case {
  name: string
  /** Builds the request: who sends what where, and how to count the rows it must not write. */
  given: () => Promise<{
    actor: User
    method: 'post' | 'put'
    url: string
    form: Record<string, unknown>
    rows: () => Promise<number>
  }>
  field: string
  message: string
}

const count = async (query: any) => {
  const row = await query.count('* as total').first()
  return Number(row.total)
}

const CASES: Case[] = [
  {
    name: 'a new account with an unknown subject',
    field: 'subjectIds.0',
    message: 'Có môn không có trong danh mục môn học. Hãy tải lại trang rồi chọn lại.',
    given: async () => {
      const { school, admin } = await givenSchoolWithAdmin()
      const group = await givenGroup(school)
      const username = `moi.${process.pid}.${Date.now()}`
      return {
        actor: admin,
        method: 'post',
        url: `/admin/schools/${school.id}/staff`,
        form: { fullName: 'Người Mới', username, groupId: group.id, subjectIds: [NOWHERE] },
        rows: () => count(db.from('users').where('username', username)),
      }
    },
  },
  {
    name: 'a new account in another school’s group',
    field: 'groupId',
    message: 'Hãy chọn một tổ đang hoạt động của trường.',
    given: async () => {
      const { school, admin } = await givenSchoolWithAdmin()
      const other = await givenSchoolWithAdmin()
      const foreignGroup = await givenGroup(other.school)
      const username = `moi.${process.pid}.${Date.now()}`
      return {
        actor: admin,
        method: 'post',
        url: `/admin/schools/${school.id}/staff`,
        form: { fullName: 'Người Mới', username, groupId: foreignGroup.id },
        rows: () => count(db.from('users').where('username', username)),
      }
    },
  },
  {
    name: 'a role in another school’s subgroup',
    field: 'subgroupId',
    message: 'Nhóm chuyên môn đã chọn không thuộc tổ đã chọn của trường.',
    given: async () => {
      const { school, admin } = await givenSchoolWithAdmin()
      const group = await givenGroup(school)
      const teacher = await givenTeacher({ school, group })
      const other = await givenSchoolWithAdmin()
      const foreign = await givenSubgroup(await givenGroup(other.school))
      return {
        actor: admin,
        method: 'post',
        url: `/admin/schools/${school.id}/staff/${teacher.id}/roles`,
        form: { role: 'subgroup_lead', groupId: group.id, subgroupId: foreign.id },
        rows: () => count(db.from('role_assignments').where('user_id', teacher.id)),
      }
    },
  },
  {
    name: 'teaching an unknown subject',
    field: 'subjectIds.1',
    message: 'Có môn không có trong danh mục môn học. Hãy tải lại trang rồi chọn lại.',
    given: async () => {
      const { school, admin } = await givenSchoolWithAdmin()
      const teacher = await givenTeacher({ school })
      const assignment = await db
        .from('role_assignments')
        .where({ user_id: teacher.id, role: 'teacher' })
        .firstOrFail()
      const subject = await subjectByCode('ngu_van')
      return {
        actor: admin,
        method: 'put',
        url: `/admin/schools/${school.id}/staff/${teacher.id}/roles/${assignment.id}/teaching`,
        form: { subjectIds: [subject.id, NOWHERE] },
        rows: () =>
          count(db.from('role_assignment_subjects').where('role_assignment_id', assignment.id)),
      }
    },
  },
  {
    name: 'a subgroup with an unknown subject',
    field: 'subjectId',
    message: 'Môn đã chọn không có trong danh mục môn học.',
    given: async () => {
      const { school, admin } = await givenSchoolWithAdmin()
      const group = await givenGroup(school)
      return {
        actor: admin,
        method: 'post',
        url: `/admin/schools/${school.id}/groups/${group.id}/subgroups`,
        form: { name: 'Nhóm Thiên văn', subjectId: NOWHERE },
        rows: () => count(db.from('subgroups').where('group_id', group.id)),
      }
    },
  },
  {
    name: 'a school supervised by an unknown office',
    field: 'officeId',
    message: 'Đơn vị đã chọn không tồn tại hoặc đã ngừng hoạt động.',
    given: async () => {
      const code = `TRX${process.pid}${Date.now() % 100000}`
      return {
        actor: await givenDepartmentAdmin(),
        method: 'post',
        url: '/admin/department/schools',
        form: { code, name: 'Trường THCS Không Đâu', type: 'thcs', officeId: NOWHERE },
        rows: () => count(db.from('schools').where('code', code)),
      }
    },
  },
  {
    name: 'a school whose THCS plan goes to an unknown unit',
    field: 'receivingThcsId',
    message: 'Đơn vị đã chọn không tồn tại hoặc đã ngừng hoạt động.',
    given: async () => {
      const code = `TRY${process.pid}${Date.now() % 100000}`
      const office = await givenOffice()
      return {
        actor: await givenDepartmentAdmin(),
        method: 'post',
        url: '/admin/department/schools',
        form: {
          code,
          name: 'Trường THCS Không Đâu',
          type: 'thcs',
          officeId: office.id,
          receivingThcsId: NOWHERE,
        },
        rows: () => count(db.from('schools').where('code', code)),
      }
    },
  },
  {
    name: 'a specialist covering an unknown subject (no account left behind)',
    field: 'subjectIds.0',
    message: 'Có môn không có trong danh mục môn học. Hãy tải lại trang rồi chọn lại.',
    given: async () => {
      const { division } = await givenDepartment()
      const username = `cv.${process.pid}.${Date.now()}`
      return {
        actor: await givenDepartmentAdmin(),
        method: 'post',
        url: '/admin/department/specialists',
        form: { fullName: 'Chuyên Viên Mới', username, unitId: division.id, subjectIds: [NOWHERE] },
        rows: () => count(db.from('users').where('username', username)),
      }
    },
  },
  {
    name: 'a specialist in an unknown unit',
    field: 'unitId',
    message: 'Đơn vị đã chọn không tồn tại hoặc đã ngừng hoạt động.',
    given: async () => {
      const username = `cv.${process.pid}.${Date.now()}`
      const subject = await subjectByCode('toan')
      return {
        actor: await givenDepartmentAdmin(),
        method: 'post',
        url: '/admin/department/specialists',
        form: {
          fullName: 'Chuyên Viên Mới',
          username,
          unitId: NOWHERE,
          subjectIds: [subject.id],
        },
        rows: () => count(db.from('users').where('username', username)),
      }
    },
  },
]

test.group('Administration forms: unknown ids', () => {
  test('{name}: 422 with a Vietnamese message, nothing written')
    .with(CASES)
    .run(async ({ client, assert }, { given, field, message }) => {
      const { actor, method, url, form, rows } = await given()
      const before = await rows()
      const response = await client[method](url)
        .json(form)
        .header('accept', 'application/json')
        .loginAs(actor)
        .withCsrfToken()
      response.assertStatus(422)
      const errors: { field: string; message: string }[] = response.body().errors
      assert.deepInclude(
        errors.map((error) => ({ field: error.field, message: error.message })),
        { field, message }
      )
      assert.equal(await rows(), before)
    })

  test('a browser gets the form back with the message beside the field', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin()
    const group = await givenGroup(school)
    const response = await client
      .post(`/admin/schools/${school.id}/groups/${group.id}/subgroups`)
      .form({ name: 'Nhóm Thiên văn', subjectId: NOWHERE })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    assert.deepEqual(response.flashMessages().inputErrorsBag, {
      subjectId: ['Môn đã chọn không có trong danh mục môn học.'],
    })
    assert.lengthOf(await db.from('subgroups').where('group_id', group.id), 0)
  })
})
