import { test } from '@japa/runner'
import { IncomingMessage, ServerResponse } from 'node:http'
import { Socket } from 'node:net'
import testUtils from '@adonisjs/core/services/test_utils'
import HttpExceptionHandler from '#app/core/exceptions/handler'

/*
 * What a user sees when something goes wrong, in the mode `npm start` runs
 * (no ERROR_DETAILS): a Vietnamese page or message, never a stack trace, a
 * file path, a query or the request's cookies. Framework errors raised
 * before any page code runs (too large a body, an unknown address,
 * unreadable JSON) answer the same way.
 */

const LEAKS = [
  '/work/',
  'node_modules',
  '.ts:',
  'at Object.',
  'SQLITE_ERROR',
  'select * from',
  'Cannot GET',
  'request entity too large',
  'bi-mat-cookie',
]

function thenNothingLeaks(assert: any, body: string) {
  for (const leak of LEAKS) assert.notInclude(body, leak, `the answer shows "${leak}"`)
}

/** An unexpected failure deep in the code, with the kind of details it carries. */
function internalFailure() {
  const error = new Error(
    'SQLITE_ERROR: no such column: users.secret - select * from "users" where "id" = 1'
  )
  error.stack = `${error.message}\n    at Object.query (/work/app/organization/services/school_staff.ts:42:7)\n    at run (/work/node_modules/knex/lib/runner.js:10:3)`
  return error
}

/** Handles the error as the server would for a request with these headers; returns status and body. */
async function handled(error: unknown, headers: Record<string, string>) {
  const req = new IncomingMessage(new Socket())
  req.method = 'GET'
  req.url = '/documents'
  req.headers = { cookie: 'hscm-session=bi-mat-cookie', ...headers }
  const ctx = await testUtils.createHttpContext({ req, res: new ServerResponse(req) })
  await new HttpExceptionHandler().handle(error, ctx)
  const body = ctx.response.getBody()
  return {
    status: ctx.response.getStatus(),
    body: typeof body === 'string' ? body : JSON.stringify(body),
  }
}

test.group('Errors in the default mode', () => {
  test('an unexpected failure shows the Vietnamese page with no trace, path, query or cookie', async ({
    assert,
  }) => {
    const { status, body } = await handled(internalFailure(), { accept: 'text/html' })
    assert.equal(status, 500)
    assert.include(body, 'Hệ thống gặp sự cố')
    thenNothingLeaks(assert, body)
  })

  test('a JSON caller gets the Vietnamese message only', async ({ assert }) => {
    const { status, body } = await handled(internalFailure(), { accept: 'application/json' })
    assert.equal(status, 500)
    assert.deepEqual(JSON.parse(body), { message: 'Hệ thống gặp sự cố' })
  })

  test('a body above the limit answers 413 in Vietnamese, as a page and as JSON', async ({
    client,
    assert,
  }) => {
    const huge = { login: 'gv.toan', password: 'x'.repeat(1_200_000) }
    const page = await client.post('/login').json(huge).accept('html')
    page.assertStatus(413)
    page.assertTextIncludes('Dữ liệu gửi lên quá lớn')
    page.assertTextIncludes('giảm dung lượng tệp')
    thenNothingLeaks(assert, page.text())

    const json = await client.post('/login').json(huge).accept('json')
    json.assertStatus(413)
    json.assertBody({ message: 'Dữ liệu gửi lên quá lớn' })
  })

  test('an unknown address answers in Vietnamese without echoing it, to JSON callers too', async ({
    client,
    assert,
  }) => {
    const page = await client.get('/khong-co/trang-nay').header('accept', 'text/html')
    page.assertStatus(404)
    page.assertTextIncludes('Không tìm thấy trang')
    thenNothingLeaks(assert, page.text())

    const json = await client.get('/khong-co/trang-nay').header('accept', 'application/json')
    json.assertStatus(404)
    json.assertBody({ message: 'Không tìm thấy trang' })
  })

  test('an unreadable JSON body answers 400 in Vietnamese', async ({ client, assert }) => {
    const page = await client
      .post('/login')
      .type('application/json')
      .unsafeJson('{"login": ')
      .accept('html')
    page.assertStatus(400)
    page.assertTextIncludes('Yêu cầu không hợp lệ')
    thenNothingLeaks(assert, page.text())
  })

  test('a JSON caller without a session is told in Vietnamese to sign in', async ({ client }) => {
    const response = await client.get('/documents').header('accept', 'application/json')
    response.assertStatus(401)
    response.assertBody({
      errors: [
        { message: 'Phiên làm việc đã kết thúc hoặc bạn chưa đăng nhập. Vui lòng đăng nhập lại.' },
      ],
    })
  })
})
