/*
|--------------------------------------------------------------------------
| Who is on line at once: a realistic mix of the city's people
|--------------------------------------------------------------------------
|
| 100 people on line at the same time are mostly teachers (their start
| page, their own plans, sometimes an upload), then group heads and
| subgroup leads (their review queue, sometimes an approval), principals
| (dashboard, queue) and a few inspectors (inspection list, search,
| dashboard). Inspectors are a tiny share of the city's accounts (64 of
| ~26,000) but use the app every day and read its heaviest pages, so they
| are over-represented here on purpose: the mix errs on the costly side.
|
| Each person is signed in through the real login form on one of the web
| instances (round-robin) and keeps that session for the whole run.
*/
import type pg from 'pg'
import { approver, signIn, uploader, usernames, type VirtualUser } from './virtual_users.js'

export type RoleName = 'teacher' | 'reviewer' | 'principal' | 'inspector'

/** A page a person may open, with how often (relative weight) they open it. */
export interface PageChoice {
  name: string
  weight: number
  path: (pick: number) => string
}

export interface RoleMix {
  role: RoleName
  /** Roles in role_assignments that make such a person. */
  dbRoles: string[]
  /** Share of the virtual users. */
  share: number
  pages: PageChoice[]
  /** Chance that an uploader's action is an upload instead of a page. */
  uploadChance?: number
  /** Chance that an action is reading one submitted plan and approving it. */
  approveChance?: number
}

const SEARCHES = ['phan so', 'so nguyen', 'quang hop', 'truyen ngan', 'ban do', 'thuat toan']
const page = (path: string, weight: number): PageChoice => ({
  name: `GET ${path}`,
  weight,
  path: () => path,
})
const search = (weight: number): PageChoice => ({
  name: 'GET /documents/search?q=',
  weight,
  path: (pick) => `/documents/search?q=${encodeURIComponent(SEARCHES[pick % SEARCHES.length])}`,
})

export const ROLE_MIX: RoleMix[] = [
  {
    role: 'teacher',
    dbRoles: ['teacher'],
    share: 0.72,
    pages: [
      page('/', 30),
      page('/documents', 35),
      page('/dashboard', 10),
      page('/notifications', 10),
      search(15),
    ],
    /* Only the uploaders (UploadMix) upload: the 16 of the model, each about every other action. */
    uploadChance: 0.5,
  },
  {
    role: 'reviewer',
    dbRoles: ['group_head', 'subgroup_lead'],
    share: 0.14,
    pages: [
      page('/', 15),
      page('/reviews', 40),
      page('/documents', 15),
      page('/dashboard', 15),
      search(10),
      page('/notifications', 5),
    ],
    approveChance: 0.15,
  },
  {
    role: 'principal',
    dbRoles: ['principal', 'vice_principal'],
    share: 0.06,
    pages: [
      page('/', 15),
      page('/dashboard', 35),
      page('/reviews', 30),
      search(10),
      page('/documents', 10),
    ],
    approveChance: 0.1,
  },
  {
    role: 'inspector',
    dbRoles: ['office_inspector', 'dept_specialist', 'dept_leader'],
    share: 0.08,
    pages: [page('/dashboard', 30), page('/inspection', 35), search(25), page('/', 10)],
  },
]

/** A file the uploaders send: the 10-page lesson plan DOCX, or the 40-page PDF a quarter of them send. */
export interface UploadFile {
  /** Shown in the results: "10-page DOCX", "40-page PDF". */
  label: string
  bytes: Uint8Array
  fileName: string
}

/** Who uploads: `uploaders` of the teachers, the first `heavyShare` of them sending `heavy`, the others `usual`. */
export interface UploadMix {
  uploaders: number
  heavyShare: number
  usual: UploadFile
  heavy: UploadFile
}

export interface CityUser extends VirtualUser {
  role: RoleMix
  baseUrl: string
  /** Multipart body and content type of the upload form (the uploaders), and which file it carries. */
  upload?: { body: Buffer; contentType: string; csrfToken: string; label: string }
  /** Submitted plans in this person's queue, each approved at most once (reviewers, principals). */
  approvals: Array<{ documentId: number; body: string }>
}

/** How many of `total` users each role gets (largest remainder, so they add up). */
export function headcounts(total: number): number[] {
  const exact = ROLE_MIX.map((mix) => mix.share * total)
  const counts = exact.map(Math.floor)
  const byRemainder = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest)
  for (let i = 0; counts.reduce((sum, n) => sum + n, 0) < total; i++)
    counts[byRemainder[i].index] += 1
  return counts
}

export interface CityUsersInput {
  client: pg.Client
  baseUrls: string[]
  total: number
  uploads: UploadMix
  lessonTitle: string
  /** Usernames already used elsewhere in this run (e.g. by the capacity phases' approvers). */
  skip?: Set<string>
}

export async function signInCityUsers(input: CityUsersInput): Promise<CityUser[]> {
  const counts = headcounts(input.total)
  const users: CityUser[] = []
  const claimed = new Set<number>()
  for (const [index, mix] of ROLE_MIX.entries()) {
    /* Ask for more names than needed: the capacity phases may have taken some, and people are spread over schools. */
    const candidates = await usernames(input.client, mix.dbRoles, counts[index] * 3 + 20)
    const names = candidates.filter((name) => !input.skip?.has(name))
    const picked = names
      .filter((name) => !users.some((user) => user.username === name))
      .slice(0, counts[index])
    for (const name of picked) users.push(await prepare(input, mix, name, users.length, claimed))
  }
  return users
}

async function prepare(
  input: CityUsersInput,
  mix: RoleMix,
  name: string,
  position: number,
  claimed: Set<number>
): Promise<CityUser> {
  const baseUrl = input.baseUrls[position % input.baseUrls.length]
  const user = await signIn(baseUrl, name)
  const person: CityUser = { ...user, role: mix, baseUrl, approvals: [] }
  const uploaderIndex = mix.uploadChance ? position : Number.POSITIVE_INFINITY
  if (uploaderIndex < input.uploads.uploaders) {
    const heavy = uploaderIndex < Math.round(input.uploads.uploaders * input.uploads.heavyShare)
    const file = heavy ? input.uploads.heavy : input.uploads.usual
    const ready = await uploader(baseUrl, user, file.bytes, input.lessonTitle, file.fileName)
    person.upload = {
      body: ready.body,
      contentType: ready.contentType,
      csrfToken: ready.csrfToken,
      label: file.label,
    }
  }
  if (mix.approveChance) {
    /* Two reviewers may share a queue (a group head and a subgroup lead): each plan goes to one of them only. */
    const ready = await approver(baseUrl, user, 15)
    person.approvals = ready.approvals.filter((approval) => !claimed.has(approval.documentId))
    person.approvals.forEach((approval) => claimed.add(approval.documentId))
  }
  return person
}
