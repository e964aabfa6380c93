/*
|--------------------------------------------------------------------------
| Several stateless instances share everything through PG, Redis and S3
|--------------------------------------------------------------------------
|
| A person's requests land on whichever instance the load balancer picks.
| Two web processes, one worker, one PostgreSQL, one Redis and one S3
| server: sign in on one, carry on on the other.
*/
import { test } from '@japa/runner'
import { Deployment } from './support/deployment.js'
import { BrowserSession, firstChoice } from './support/browser_session.js'
import { missingServices, reachable } from './support/infrastructure.js'
import { InFlightRequest } from './support/in_flight_request.js'
import { setTimeout as sleep } from 'node:timers/promises'
import { lessonPlanDocx } from '#tests/helpers/documents'

const DEMO_PASSWORD = 'hscm@2025'
/* The title the lesson plan fixture carries, so the metadata check agrees. */
const LESSON_TITLE = 'Bài 5. Phân số với tử và mẫu là số nguyên'
const PENDING = 'Đang chờ xử lý: phiên bản này đứng thứ'

async function signIn(url: string, login: string): Promise<BrowserSession> {
  const browser = new BrowserSession()
  const response = await browser.submitForm(`${url}/login`, `${url}/login`, {
    login,
    password: DEMO_PASSWORD,
  })
  const home = response.status === 302 ? await browser.get(`${url}/`) : null
  if (home?.status !== 200) throw new Error(`${login} could not sign in on ${url}`)
  return browser
}

/** Reloads a page until `done(html)` holds, as a person waiting for a result would. */
async function reloadUntil(
  browser: BrowserSession,
  url: string,
  done: (html: string) => boolean,
  deadlineMs = 60_000
): Promise<string> {
  const deadline = Date.now() + deadlineMs
  while (true) {
    const response = await browser.get(url)
    const html = await response.text()
    if (done(html)) return html
    if (Date.now() > deadline) throw new Error(`${url} did not change within ${deadlineMs} ms`)
    await sleep(250)
  }
}

test.group('Production: several instances', (group) => {
  let deployment: Deployment
  let skipReason: string | null = null

  group.setup(async () => {
    skipReason = await missingServices()
    if (skipReason) {
      console.warn(`[multi-instance] skipped: ${skipReason}`)
      return async () => {}
    }
    /* Every upload counts as large here, so validation takes the worker's path. */
    deployment = await Deployment.start({ validateInlineMaxMb: 0 })
    return async () => {
      await deployment?.stop()
    }
  })
  group.each.timeout(120_000)
  group.each.skip(() => skipReason !== null, 'PostgreSQL or Redis is not running on 127.0.0.1')

  test('a teacher signed in on instance A is signed in on instance B', async ({ assert }) => {
    const browser = new BrowserSession()
    const signedIn = await browser.submitForm(
      `${deployment.a.url}/login`,
      `${deployment.a.url}/login`,
      { login: 'gv.toan', password: DEMO_PASSWORD }
    )
    assert.equal(signedIn.status, 302)
    assert.equal(signedIn.headers.get('location'), '/')

    const startPage = await browser.get(`${deployment.b.url}/`)
    assert.equal(startPage.status, 200)
    assert.include(await startPage.text(), 'Nguyễn Thị Lan')
  })

  test('a stranger without the session cookie is sent to the login page by either instance', async ({
    assert,
  }) => {
    for (const instance of [deployment.a, deployment.b]) {
      const response = await new BrowserSession().get(`${instance.url}/`)
      assert.equal(response.status, 302)
      assert.equal(response.headers.get('location'), '/login')
    }
  })

  test('signing out on instance B ends the session on instance A, even for a copied cookie', async ({
    assert,
  }) => {
    const browser = new BrowserSession()
    await browser.submitForm(`${deployment.a.url}/login`, `${deployment.a.url}/login`, {
      login: 'gv.toan',
      password: DEMO_PASSWORD,
    })
    const response = await browser.get(`${deployment.a.url}/`)
    assert.equal(response.status, 200)
    const copiedCookie = browser.copy()

    const signOut = await browser.submitForm(
      `${deployment.b.url}/`,
      `${deployment.b.url}/logout`,
      {}
    )
    assert.equal(signOut.status, 302)

    /* The session lives in Redis: once B destroyed it, the old cookie opens nothing on A. */
    const replayed = await copiedCookie.get(`${deployment.a.url}/`)
    assert.equal(replayed.status, 302)
    assert.equal(replayed.headers.get('location'), '/login')
  })

  test('wrong passwords are counted across instances: the sixth is throttled wherever it lands', async ({
    assert,
  }) => {
    const instances = [deployment.a, deployment.b]
    for (let attempt = 0; attempt < 5; attempt++) {
      const instance = instances[attempt % 2]
      await new BrowserSession().submitForm(`${instance.url}/login`, `${instance.url}/login`, {
        login: 'ht.ngoquyen',
        password: 'sai-mat-khau',
      })
    }
    const browser = new BrowserSession()
    await browser.submitForm(`${deployment.b.url}/login`, `${deployment.b.url}/login`, {
      login: 'ht.ngoquyen',
      password: DEMO_PASSWORD,
    })
    const loginPage = await browser.get(`${deployment.b.url}/login`)
    assert.include(await loginPage.text(), 'Bạn đã nhập sai')
  })

  test('SIGTERM lets a request in flight finish, then the instance exits cleanly', async ({
    assert,
  }) => {
    const instance = await deployment.startInstance('instance-c')
    const browser = new BrowserSession()
    const csrf = await browser.csrfTokenFrom(`${instance.url}/login`)
    const inFlight = await InFlightRequest.open(
      `${instance.url}/login`,
      { login: 'gv.toan', password: DEMO_PASSWORD, _csrf: csrf },
      browser.cookieHeader()
    )

    instance.process.child.kill('SIGTERM')
    /* Draining: new connections are refused while the started request waits for its body. */
    const port = Number(new URL(instance.url).port)
    while (await reachable('127.0.0.1', port)) await sleep(50)

    assert.equal(await inFlight.finish(), 302)
    assert.equal(await instance.process.exited, 0)
  })

  test('upload on B is validated by the worker, submitted on B, approved on A; the file is read back on A', async ({
    assert,
  }) => {
    const { a, b } = deployment
    const teacher = await signIn(a.url, 'gv.toan')
    const formResponse = await teacher.get(`${b.url}/documents/new?kind=pl4`)
    const form = await formResponse.text()
    const bytes = await lessonPlanDocx()
    const uploaded = await teacher.upload(
      `${b.url}/documents/new?kind=pl4`,
      `${b.url}/documents`,
      {
        field: 'file',
        name: 'Kế hoạch bài dạy – Hỗn số.docx',
        bytes,
        type: 'application/octet-stream',
      },
      {
        kind: 'pl4',
        targetId: firstChoice(form, 'targetId'),
        subjectId: firstChoice(form, 'subjectId'),
        grade: '6',
        lessonTitle: LESSON_TITLE,
        periods: '2',
        teachingWeek: '7',
      }
    )
    assert.equal(uploaded.status, 302)
    const reportPath = uploaded.headers.get('location')!
    const documentPath = reportPath.replace(/\/versions\/1$/, '')
    assert.match(reportPath, /^\/documents\/\d+\/versions\/1$/)

    /* The worker, not instance B, writes the validation run; the report shows it once stored. */
    const report = await reloadUntil(
      teacher,
      `${a.url}${reportPath}`,
      (html) => !html.includes(PENDING)
    )
    assert.include(report, 'Kết quả kiểm tra – phiên bản 1')

    const submitted = await teacher.submitForm(
      `${b.url}${documentPath}`,
      `${b.url}${documentPath}/submit`,
      {}
    )
    assert.equal(submitted.headers.get('location'), documentPath)

    const reviewer = await signIn(b.url, 'nt.toan')
    const documentId = documentPath.split('/').pop()
    const queueResponse = await reviewer.get(`${a.url}/reviews`)
    const queue = await queueResponse.text()
    assert.include(queue, LESSON_TITLE)
    const reviewResponse = await reviewer.get(`${a.url}/reviews/${documentId}`)
    const reviewPage = await reviewResponse.text()
    const approved = await reviewer.submitForm(
      `${a.url}/reviews/${documentId}`,
      `${a.url}/reviews/${documentId}/approve`,
      {
        versionId: firstChoice(reviewPage, 'versionId'),
      }
    )
    assert.equal(approved.headers.get('location'), '/reviews')

    const documentResponse = await teacher.get(`${b.url}${documentPath}`)
    const documentPage = await documentResponse.text()
    assert.include(documentPage, 'Đã duyệt')
    /* Stored by B in S3, served by A. */
    const download = await teacher.get(`${a.url}${documentPath}/versions/1/download`)
    assert.equal(download.status, 200)
    assert.deepEqual(new Uint8Array(await download.arrayBuffer()), new Uint8Array(bytes))
  })
})
