import { test } from '@japa/runner'
import { randomBytes } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import { readFile, readdir, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type User from '#app/organization/models/user'
import Document from '#app/documents/models/document'
import {
  newUploadTempPath,
  sweepUploadTemp,
  uploadTempFolder,
  STRAY_UPLOAD_AGE_MS,
} from '#app/core/services/upload_temp'
import { givenSchoolWithAdmin, givenTeacher } from '#tests/helpers/organization'
import {
  givenLessonPlan,
  lessonPlanDocx,
  lessonPlanForm,
  storedCounts,
} from '#tests/helpers/documents'
import { TEST_PASSWORD } from '#tests/helpers/users'

/*
 * An uploaded file lives only as long as its request. Each test sends
 * bytes no other process has (random padding for the refused cases, a
 * real plan for the accepted ones) and then looks for them both in the
 * app's upload folder and in the OS temp folder (where the framework's
 * automatic processing used to write every multipart file before sign-in
 * and CSRF were checked).
 */

/** Files holding exactly these bytes, in the app's upload folder or the OS temp folder, written since `since`. */
async function copiesOf(bytes: Buffer, since: number): Promise<string[]> {
  const found: string[] = []
  for (const folder of [uploadTempFolder(), tmpdir()]) {
    const names = await readdir(folder).catch(() => [] as string[])
    for (const name of names) {
      const path = join(folder, name)
      const info = await stat(path).catch(() => null)
      if (!info?.isFile() || info.size !== bytes.length || info.mtimeMs < since - 1000) continue
      const content = await readFile(path).catch(() => null)
      if (content?.equals(bytes)) found.push(path)
    }
  }
  return found
}

async function uploadFolderFiles() {
  return readdir(uploadTempFolder()).catch(() => [] as string[])
}

/** Bytes no parser accepts, unique to this call. */
function strangeFile() {
  return Buffer.concat([Buffer.from('không phải kế hoạch '), randomBytes(64 * 1024)])
}

test.group('Uploads leave no temporary file behind', () => {
  test('an upload without signing in is sent to the login page and nothing is written', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const bytes = strangeFile()
    const since = Date.now()
    const response = await client
      .post('/documents')
      .fields(await lessonPlanForm(teacher))
      .file('file', bytes, { filename: 'x.docx' })
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/login')
    assert.deepEqual(await copiesOf(bytes, since), [])
  })

  test('an upload without the CSRF token is refused and nothing is written', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const bytes = strangeFile()
    const since = Date.now()
    const response = await client
      .post('/documents')
      .fields(await lessonPlanForm(teacher))
      .file('file', bytes, { filename: 'x.docx' })
      .loginAs(teacher)
      .redirects(0)
    assert.notEqual(response.status(), 200)
    const counts = await storedCounts(teacher.id)
    assert.equal(counts.documents, 0)
    assert.deepEqual(await copiesOf(bytes, since), [])
  })

  test('a file the parser refuses is answered in Vietnamese and removed', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const bytes = strangeFile()
    const since = Date.now()
    const response = await client
      .post('/documents')
      .fields(await lessonPlanForm(teacher))
      .file('file', bytes, { filename: 'x.docx' })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/documents/new?kind=pl4')
    assert.isNotEmpty(response.flashMessages().error)
    assert.deepEqual(await copiesOf(bytes, since), [])
    assert.deepEqual(await uploadFolderFiles(), [])
  })

  test('a form with errors is sent back and its file removed', async ({ client, assert }) => {
    const teacher = await givenTeacher()
    const bytes = await lessonPlanDocx()
    const since = Date.now()
    const response = await client
      .post('/documents')
      /* A value the form refuses (a field merely left empty is read from the file and held for confirmation instead). */
      .fields(await lessonPlanForm(teacher, { periods: 0 }))
      .file('file', bytes, { filename: 'ke-hoach.docx' })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    assert.property(response.flashMessages().inputErrorsBag ?? {}, 'periods')
    assert.deepEqual(await copiesOf(bytes, since), [])
    assert.deepEqual(await uploadFolderFiles(), [])
  })

  test('a new version of someone else’s plan is forbidden and its file removed', async ({
    client,
    assert,
  }) => {
    const owner = await givenTeacher()
    const stranger = await givenTeacher()
    const { document } = await givenLessonPlan(owner)
    const bytes = await lessonPlanDocx()
    const since = Date.now()
    const response = await client
      .post(`/documents/${document.id}/versions`)
      .file('file', bytes, { filename: 'v2.docx' })
      .loginAs(stranger)
      .withCsrfToken()
      .redirects(0)
    assert.notMatch(response.header('location') ?? '', /versions\/2$/)
    const counts = await storedCounts(owner.id)
    assert.equal(counts.versions, 1)
    assert.deepEqual(await copiesOf(bytes, since), [])
    assert.deepEqual(await uploadFolderFiles(), [])
  })

  test('an accepted plan is stored and its temporary file removed', async ({ client, assert }) => {
    const teacher = await givenTeacher()
    const bytes = await lessonPlanDocx()
    const since = Date.now()
    await client
      .post('/documents')
      .fields(await lessonPlanForm(teacher))
      .file('file', bytes, { filename: 'ke-hoach.docx' })
      .loginAs(teacher)
      .withCsrfToken()
      .redirects(0)
    const counts = await storedCounts(teacher.id)
    assert.equal(counts.versions, 1)
    assert.deepEqual(await copiesOf(bytes, since), [])
    assert.deepEqual(await uploadFolderFiles(), [])
  })

  test('a staff list, accepted or refused, is removed once read (it holds personal data)', async ({
    client,
    assert,
  }) => {
    const { school, admin } = await givenSchoolWithAdmin()
    const list = Buffer.from(
      `Mã định danh,Họ và tên,E-mail\n31007${Date.now() % 100000},Nguyễn Văn An,an${randomBytes(4).toString('hex')}@truong.edu.vn\n`,
      'utf8'
    )
    const notAList = strangeFile()
    const since = Date.now()
    const accepted = await client
      .post(`/admin/schools/${school.id}/imports`)
      .file('file', list, { filename: 'ds.csv' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    assert.match(accepted.header('location') ?? '', /\/imports\/\d+$/)
    const refused = await client
      .post(`/admin/schools/${school.id}/imports`)
      .file('file', notAList, { filename: 'ds.xlsx' })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    assert.include(refused.flashMessages().error, 'Không đọc được tệp')
    assert.deepEqual(await copiesOf(list, since), [])
    assert.deepEqual(await copiesOf(notAList, since), [])
    assert.deepEqual(await uploadFolderFiles(), [])
  })

  test('an upload the browser abandons halfway is removed', async ({ assert }) => {
    const teacher = await givenTeacher()
    const { document } = await givenLessonPlan(teacher)
    const session = await signedInSession(teacher)
    const token = await csrfTokenOn(session, `/documents/${document.id}`)
    const written = await abandonUpload(
      session,
      `/documents/${document.id}/versions?_csrf=${encodeURIComponent(token)}`
    )
    assert.isTrue(written, 'the first half of the file reached the upload folder')
    assert.deepEqual(await eventually(uploadFolderFiles, (files) => files.length === 0), [])
    const storedDocument = await Document.findOrFail(document.id)
    assert.equal(storedDocument.currentVersionId, document.currentVersionId)
  })

  test('the sweep removes what a crashed request left and keeps a file in use', async ({
    assert,
  }) => {
    const stray = await newUploadTempPath()
    const inUse = await newUploadTempPath()
    await writeFile(stray, 'left by a crash')
    await writeFile(inUse, 'being uploaded')
    const old = new Date(Date.now() - STRAY_UPLOAD_AGE_MS - 60_000)
    await utimes(stray, old, old)
    assert.equal(await sweepUploadTemp(), 1)
    assert.sameMembers(await uploadFolderFiles(), [inUse.split('/').pop()!])
    assert.equal(await sweepUploadTemp(0), 1)
    assert.deepEqual(await uploadFolderFiles(), [])
  })
})

/* A real browser-like client (cookies, the form's CSRF token) over a raw socket, so the upload can be cut off. */
interface Session {
  cookies: Map<string, string>
}

function origin() {
  return { host: process.env.HOST ?? 'localhost', port: Number(process.env.PORT) }
}

function send(session: Session, method: string, path: string, body?: string, type?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const headers: Record<string, string> = {
      cookie: [...session.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    }
    if (body !== undefined)
      Object.assign(headers, {
        'content-type': type!,
        'content-length': String(Buffer.byteLength(body)),
      })
    const req = httpRequest({ ...origin(), method, path, headers }, (res) => {
      for (const cookie of res.headers['set-cookie'] ?? []) {
        const [pair] = cookie.split(';')
        const at = pair.indexOf('=')
        session.cookies.set(pair.slice(0, at), pair.slice(at + 1))
      }
      let text = ''
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

async function csrfTokenOn(session: Session, path: string) {
  const page = await send(session, 'GET', path)
  const token = /name='_csrf' value='([^']+)'/.exec(page.body)?.[1]
  if (!token) throw new Error(`no CSRF token on ${path} (${page.status})`)
  return token
}

async function signedInSession(user: User): Promise<Session> {
  const session: Session = { cookies: new Map() }
  const token = await csrfTokenOn(session, '/login')
  const form = new URLSearchParams({
    _csrf: token,
    login: user.username,
    password: TEST_PASSWORD,
  }).toString()
  const answer = await send(session, 'POST', '/login', form, 'application/x-www-form-urlencoded')
  if (answer.status !== 302) throw new Error(`sign-in failed (${answer.status})`)
  return session
}

/** Sends the first half of a 2 MB file, waits until it is being written, then drops the connection. */
async function abandonUpload(session: Session, path: string) {
  const boundary = `----hscm${randomBytes(8).toString('hex')}`
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="v2.docx"\r\nContent-Type: application/octet-stream\r\n\r\n`
  const size = 2 * 1024 * 1024
  const req = httpRequest({
    ...origin(),
    method: 'POST',
    path,
    headers: {
      'cookie': [...session.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(Buffer.byteLength(head) + size + `\r\n--${boundary}--\r\n`.length),
    },
  })
  req.on('error', () => {})
  req.write(head)
  req.write(randomBytes(size / 2))
  const started = await eventually(uploadFolderFiles, (files) => files.length > 0)
  req.destroy()
  return started.length > 0
}

/** Polls until the condition holds (or 5 s pass) and returns the last value. */
async function eventually<T>(read: () => Promise<T>, holds: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5000
  let value = await read()
  while (!holds(value) && Date.now() < deadline) {
    await sleep(50)
    value = await read()
  }
  return value
}
