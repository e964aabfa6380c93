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
import { BrowserSession } from './support/browser_session.js'
import { missingServices, reachable } from './support/infrastructure.js'
import { InFlightRequest } from './support/in_flight_request.js'
import { setTimeout as sleep } from 'node:timers/promises'

const DEMO_PASSWORD = 'hscm@2025'

test.group('Production: several instances', (group) => {
  let deployment: Deployment
  let skipReason: string | null = null

  group.setup(async () => {
    skipReason = await missingServices()
    if (skipReason) {
      console.warn(`[multi-instance] skipped: ${skipReason}`)
      return
    }
    deployment = await Deployment.start()
    return async () => {
      await deployment.stop()
    }
  })
  group.each.timeout(120_000)
  group.each.skip(() => skipReason !== null, 'PostgreSQL or Redis is not running on 127.0.0.1')

  test('a teacher signed in on instance A is signed in on instance B', async ({ assert }) => {
    const browser = new BrowserSession()
    const signIn = await browser.submitForm(`${deployment.a.url}/login`, `${deployment.a.url}/login`, { login: 'gv.toan', password: DEMO_PASSWORD })
    assert.equal(signIn.status, 302)
    assert.equal(signIn.headers.get('location'), '/')

    const startPage = await browser.get(`${deployment.b.url}/`)
    assert.equal(startPage.status, 200)
    assert.include(await startPage.text(), 'Nguyễn Thị Lan')
  })

  test('a stranger without the session cookie is sent to the login page by either instance', async ({ assert }) => {
    for (const instance of [deployment.a, deployment.b]) {
      const response = await new BrowserSession().get(`${instance.url}/`)
      assert.equal(response.status, 302)
      assert.equal(response.headers.get('location'), '/login')
    }
  })

  test('signing out on instance B ends the session on instance A, even for a copied cookie', async ({ assert }) => {
    const browser = new BrowserSession()
    await browser.submitForm(`${deployment.a.url}/login`, `${deployment.a.url}/login`, { login: 'gv.toan', password: DEMO_PASSWORD })
    assert.equal((await browser.get(`${deployment.a.url}/`)).status, 200)
    const copiedCookie = browser.copy()

    const signOut = await browser.submitForm(`${deployment.b.url}/`, `${deployment.b.url}/logout`, {})
    assert.equal(signOut.status, 302)

    /* The session lives in Redis: once B destroyed it, the old cookie opens nothing on A. */
    const replayed = await copiedCookie.get(`${deployment.a.url}/`)
    assert.equal(replayed.status, 302)
    assert.equal(replayed.headers.get('location'), '/login')
  })

  test('wrong passwords are counted across instances: the sixth is throttled wherever it lands', async ({ assert }) => {
    const instances = [deployment.a, deployment.b]
    for (let attempt = 0; attempt < 5; attempt++) {
      const instance = instances[attempt % 2]
      await new BrowserSession().submitForm(`${instance.url}/login`, `${instance.url}/login`, { login: 'nt.toan', password: 'sai-mat-khau' })
    }
    const browser = new BrowserSession()
    await browser.submitForm(`${deployment.b.url}/login`, `${deployment.b.url}/login`, { login: 'nt.toan', password: DEMO_PASSWORD })
    const loginPage = await browser.get(`${deployment.b.url}/login`)
    assert.include(await loginPage.text(), 'Bạn đã nhập sai')
  })

  test('SIGTERM lets a request in flight finish, then the instance exits cleanly', async ({ assert }) => {
    const instance = await deployment.startInstance('instance-c')
    const browser = new BrowserSession()
    const csrf = await browser.csrfTokenFrom(`${instance.url}/login`)
    const inFlight = await InFlightRequest.open(`${instance.url}/login`, { login: 'gv.toan', password: DEMO_PASSWORD, _csrf: csrf }, browser.cookieHeader())

    instance.process.child.kill('SIGTERM')
    /* Draining: new connections are refused while the started request waits for its body. */
    const port = Number(new URL(instance.url).port)
    while (await reachable('127.0.0.1', port)) await sleep(50)

    assert.equal(await inFlight.finish(), 302)
    assert.equal(await instance.process.exited, 0)
  })
})
