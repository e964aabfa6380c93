/*
|--------------------------------------------------------------------------
| One person's browser: a cookie jar in front of fetch
|--------------------------------------------------------------------------
|
| The same jar can talk to several instances (as a browser behind a load
| balancer does): whatever instance answers, it sends the same cookies.
| Redirects are not followed, so tests see where the app sends them.
*/
export class BrowserSession {
  private readonly cookies = new Map<string, string>()

  /** Another browser holding the same cookies (a copied or stolen cookie). */
  copy(): BrowserSession {
    const copy = new BrowserSession()
    for (const [name, value] of this.cookies) copy.cookies.set(name, value)
    return copy
  }

  async get(url: string): Promise<Response> {
    return this.request(url, { method: 'GET' })
  }

  /** A form post with the CSRF token the page at `formPage` carries. */
  async submitForm(
    formPage: string,
    action: string,
    fields: Record<string, string>
  ): Promise<Response> {
    const csrf = await this.csrfTokenFrom(formPage)
    return this.request(action, {
      method: 'POST',
      body: new URLSearchParams({ ...fields, _csrf: csrf }),
    })
  }

  /**
   * A multipart upload (one file plus fields) through the form of `formPage`
   * that posts to `action`: sent where that form posts, as a browser does
   * (a file form carries its CSRF token in its address, components/form.edge).
   */
  async upload(
    formPage: string,
    action: string,
    file: { field: string; name: string; bytes: Uint8Array; type: string },
    fields: Record<string, string>
  ) {
    const response = await this.get(formPage)
    const html = await response.text()
    const target = new URL(action)
    const formAction = [...html.matchAll(/<form[^>]*action="([^"]+)"/g)]
      .map((match) => match[1].replaceAll('&amp;', '&'))
      .find((url) => url.split('?')[0] === target.pathname)
    if (!formAction) throw new Error(`No form posting to ${target.pathname} on ${formPage}`)
    const form = new FormData()
    form.set('_csrf', csrfTokenIn(html, formPage))
    for (const [name, value] of Object.entries(fields)) form.set(name, value)
    form.set(
      file.field,
      new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type }),
      file.name
    )
    return this.request(new URL(formAction, target).toString(), { method: 'POST', body: form })
  }

  async csrfTokenFrom(pageUrl: string): Promise<string> {
    const response = await this.get(pageUrl)
    return csrfTokenIn(await response.text(), pageUrl, response.status)
  }

  private async request(url: string, init: RequestInit): Promise<Response> {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { cookie: this.cookieHeader(), ...(init.headers ?? {}) },
    })
    this.remember(response)
    return response
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }

  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';')
      const [name, ...rest] = pair.split('=')
      const value = rest.join('=')
      const expired =
        attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute)) || value === ''
      if (expired) this.cookies.delete(name.trim())
      else this.cookies.set(name.trim(), value)
    }
  }
}

/** The value of a form control's first real choice: `<select name>` options or `<input name value>`. */
export function firstChoice(html: string, name: string): string {
  const select = html.match(
    new RegExp(`<select[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`)
  )?.[1]
  const fromSelect = select?.match(/<option value="([^"]+)"/)?.[1]
  const fromInput = html.match(new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`))?.[1]
  const value = fromSelect ?? fromInput
  if (value === undefined) throw new Error(`No choice for "${name}" on the page`)
  return value
}

function csrfTokenIn(html: string, pageUrl: string, status = 200): string {
  const input = html.match(/<input[^>]*name=["']_csrf["'][^>]*>/)?.[0]
  const token = input?.match(/value=["']([^"']+)["']/)?.[1]
  if (!token) throw new Error(`No CSRF token on ${pageUrl} (HTTP ${status})`)
  return token
}
