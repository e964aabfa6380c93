/*
|--------------------------------------------------------------------------
| Load one endpoint with autocannon and keep every latency
|--------------------------------------------------------------------------
|
| One autocannon instance per endpoint, so each gets its own figures;
| instances of a phase run at the same time and share the machine. A
| response counts as an error unless it is what a person would get: the
| expected status and, for form posts, the expected redirect.
*/
import autocannon from 'autocannon'

export interface EndpointSpec {
  name: string
  /** One base URL per connection, round-robin (several instances behind no proxy). */
  baseUrls: string[]
  method?: 'GET' | 'POST'
  /** Path of the n-th request of this connection. */
  path: (connection: number, n: number) => string
  /** Body of the n-th request (when it changes per request, e.g. which document to approve). */
  body?: (connection: number, n: number) => string
  /** Cookie (and body) of each connection: one virtual user each. */
  users: Array<{ cookie: string; body?: string | Buffer; contentType?: string; csrfToken?: string }>
  expect: { status: number; location?: RegExp }
  /** Requests per second per connection (a person's pace); unlimited when absent. */
  connectionRate?: number
  /** Stop after this many requests in all (a finite list of things to approve). */
  amount?: number
}

export interface EndpointResult {
  name: string
  requests: number
  errors: number
  durationSeconds: number
  latencies: number[]
}

export async function loadEndpoint(
  spec: EndpointSpec,
  durationSeconds: number
): Promise<EndpointResult> {
  const byBase = new Map<string, number[]>()
  spec.users.forEach((_, index) => {
    const base = spec.baseUrls[index % spec.baseUrls.length]
    byBase.set(base, [...(byBase.get(base) ?? []), index])
  })
  const results = await Promise.all(
    [...byBase].map(([base, userIndexes]) => runOn(spec, base, userIndexes, durationSeconds))
  )
  return {
    name: spec.name,
    requests: results.reduce((sum, result) => sum + result.requests, 0),
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    durationSeconds,
    latencies: results.flatMap((result) => result.latencies),
  }
}

function runOn(
  spec: EndpointSpec,
  baseUrl: string,
  userIndexes: number[],
  durationSeconds: number
) {
  const latencies: number[] = []
  let requests = 0
  let errors = 0
  let nextUser = 0
  const amount = spec.amount
    ? Math.ceil((spec.amount * userIndexes.length) / spec.users.length)
    : undefined

  const instance = autocannon({
    url: baseUrl,
    connections: userIndexes.length,
    ...(amount ? { amount } : { duration: durationSeconds }),
    connectionRate: spec.connectionRate,
    timeout: 30,
    /* Each connection is one person: its own cookie, body and request counter. */
    setupClient: (client: any) => {
      const index = userIndexes[nextUser++ % userIndexes.length]
      const user = spec.users[index]
      let n = 0
      const headers: Record<string, string> = { cookie: user.cookie }
      if (user.contentType) headers['content-type'] = user.contentType
      if (user.csrfToken) headers['x-csrf-token'] = user.csrfToken
      client.setRequests([
        {
          method: spec.method ?? 'GET',
          headers,
          body: user.body,
          setupRequest: (request: any) => {
            n += 1
            request.path = spec.path(index, n)
            if (spec.body) request.body = spec.body(index, n)
            return request
          },
          onResponse: (
            status: number,
            _body: string,
            _context: unknown,
            responseHeaders: Record<string, string>
          ) => {
            const location = responseHeaders?.location ?? ''
            const ok =
              status === spec.expect.status &&
              (!spec.expect.location || spec.expect.location.test(location))
            if (!ok) errors += 1
          },
        },
      ])
    },
  } as any) as unknown as autocannon.Instance
  instance.on(
    'response',
    (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      requests += 1
      latencies.push(responseTime)
    }
  )
  return new Promise<{ requests: number; errors: number; latencies: number[] }>(
    (resolve, reject) => {
      instance.on('done', (result: autocannon.Result) =>
        resolve({ requests, errors: errors + result.errors + result.timeouts, latencies })
      )
      instance.on('error', reject)
    }
  )
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

export function summarize(result: EndpointResult) {
  const sorted = [...result.latencies].sort((a, b) => a - b)
  return {
    endpoint: result.name,
    requests: result.requests,
    rps: result.requests / result.durationSeconds,
    p50: Math.round(percentile(sorted, 50)),
    p95: Math.round(percentile(sorted, 95)),
    p99: Math.round(percentile(sorted, 99)),
    errors: result.errors,
  }
}
