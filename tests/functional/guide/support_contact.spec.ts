import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { defaultSupportContact, forgetSupportContact } from '#app/core/guide/support_contact'
import { givenDepartment, givenPersonWithRole, givenTeacher } from '#tests/helpers/organization'

async function givenDepartmentAdmin() {
  const { department } = await givenDepartment()
  return givenPersonWithRole('dept_admin', { unit: department }, 'Trịnh Thu Trang')
}

const CONTACT = {
  hotline: '0225.3842.999',
  email: 'hotro@haiphong.edu.vn',
  unitName: 'Trung tâm hỗ trợ HSCM, Sở GDĐT Hải Phòng',
  hours: '7h30–17h00, thứ Hai đến thứ Sáu',
}

test.group('Support contact', (group) => {
  group.each.setup(async () => {
    await db.from('support_contacts').delete()
    forgetSupportContact()
  })

  test('before anyone sets it, the guide shows the hotline of the directive', async ({
    client,
  }) => {
    const response = await client.get('/guide/teacher')
    response.assertTextIncludes(defaultSupportContact().hotline)
    response.assertTextIncludes('href="tel:0839886666"')
  })

  test('the department administrator sets it; the guide and the error pages show it', async ({
    client,
  }) => {
    const admin = await givenDepartmentAdmin()
    const saved = await client
      .put('/admin/support')
      .form(CONTACT)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    saved.assertStatus(302)
    saved.assertHeader('location', '/admin/support')
    saved.assertFlashMessage('success', 'Đã lưu thông tin hỗ trợ.')

    const guide = await client.get('/guide')
    for (const value of Object.values(CONTACT)) guide.assertTextIncludes(value)
    const notFound = await client.get('/khong-co-trang-nay')
    notFound.assertStatus(404)
    notFound.assertTextIncludes(CONTACT.hotline)
    notFound.assertTextIncludes(CONTACT.email)
  })

  test('a hotline with letters is refused beside its field', async ({ client, assert }) => {
    const admin = await givenDepartmentAdmin()
    const response = await client
      .put('/admin/support')
      .form({ ...CONTACT, hotline: 'gọi cho Sở' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertFlashMessage('inputErrorsBag', {
      hotline: ['Số đường dây nóng chỉ gồm chữ số, khoảng trắng và các dấu . - + ( ).'],
    })
    const rows = await db.from('support_contacts').count('* as total')
    assert.equal(Number(rows[0].total), 0)
  })

  test('a teacher cannot open or change it', async ({ client, assert }) => {
    const teacher = await givenTeacher()
    const response = await client.get('/admin/support').loginAs(teacher)
    response.assertStatus(403)
    /* A refused form submission goes back with a message (Bouncer's behaviour), and nothing is stored. */
    const change = await client
      .put('/admin/support')
      .form(CONTACT)
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    assert.oneOf(change.status(), [302, 403])
    const rows = await db.from('support_contacts').count('* as total')
    assert.equal(Number(rows[0].total), 0)
  })

  test('when the database does not answer, the error page still shows the default hotline', async ({
    client,
    cleanup,
  }) => {
    /* The table gone is what a failing database looks like to this query. */
    await db.connection().schema.renameTable('support_contacts', 'support_contacts_hidden')
    cleanup(async () => {
      await db.connection().schema.renameTable('support_contacts_hidden', 'support_contacts')
      forgetSupportContact()
    })
    forgetSupportContact()
    const response = await client.get('/khong-co-trang-nay')
    response.assertStatus(404)
    response.assertTextIncludes(defaultSupportContact().hotline)
  })
})
