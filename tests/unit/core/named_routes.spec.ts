import { test } from '@japa/runner'
import { readFile, readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import app from '@adonisjs/core/services/app'
import router from '@adonisjs/core/services/router'

/*
 * A page's address is written once, in its module's routes.ts; everything
 * else asks the router for it by the route's name (redirect().toRoute(),
 * urlFor() in code and views, the builder's qs option for query strings),
 * so that moving a page is one edit. What is not scanned, and why:
 * - app/<module>/routes.ts: the one place where addresses are declared;
 * - the document parsers (app/documents/parsing/): they read teachers'
 *   files, where '/' is a fraction bar or part of XML, never an address.
 * What is allowed in the scanned files, and why:
 * - static files (/css/, /js/, /assets/, /favicon…) served from
 *   resources/public: they are files, not routes, and have no name;
 * - external addresses (https://…) and anchors (#…): they do not start
 *   with a slash, so they are not matched;
 * - comments: they describe addresses, they do not build them;
 * - EXCEPTIONS below, each with its reason.
 */
const NOT_SCANNED = [/\/routes\.ts$/, /^app\/documents\/parsing\//]
const STATIC_FILE = /^\/(css|js|assets|favicon)[/.]/
const EXCEPTIONS: Record<string, string> = {
  'app/documents/services/preview.ts':
    "previewImageUrlBase: the parser worker thread (no router there) appends each picture's number to this base, and PREVIEW_IMAGE_URL checks the result before the HTML is cached",
}

/** A string literal that starts with a slash: '/x', "/x", `/x`, `/${…}`, and '/' itself. */
const LITERAL_URL = /(['"`])(\/(?:[\w$?#-][^'"`\s]*|(?=\1)))/g
/** An HTML attribute holding an address: href="/…", action="/…", src="/…". */
const ATTRIBUTE_URL = /\b(?:href|action|src|formaction)="(\/[^"]*)"/g

async function filesUnder(directory: string, extension: string): Promise<string[]> {
  const entries = await readdir(app.makePath(directory), { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => relative(app.makePath(), join(entry.parentPath, entry.name)))
}

function isComment(line: string) {
  const trimmed = line.trim()
  return ['//', '/*', '*', '{{--'].some((start) => trimmed.startsWith(start))
}

/** Every literal app address of a line (static files left out). */
function literalUrls(line: string): string[] {
  if (isComment(line)) return []
  const attributes = [...line.matchAll(ATTRIBUTE_URL)].map((match) => match[1])
  const rest = line.replace(ATTRIBUTE_URL, '')
  const literals = [...rest.matchAll(LITERAL_URL)].map((match) => match[2])
  return [...attributes, ...literals].filter((url) => !STATIC_FILE.test(url))
}

async function offendersIn(files: string[]): Promise<string[]> {
  const offenders: string[] = []
  for (const file of files) {
    const text = await readFile(app.makePath(file), 'utf8')
    text.split('\n').forEach((line, index) => {
      for (const url of literalUrls(line)) offenders.push(`${file}:${index + 1}: ${url}`)
    })
  }
  return offenders
}

test.group('Named routes', () => {
  test('the scan recognises the literal addresses it must refuse', ({ assert }) => {
    assert.deepEqual(literalUrls("return response.redirect('/reviews')"), ['/reviews'])
    assert.deepEqual(literalUrls('url: `/documents/${document.id}`,'), [
      '/documents/${document.id}',
    ])
    assert.deepEqual(literalUrls("href: '/',"), ['/'])
    assert.deepEqual(literalUrls('<a href="/guide/{{ guide.role }}">'), ['/guide/{{ guide.role }}'])
    assert.deepEqual(literalUrls("@form({ action: '/login', method: 'POST' })"), ['/login'])
    assert.deepEqual(literalUrls('<script src="/js/upload.js" defer></script>'), [])
    assert.deepEqual(literalUrls('<a href="https://moet.gov.vn/">'), [])
    assert.deepEqual(literalUrls('<a href="#main">'), [])
    assert.deepEqual(literalUrls("href: urlFor('documents.show', { id })"), [])
    assert.deepEqual(literalUrls(' * The cases behind /admin/validators.'), [])
  })

  test('no literal app address in application code or views', async ({ assert }) => {
    const files = [
      ...(await filesUnder('app', '.ts')),
      ...(await filesUnder('resources/views', '.edge')),
    ].filter((file) => !NOT_SCANNED.some((pattern) => pattern.test(file)) && !EXCEPTIONS[file])
    assert.isAbove(files.length, 100)
    assert.deepEqual(
      await offendersIn(files),
      [],
      'name the route in app/<module>/routes.ts and build the address from its name: response.redirect().toRoute(name, params, { qs }), urlFor(name, params, { qs }) in code and views'
    )
  })

  test('every route has a name of snake_case words joined by dots (resource.action)', ({
    assert,
  }) => {
    const routes = router.toJSON().root ?? []
    assert.isAbove(routes.length, 50)
    const badlyNamed = routes
      .filter((route) => !route.name || !/^[a-z][a-z_]*(\.[a-z][a-z_]*)*$/.test(route.name))
      .map((route) => `${route.methods.join(',')} ${route.pattern}: ${route.name ?? '(no name)'}`)
    assert.deepEqual(badlyNamed, [])
  })
})
