import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Notification from '#app/workflow/models/notification'
import { sendReminders } from '#app/workflow/services/reminders'
import { settingsFor } from '#app/workflow/services/workflow_settings'
import SchoolLevel from '#app/organization/models/school_level'
import Unit from '#app/organization/models/unit'
import { currentSchoolYear, givenPersonWithRole } from '#tests/helpers/organization'
import {
  forgetSentMails,
  givenDocument,
  givenStaffedSchool,
  sentMails,
} from '#tests/helpers/workflow'
import type SchoolYear from '#app/organization/models/school_year'

/*
 * The current year is whichever the run made current (the demo seeding makes
 * today's), so week dates are counted from its first day, with no breaks.
 */
function mondayOfWeek(year: SchoolYear, week: number) {
  return year.startsOn.startOf('week').plus({ weeks: week - 1 })
}

test.group('Deadlines and reminders', (group) => {
  group.each.setup(() => forgetSentMails())

  test('a lesson plan not yet approved is reminded by notice and e-mail, once per day', async ({
    assert,
  }) => {
    const { teacher, group: tổ, subgroup } = await givenStaffedSchool()
    teacher.email = `mai.${teacher.id}@truong.edu.vn`
    await teacher.save()
    const year = await currentSchoolYear()
    const { lessonPlanLeadDays } = await settingsFor(year.id)
    /* Remind 3 days before the approval is due; the lesson is lead days after that. */
    const today = DateTime.fromISO('2025-10-06')
    const lesson = today.plus({ days: 3 + lessonPlanLeadDays })
    const document = await givenDocument(teacher, {
      group: tổ,
      subgroup,
      teachingDate: lesson,
      title: 'Bài 5. Số nguyên tố',
    })

    await sendReminders(today)
    await sendReminders(today)

    const notices = await Notification.query().where({
      user_id: teacher.id,
      document_id: document.id,
      kind: 'lesson_due',
    })
    assert.lengthOf(notices, 1)
    assert.include(notices[0].title, 'Bài 5. Số nguyên tố')
    const sent = await sentMails()
    const mails = sent.filter((mail) => mail.to.includes(teacher.email!))
    assert.lengthOf(mails, 1)
    assert.include(mails[0].subject, 'Bài 5. Số nguyên tố')
  })

  test('a lesson planned by week ("Tuần 14") shows its due date in the reviewer\'s queue and is reminded', async ({
    client,
    assert,
  }) => {
    const { teacher, group: tổ, subgroup, subgroupLead } = await givenStaffedSchool()
    const year = await currentSchoolYear()
    const { lessonPlanLeadDays, reminderOffsets } = await settingsFor(year.id)
    const document = await givenDocument(teacher, {
      group: tổ,
      subgroup,
      status: 'submitted',
      title: 'Bài 14. Hình thang cân',
    })
    document.merge({ teachingDate: null, teachingWeek: 14 })
    await document.save()
    /* Week 1 is the Monday-to-Sunday week holding the year's first day (5/9/2025: from Monday 1/9); week 14 is 13 weeks later. */
    const due = mondayOfWeek(year, 14).minus({ days: lessonPlanLeadDays })

    const queue = await client.get('/reviews').loginAs(subgroupLead)
    queue.assertStatus(200)
    const row = queue
      .text()
      .split('<tr')
      .find((cells) => cells.includes('Bài 14. Hình thang cân'))
    assert.exists(row)
    assert.include(row!, due.toFormat('dd/MM/yyyy'))

    const today = due.minus({ days: reminderOffsets[0] })
    await sendReminders(today)
    const notices = await Notification.query().where({
      user_id: teacher.id,
      document_id: document.id,
      kind: 'lesson_due',
    })
    assert.lengthOf(notices, 1)
    assert.include(notices[0].title, due.toFormat('dd/MM/yyyy'))
    /* The day before is no reminder day for it. */
    await db.from('notifications').where('document_id', document.id).delete()
    await sendReminders(today.minus({ days: 1 }))
    assert.lengthOf(
      await Notification.query().where({ document_id: document.id, kind: 'lesson_due' }),
      0
    )
  })

  test("a lesson planned by a past week is late for the inspector and on the teacher's own deadlines, like a dated one", async ({
    client,
    assert,
  }) => {
    const { teacher, group: tổ, subgroup, school } = await givenStaffedSchool()
    const past = await givenDocument(teacher, {
      group: tổ,
      subgroup,
      status: 'submitted',
      title: 'Bài tuần 3 chưa duyệt',
    })
    past.merge({ teachingDate: null, teachingWeek: 3 })
    await past.save()
    const storedSchoolLevel = await SchoolLevel.findByOrFail('school_id', school.id)
    const inspector = await givenPersonWithRole('office_inspector', {
      unit: await Unit.findOrFail(storedSchoolLevel.receivingUnitId),
    })

    const late = await client.get('/inspection?late=1').loginAs(inspector)
    late.assertStatus(200)
    assert.include(late.text(), 'Bài tuần 3 chưa duyệt')

    /* Approval was due the lead time before week 3's Monday (15/9/2025 in 2025-2026). */
    const year = await currentSchoolYear()
    const { lessonPlanLeadDays } = await settingsFor(year.id)
    const mine = await client.get('/dashboard').loginAs(teacher)
    const row = mine
      .text()
      .split('<tr')
      .find((cells) => cells.includes('Bài tuần 3 chưa duyệt'))!
    assert.include(
      row,
      mondayOfWeek(year, 3).minus({ days: lessonPlanLeadDays }).toFormat('dd/MM/yyyy')
    )
    assert.include(row, 'Chưa duyệt khi lên lớp')
  })

  test('a user who turned e-mail off gets the notice but no e-mail', async ({ assert }) => {
    const { teacher, group: tổ, subgroup } = await givenStaffedSchool()
    teacher.email = `tat.${teacher.id}@truong.edu.vn`
    teacher.emailNotifications = false
    await teacher.save()
    const year = await currentSchoolYear()
    const { lessonPlanLeadDays } = await settingsFor(year.id)
    const today = DateTime.fromISO('2025-10-13')
    await givenDocument(teacher, {
      group: tổ,
      subgroup,
      teachingDate: today.plus({ days: 1 + lessonPlanLeadDays }),
    })

    await sendReminders(today)
    assert.lengthOf(
      await Notification.query().where({ user_id: teacher.id, kind: 'lesson_due' }),
      1
    )
    const mails = await sentMails()
    assert.lengthOf(
      mails.filter((mail) => mail.to.includes(teacher.email!)),
      0
    )
  })

  test('reviewers get one daily digest of what waits for them', async ({ assert }) => {
    const { teacher, group: tổ, subgroup, groupHead } = await givenStaffedSchool()
    groupHead.email = `to.truong.${groupHead.id}@truong.edu.vn`
    await groupHead.save()
    await givenDocument(teacher, {
      group: tổ,
      subgroup,
      status: 'submitted',
      title: 'Bài 7. Phân số',
    })
    const today = DateTime.fromISO('2025-10-20')
    await sendReminders(today)
    await sendReminders(today)
    const digests = await Notification.query().where({
      user_id: groupHead.id,
      kind: 'review_digest',
    })
    assert.lengthOf(digests, 1)
    assert.include(digests[0].title, 'đang chờ bạn duyệt')
    const sent = await sentMails()
    const mails = sent.filter((mail) => mail.to.includes(groupHead.email!))
    assert.lengthOf(mails, 1)
  })

  test("yearly plans are reminded on the configured days before the school year's deadline", async ({
    assert,
  }) => {
    const { group: tổ, groupHead, school } = await givenStaffedSchool()
    const year = await currentSchoolYear()
    const pl1 = await givenDocument(groupHead, { kind: 'pl1', group: tổ, school })
    const { reminderOffsets } = await settingsFor(year.id)
    await sendReminders(year.planDeadline.minus({ days: reminderOffsets[0] }))
    const notices = await Notification.query().where({
      user_id: groupHead.id,
      document_id: pl1.id,
      kind: 'deadline',
    })
    assert.lengthOf(notices, 1)
    /* A day that is no reminder day sends nothing about it. */
    await db.from('notifications').where('document_id', pl1.id).delete()
    await sendReminders(year.planDeadline.minus({ days: 40 }))
    assert.lengthOf(await Notification.query().where({ document_id: pl1.id }), 0)
  })

  test('the bell page lists notices and the e-mail switch is saved', async ({ client, assert }) => {
    const { teacher, group: tổ, subgroup, groupHead } = await givenStaffedSchool()
    const document = await givenDocument(teacher, { group: tổ, subgroup, status: 'submitted' })
    await client
      .post(`/reviews/${document.id}/approve`)
      .loginAs(groupHead)
      .withCsrfToken()
      .redirects(0)
    const page = await client.get('/notifications').loginAs(teacher)
    page.assertTextIncludes('Hồ sơ đã được duyệt')

    await client.post('/notifications/email').form({}).loginAs(teacher).withCsrfToken().redirects(0)
    await teacher.refresh()
    assert.isFalse(teacher.emailNotifications)
  })
})
