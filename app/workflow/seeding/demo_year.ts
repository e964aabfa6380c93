/*
|--------------------------------------------------------------------------
| The demo school year: plans of every kind in every state, back-dated
|--------------------------------------------------------------------------
|
| For each school in turn: the plans it writes (school_plans.ts), what
| happens to each (plan_lives.ts, through the real actions at their own
| dates), with the files rendered ahead in worker threads
| (demo_file_pool.ts). A school is written in one transaction and skipped
| when it already has plans this year, so seeding again adds nothing and
| an interrupted seeding resumes at the school it stopped in. `npm start`
| seeds the demo schools; `hscm:seed --scale=city --with-documents` every
| school of the city, in batches, with progress.
*/
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { withStaticReads } from '#app/core/services/static_reads'
import { seededRandom } from '#app/organization/seeding/random'
import User from '#app/organization/models/user'
import { loadCast, type CastSchool, type CastSize } from '#app/workflow/seeding/demo_cast'
import { createDemoFilePool, type DemoFilePool } from '#app/workflow/seeding/demo_file_pool'
import { plansOf, type Context } from '#app/workflow/seeding/school_plans'
import { live, scriptOf, type Script } from '#app/workflow/seeding/plan_lives'

export interface DemoYearSize extends CastSize {
  lessonsPerTeacher: number
}

/**
 * `npm start`: every demo school, one teacher per group besides the demo
 * logins, two lessons each (~450 documents).
 */
const FULL_DEMO_YEAR: DemoYearSize = {
  schools: 13,
  teachersPerGroup: 1,
  lessonsPerTeacher: 2,
}

/** Demo schools in seeding order: those of the demo logins first, so a reduced year still serves every login. */
export const DEMO_YEAR_SCHOOLS = [
  'THCS_CVA',
  'THPT_NGOQUYEN',
  'THCS_TRANPHU_LC',
  'PT_MARIECURIE',
  'THCS_LELOI',
  'THCS_HBANG',
  'THPT_TRANPHU',
  'THPT_LQD',
  'PT_NBK',
  'THCS_THUYSON',
  'THCS_ANLAO',
  'THPT_THAIPHIEN',
  'PT_HUUNGHI',
]

/** Schools whose cast is loaded at once: what a city seeding holds in memory. */
const SCHOOL_BATCH = 10
const SEED = 20260905

export interface SchoolSeeded {
  code: string
  /** Plans created in this school; 0 when it already had plans (skipped). */
  plans: number
  skipped: boolean
  /** Schools done so far, of `total`. */
  done: number
  total: number
}

export interface YearOfPlansOptions {
  /** The schools, in seeding order. */
  schoolCodes: string[]
  size: Omit<DemoYearSize, 'schools'>
  today?: DateTime
  onSchool?: (progress: SchoolSeeded) => void
}

/**
 * Seeds the current school year's plans for the demo schools; nothing
 * when they already have documents this year (idempotent). Returns how many
 * documents it created.
 */
export async function seedDemoYear(
  size: DemoYearSize = FULL_DEMO_YEAR,
  today = DateTime.now()
): Promise<number> {
  return seedYearOfPlans({ schoolCodes: DEMO_YEAR_SCHOOLS.slice(0, size.schools), size, today })
}

/** Every school of the organization, by code (the city seed). */
export async function allSchoolCodes(): Promise<string[]> {
  const rows = await db.from('schools').orderBy('id').select('code')
  return rows.map((row) => row.code)
}

/** Seeds the current year's plans school by school; returns how many documents it created. */
export function seedYearOfPlans(options: YearOfPlansOptions): Promise<number> {
  /* Roles, routing rules, validators' settings do not change while the year is seeded: each is read once. */
  return withStaticReads(() => seedYear(options))
}

async function seedYear(options: YearOfPlansOptions): Promise<number> {
  const year = await db.from('school_years').where('is_current', true).first()
  if (!year) return 0
  const { DEMO_LOGINS } = await import('#app/organization/seeding/demo')
  const demoUsernames = DEMO_LOGINS.map((login) => login.username)
  const base = {
    yearId: year.id,
    yearLabel: String(year.name).replace('-', ' - '),
    startsOn: asDate(year.starts_on),
    deadline: asDate(year.plan_deadline),
    today: (options.today ?? DateTime.now()).startOf('day').set({ hour: 8 }),
    inspectors: await inspectorsOf(year.id),
  }
  const total = options.schoolCodes.length
  const files = createDemoFilePool()
  let created = 0
  let done = 0
  try {
    for (let start = 0; start < total; start += SCHOOL_BATCH) {
      const codes = options.schoolCodes.slice(start, start + SCHOOL_BATCH)
      const cast = await loadCast(
        year.id,
        codes,
        { ...options.size, schools: codes.length },
        demoUsernames
      )
      const seeded = await schoolsWithPlans(
        year.id,
        cast.map((school) => school.id)
      )
      /* The next school's files are rendered and read while this one's plans are stored. */
      const scripted = cast.map(
        (school) => () =>
          seeded.has(school.id)
            ? null
            : scriptsOf(
                school,
                { ...base, random: seededRandom(SEED + school.id) },
                options.size,
                files
              )
      )
      let next = scripted[0]?.()
      for (const [index, school] of cast.entries()) {
        const current = next
        next = scripted[index + 1]?.()
        const plans = current ? await liveSchool(current) : 0
        created += plans
        options.onSchool?.({ code: school.code, plans, skipped: !current, done: ++done, total })
      }
    }
  } finally {
    await files.close()
  }
  return created
}

/** One school's plans with their stories, their files asked for up front (rendered and read while the plans before them are stored). */
function scriptsOf(
  school: CastSchool,
  context: Context,
  size: Omit<DemoYearSize, 'schools'>,
  files: DemoFilePool
) {
  const scripts = plansOf(school, context, size.lessonsPerTeacher)
    .map((plan) => scriptOf(plan, context, files))
    .filter((script) => script !== null)
  return { context, scripts }
}

/** Each plan of a school lived in turn, in one transaction. */
async function liveSchool({ context, scripts }: { context: Context; scripts: Script[] }) {
  return inOneTransaction(async () => {
    let lived = 0
    for (const script of scripts) if (await live(script, context)) lived++
    return lived
  })
}

async function schoolsWithPlans(schoolYearId: number, schoolIds: number[]) {
  const rows = await db
    .from('documents')
    .where('school_year_id', schoolYearId)
    .whereIn('school_id', schoolIds)
    .distinct('school_id')
  return new Set(rows.map((row) => row.school_id))
}

/**
 * A school's year is written in one transaction: one commit (one disk
 * sync) instead of one per row, and a seeding interrupted half-way leaves
 * no half-lived school. The actions' own transactions become savepoints in
 * it. Inside a transaction already open (a test's), it simply runs there.
 */
async function inOneTransaction<T>(step: () => Promise<T>): Promise<T> {
  if (db.connectionGlobalTransactions.has(db.primaryConnectionName)) return step()
  await db.beginGlobalTransaction()
  try {
    const result = await step()
    await db.commitGlobalTransaction()
    return result
  } catch (error) {
    await db.rollbackGlobalTransaction()
    throw error
  }
}

function asDate(value: unknown) {
  return value instanceof Date
    ? DateTime.fromJSDate(value).startOf('day')
    : DateTime.fromISO(String(value).slice(0, 10))
}

async function inspectorsOf(schoolYearId: number) {
  const ids = await db
    .from('role_assignments')
    .where('school_year_id', schoolYearId)
    .whereIn('role', ['office_inspector', 'dept_specialist'])
    .select('user_id')
  return User.query().whereIn(
    'id',
    ids.map((row) => row.user_id)
  )
}
