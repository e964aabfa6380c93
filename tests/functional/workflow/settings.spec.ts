import { test } from '@japa/runner'
import { givenPersonWithRole } from '#tests/helpers/organization'
import { givenStaffedSchool } from '#tests/helpers/workflow'
import { settingsFor, saveSettings } from '#app/workflow/services/workflow_settings'
import { defaultReviewers } from '#app/workflow/services/routing_defaults'
import { currentSchoolYear } from '#tests/helpers/organization'

test.group('Workflow settings per school year', () => {
  test('the department admin sets reviewers, lead time and reminder days; others may not', async ({
    client,
    assert,
  }) => {
    const admin = await givenPersonWithRole('dept_admin', {})
    const { principal } = await givenStaffedSchool()
    const year = await currentSchoolYear()
    const before = await settingsFor(year.id)

    const form = await client.get('/workflow/settings').loginAs(admin)
    form.assertTextIncludes('Quy trình duyệt của năm học')
    const refused = await client.get('/workflow/settings').loginAs(principal)
    refused.assertStatus(403)

    try {
      const saved = await client
        .put('/workflow/settings')
        .form({
          'reviewers[school_plan]': 'school_council',
          'reviewers[pl1]': 'principal',
          'reviewers[pl2]': 'principal_office',
          'reviewers[pl3]': 'group_head',
          'reviewers[pl4]': 'group_leads',
          'lessonPlanLeadDays': 2,
          'reminderOffsets': '1, 7,3',
        })
        .loginAs(admin)
        .withCsrfToken()
        .redirects(0)
      saved.assertHeader('location', '/workflow/settings')
      const after = await settingsFor(year.id)
      assert.equal(after.reviewers.pl1, 'principal')
      assert.equal(after.reviewers.pl3, 'group_head')
      assert.equal(after.lessonPlanLeadDays, 2)
      assert.deepEqual(after.reminderOffsets, [7, 3, 1])

      const invalid = await client
        .put('/workflow/settings')
        .form({ 'reviewers[pl1]': 'group_head', 'lessonPlanLeadDays': 1, 'reminderOffsets': '1' })
        .loginAs(admin)
        .withCsrfToken()
        .redirects(0)
      invalid.assertStatus(302)
      const settings = await settingsFor(year.id)
      assert.equal(settings.reviewers.pl1, 'principal')
    } finally {
      await saveSettings(year.id, { ...before, reviewers: defaultReviewers() }, admin.id)
    }
  })
})
