/*
|--------------------------------------------------------------------------
| The people of the load test, signed in through the real login form
|--------------------------------------------------------------------------
|
| Teachers upload lesson plans and read their pages; reviewers (subgroup
| leads, group heads) read their queue and approve; inspectors (offices,
| department specialists) search and read dashboards. Each is one session
| cookie, i.e. one autocannon connection.
*/
import type pg from 'pg'
import { BrowserSession, firstChoice } from '#tests/functional/production/support/browser_session'

const PASSWORD = 'hscm@2025'

export interface VirtualUser {
  username: string
  cookie: string
  session: BrowserSession
}

export interface Uploader extends VirtualUser {
  body: Buffer
  contentType: string
  /** A multipart body is read only after the CSRF check: the token goes in a header, as upload.js sends it. */
  csrfToken: string
}

export interface Approver extends VirtualUser {
  /** Submitted documents in this reviewer's queue, each approved once. */
  approvals: Array<{ documentId: number; body: string }>
}

/** Usernames of a role, spread over the schools (every k-th assignment). */
export async function usernames(
  client: pg.Client,
  roles: string[],
  count: number
): Promise<string[]> {
  const { rows } = await client.query(
    `SELECT u.username FROM role_assignments ra JOIN users u ON u.id = ra.user_id JOIN school_years y ON y.id = ra.school_year_id AND y.is_current
     WHERE ra.role = ANY($1) GROUP BY u.username, u.id ORDER BY (u.id * 7919) % 100003 LIMIT $2`,
    [roles, count]
  )
  return rows.map((row: { username: string }) => row.username)
}

export async function signIn(baseUrl: string, username: string): Promise<VirtualUser> {
  const session = new BrowserSession()
  await session.submitForm(`${baseUrl}/login`, `${baseUrl}/login`, {
    login: username,
    password: PASSWORD,
  })
  const start = await session.get(`${baseUrl}/`)
  if (start.status !== 200)
    throw new Error(`${username} could not sign in (start page: HTTP ${start.status})`)
  return { username, session, cookie: session.cookieHeader() }
}

/** The multipart body of the teacher's upload form with the given file, as a browser would send it. */
export async function uploader(
  baseUrl: string,
  user: VirtualUser,
  file: Uint8Array,
  lessonTitle: string,
  fileName = 'Kế hoạch bài dạy.docx'
): Promise<Uploader> {
  const formPage = `${baseUrl}/documents/new?kind=pl4`
  const response = await user.session.get(formPage)
  const html = await response.text()
  const form = new FormData()
  const csrfToken = await user.session.csrfTokenFrom(formPage)
  form.set('_csrf', csrfToken)
  const fields = {
    kind: 'pl4',
    targetId: firstChoice(html, 'targetId'),
    subjectId: firstChoice(html, 'subjectId'),
    grade: '6',
    lessonTitle,
    periods: '2',
    teachingWeek: '9',
  }
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  form.set('file', new Blob([file as Uint8Array<ArrayBuffer>]), fileName)
  const request = new Request(formPage, { method: 'POST', body: form })
  return {
    ...user,
    body: Buffer.from(await request.arrayBuffer()),
    contentType: request.headers.get('content-type')!,
    csrfToken,
  }
}

/** The reviewer with up to `limit` approvals ready (document id + the version shown), read from the queue pages. */
export async function approver(
  baseUrl: string,
  user: VirtualUser,
  limit: number
): Promise<Approver> {
  const response = await user.session.get(`${baseUrl}/reviews`)
  const queue = await response.text()
  const ids = [
    ...new Set([...queue.matchAll(/href="\/reviews\/(\d+)"/g)].map((match) => Number(match[1]))),
  ].slice(0, limit)
  const approvals = []
  for (const documentId of ids) {
    const pageResponse = await user.session.get(`${baseUrl}/reviews/${documentId}`)
    const page = await pageResponse.text()
    const versionId = page.match(/name="versionId" value="(\d+)"/)?.[1]
    if (!versionId) continue
    const csrf = await user.session.csrfTokenFrom(`${baseUrl}/reviews/${documentId}`)
    approvals.push({ documentId, body: new URLSearchParams({ _csrf: csrf, versionId }).toString() })
  }
  return { ...user, approvals }
}
