import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import i18nManager from '@adonisjs/i18n/services/main'
import SchoolYear from '#app/organization/models/school_year'
import { rolesThat } from '#app/core/registries/roles'
import { notify } from '#app/workflow/services/notifier'
import { reviewQueue, toDate } from '#app/workflow/services/review_queue'
import { deadlineContext, dueDate } from '#app/workflow/services/deadlines'
import { weekOf } from '#app/workflow/services/school_calendar'
import { settingsFor, type WorkflowSettings } from '#app/workflow/services/workflow_settings'
import { kindsWhere, lessonKinds, yearlyKinds, type DocumentKind } from '#app/core/registries/kinds'
import { urlFor } from '@adonisjs/core/services/url_builder'

/*
 * The daily reminders (`node ace workflow:remind`):
 * - owners of yearly plans not yet approved, on each reminder offset
 *   before the school year's deadline, and teachers who have no PL3 yet;
 * - owners of lesson plans not yet approved, on each offset before the
 *   day the plan must be approved (lesson date minus the lead time);
 * - one digest per reviewer with documents waiting.
 * Every notice carries a key made of what it is about and the day, so a
 * second run on the same day sends nothing new.
 */
export interface ReminderOutcome {
  deadline: number
  missing: number
  lesson: number
  digest: number
}

const t = (key: string, data?: Record<string, unknown>) => i18nManager.locale('vi').t(key, data)

export async function sendReminders(today: DateTime = DateTime.now()): Promise<ReminderOutcome> {
  const outcome: ReminderOutcome = { deadline: 0, missing: 0, lesson: 0, digest: 0 }
  const year = await SchoolYear.current()
  if (!year) return outcome
  const settings = await settingsFor(year.id)
  const day = today.startOf('day')

  if (
    settings.reminderOffsets.some((offset) =>
      year.planDeadline.startOf('day').minus({ days: offset }).equals(day)
    )
  ) {
    outcome.deadline = await remindYearlyPlans(year, day)
    outcome.missing = await remindMissingTeacherPlans(year, day)
  }
  outcome.lesson = await remindLessonPlans(year, settings, day)
  outcome.digest = await sendReviewerDigests(year, settings, day)
  return outcome
}

async function remindYearlyPlans(year: SchoolYear, day: DateTime) {
  const documents = await db
    .from('documents')
    .where('school_year_id', year.id)
    .whereIn('kind', yearlyKinds())
    .whereNot('status', 'approved')
    .select('id', 'owner_user_id', 'title', 'status')
  let sent = 0
  for (const document of documents) {
    const notices = await notify([document.owner_user_id], {
      kind: 'deadline',
      title: t('workflow.remind.deadlineTitle', {
        document: document.title,
        date: year.planDeadline.toFormat('dd/MM/yyyy'),
      }),
      body: t('workflow.remind.deadlineBody', { status: t(`documents.status.${document.status}`) }),
      url: urlFor('documents.show', { id: document.id }),
      documentId: document.id,
      dedupeKey: `deadline:d${document.id}:${day.toISODate()}`,
    })
    sent += notices.length
  }
  return sent
}

/** Teachers of the year with no plan of a kind every teacher owes (PL3) at all. */
async function remindMissingTeacherPlans(year: SchoolYear, day: DateTime) {
  let sent = 0
  for (const kind of kindsWhere((candidate) => candidate.expected === 'one_per_teacher'))
    sent += await remindMissing(year, day, kind)
  return sent
}

async function remindMissing(year: SchoolYear, day: DateTime, kind: DocumentKind) {
  const teachers = await db
    .from('role_assignments')
    .where({ school_year_id: year.id, role: 'teacher' })
    .whereNotExists((sub) =>
      sub
        .from('documents')
        .select(db.raw('1'))
        .whereColumn('documents.owner_user_id', 'role_assignments.user_id')
        .where('documents.school_year_id', year.id)
        .where('documents.kind', kind)
    )
    .distinct('user_id')
  const notices = await notify(
    teachers.map((row) => row.user_id),
    {
      kind: 'deadline',
      title: t('workflow.remind.missingTitle', {
        kind: t(`workflow.kinds.${kind}`),
        date: year.planDeadline.toFormat('dd/MM/yyyy'),
      }),
      url: urlFor('documents.create'),
      dedupeKey: `missing:${kind}:${day.toISODate()}`,
    }
  )
  return notices.length
}

async function remindLessonPlans(year: SchoolYear, settings: WorkflowSettings, day: DateTime) {
  /* Approval is due `lead` days before the lesson; remind `offset` days before that. */
  const context = deadlineContext(year, settings)
  const lessonDays = settings.reminderOffsets.map((offset) =>
    day.plus({ days: offset + settings.lessonPlanLeadDays })
  )
  /* A lesson planned by week falls on its week's Monday: the weeks starting on a reminder's lesson day. */
  const weeks = lessonDays.flatMap((lesson) => {
    const week = weekOf(context.calendar!, lesson)
    return week && week.start.equals(lesson) ? [week.week] : []
  })
  const documents = await db
    .from('documents')
    .where('school_year_id', year.id)
    .whereIn('kind', lessonKinds())
    .whereNot('status', 'approved')
    .where((query) => {
      query.whereIn(
        'teaching_date',
        lessonDays.map((lesson) => lesson.toISODate()!)
      )
      if (weeks.length)
        query.orWhere((byWeek) => byWeek.whereNull('teaching_date').whereIn('teaching_week', weeks))
    })
    .select(
      'id',
      'kind',
      'owner_user_id',
      'title',
      'lesson_title',
      'status',
      'teaching_date',
      'teaching_week'
    )
  let sent = 0
  for (const document of documents) {
    const due = dueDate(
      {
        kind: document.kind,
        status: document.status,
        teachingDate: toDate(document.teaching_date),
        teachingWeek: document.teaching_week,
      },
      context
    )!
    const notices = await notify([document.owner_user_id], {
      kind: 'lesson_due',
      title: t('workflow.remind.deadlineTitle', {
        document: document.lesson_title || document.title,
        date: due.toFormat('dd/MM/yyyy'),
      }),
      body: t('workflow.remind.deadlineBody', { status: t(`documents.status.${document.status}`) }),
      url: urlFor('documents.show', { id: document.id }),
      documentId: document.id,
      dedupeKey: `lesson:d${document.id}:${day.toISODate()}`,
    })
    sent += notices.length
  }
  return sent
}

/** One message per reviewer with a non-empty queue: how many, and the most urgent. */
async function sendReviewerDigests(year: SchoolYear, settings: WorkflowSettings, day: DateTime) {
  const reviewers = await db
    .from('role_assignments')
    .where('school_year_id', year.id)
    .whereIn('role', rolesThat({ reviews: 'any' }))
    .distinct('user_id')
  let sent = 0
  for (const { user_id: userId } of reviewers) {
    const queue = await reviewQueue(userId, year, settings)
    if (!queue.length) continue
    const first = queue[0]
    const notices = await notify([userId], {
      kind: 'review_digest',
      title: t('workflow.remind.digestTitle', { count: queue.length }),
      body: t('workflow.remind.digestBody', {
        first: `${first.lessonTitle || first.title} (${first.ownerName})`,
      }),
      url: urlFor('reviews.index'),
      dedupeKey: `digest:${day.toISODate()}`,
    })
    sent += notices.length
  }
  return sent
}
