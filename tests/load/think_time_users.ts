/*
|--------------------------------------------------------------------------
| N people using the app: open a page, read it, click again
|--------------------------------------------------------------------------
|
| Each virtual user loops until the deadline: one action from its role's
| mix (a page, or an upload, or reading a plan and approving it), then
| thinks for an exponentially distributed time (mean --think seconds: a
| person reads for a few seconds, sometimes much longer). Like a browser,
| it follows the redirect after a form post (upload → validation report,
| approval → queue), and a request only ends when its whole body has been
| read. Every request is recorded: endpoint, status, latency.
|
| This is the load of N people; the closed-loop phases of run.ts (no think
| time) measure the machine's capacity instead.
*/
import { setTimeout as sleep } from 'node:timers/promises'
import type { CityUser, PageChoice } from './city_users.js'

export interface RequestSample {
  /** Seconds since the start of the run, when the request started. */
  at: number
  endpoint: string
  status: number
  ok: boolean
  ms: number
}

const UPLOAD = (label: string) => `POST /documents (upload ${label}, validated)`
const REPORT = 'GET /documents/:id/versions/:n (validation report after upload)'
/** What the teacher waits for: from sending the file to the report on screen (the post and the page after it). */
export const UPLOAD_TO_REPORT = (label: string) => `upload → report (${label})`
const REVIEW = 'GET /reviews/:id (plan to approve)'
const APPROVE = 'POST /reviews/:id/approve'
const TIMEOUT_MS = 30_000

/** Exponential think time with the given mean, capped at 10 means so one user never sleeps through the run. */
export function thinkSeconds(mean: number, random = Math.random): number {
  return Math.min(10 * mean, -Math.log(1 - random()) * mean)
}

function pickPage(pages: PageChoice[], random = Math.random): PageChoice {
  let roll = random() * pages.reduce((sum, choice) => sum + choice.weight, 0)
  for (const choice of pages) {
    roll -= choice.weight
    if (roll < 0) return choice
  }
  return pages[pages.length - 1]
}

export async function runThinkTimeUsers(
  users: CityUser[],
  options: { seconds: number; thinkMean: number }
) {
  const samples: RequestSample[] = []
  const started = performance.now()
  const deadline = started + options.seconds * 1000
  const now = () => performance.now()

  async function request(
    user: CityUser,
    endpoint: string,
    path: string,
    expect: (status: number, location: string) => boolean,
    init: RequestInit = {},
    /* Also gets this request's sample (the steps of one upload, among every user's samples). */
    steps: RequestSample[] = []
  ) {
    const record = (sample: RequestSample) => {
      samples.push(sample)
      steps.push(sample)
    }
    const at = (now() - started) / 1000
    const begin = now()
    try {
      const headers = { cookie: user.cookie, ...(init.headers as Record<string, string>) }
      const response = await fetch(`${user.baseUrl}${path}`, {
        ...init,
        headers,
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      })
      await response.arrayBuffer()
      const location = response.headers.get('location') ?? ''
      record({
        at,
        endpoint,
        status: response.status,
        ok: expect(response.status, location),
        ms: now() - begin,
      })
      return location
    } catch {
      record({ at, endpoint, status: 0, ok: false, ms: now() - begin })
      return ''
    }
  }

  const is200 = (status: number) => status === 200
  /** Thinks, unless the run ends first; false when it does. */
  const think = async () => {
    const ms = thinkSeconds(options.thinkMean) * 1000
    if (now() + ms >= deadline) return false
    await sleep(ms)
    return true
  }

  async function upload(user: CityUser) {
    const label = user.upload!.label
    const at = (now() - started) / 1000
    const begin = now()
    const steps: RequestSample[] = []
    const report = await request(
      user,
      UPLOAD(label),
      '/documents',
      (status, location) => status === 302 && /^\/documents\/\d+\/versions\/\d+$/.test(location),
      {
        method: 'POST',
        body: user.upload!.body,
        headers: {
          'content-type': user.upload!.contentType,
          'x-csrf-token': user.upload!.csrfToken,
        },
      },
      steps
    )
    if (report) await request(user, REPORT, report, is200, {}, steps)
    samples.push({
      at,
      endpoint: UPLOAD_TO_REPORT(label),
      status: steps.at(-1)?.status ?? 0,
      ok: steps.length === 2 && steps.every((step) => step.ok),
      ms: now() - begin,
    })
  }

  async function approve(user: CityUser) {
    const approval = user.approvals.shift()!
    await request(user, REVIEW, `/reviews/${approval.documentId}`, is200)
    if (!(await think())) return
    const queue = await request(
      user,
      APPROVE,
      `/reviews/${approval.documentId}/approve`,
      (status, location) => status === 302 && location === '/reviews',
      {
        method: 'POST',
        body: approval.body,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }
    )
    if (queue) await request(user, 'GET /reviews', queue, is200)
  }

  async function live(user: CityUser, index: number) {
    /* People arrive over the first think time, not all in the same millisecond. */
    if (!(await think())) return
    for (let action = 0; now() < deadline; action++) {
      const roll = Math.random()
      if (user.upload && roll < (user.role.uploadChance ?? 0)) await upload(user)
      else if (user.approvals.length && roll < (user.role.approveChance ?? 0)) await approve(user)
      else {
        const choice = pickPage(user.role.pages)
        await request(user, choice.name, choice.path(index + action), is200)
      }
      if (!(await think())) return
    }
  }

  await Promise.all(users.map(live))
  return { samples, seconds: (now() - started) / 1000 }
}
