/*
|--------------------------------------------------------------------------
| Given/Then helpers for the validator rule set
|--------------------------------------------------------------------------
|
| Rule-set tests work in a school year of their own, so that a department
| setting they save (and the revalidation it triggers) never reaches the
| documents of other tests, which live in the current year.
*/
import { DateTime } from 'luxon'
import SchoolYear from '#app/organization/models/school_year'
import type User from '#app/organization/models/user'
import type Document from '#app/documents/models/document'
import type DocumentVersion from '#app/documents/models/document_version'
import ValidatorSetting from '#app/documents/validation/validator_setting'
import { latestRun } from '#app/documents/services/validate_version'
import { givenLessonPlan, lessonPlanDocx, teacherAssignment } from '#tests/helpers/documents'
import RoleAssignment from '#app/organization/models/role_assignment'
import type { PlanOptions } from '#tests/fixtures/plans'

const createdYears: number[] = []

/** A fresh, non-current school year: its documents and rule set belong to one test. */
export async function givenRuleSetYear(): Promise<SchoolYear> {
  const start = 2040 + createdYears.length
  const year = await SchoolYear.create({
    name: `${start}-${start + 1}`,
    startsOn: DateTime.fromISO(`${start}-09-05`),
    endsOn: DateTime.fromISO(`${start + 1}-05-31`),
    weeksTerm1: 18,
    weeksTerm2: 17,
    planDeadline: SchoolYear.defaultPlanDeadline(start),
    isCurrent: false,
  })
  createdYears.push(year.id)
  return year
}

/** A teacher's lesson plan uploaded now, then moved (with the teacher's role) to the rule-set year. */
export async function givenLessonPlanIn(
  year: SchoolYear,
  teacher: User,
  plan: PlanOptions = {}
): Promise<{ document: Document; version: DocumentVersion }> {
  const { document, version } = await givenLessonPlan(teacher, {
    bytes: await lessonPlanDocx(plan),
  })
  document.schoolYearId = year.id
  await document.save()
  const stored = await teacherAssignment(teacher)
  const { id, ...assignment } = stored.serializeAttributes()
  await RoleAssignment.create({ ...assignment, schoolYearId: year.id })
  return { document, version }
}

/** Remove the rule sets saved in the years above (the table is shared by the whole run). */
export async function forgetRuleSets() {
  if (createdYears.length)
    await ValidatorSetting.query().whereIn('school_year_id', createdYears).delete()
}

export async function thenLatestRun(version: DocumentVersion) {
  const run = await latestRun(version.id)
  if (!run) throw new Error(`version ${version.id} has no validation run`)
  return run
}
