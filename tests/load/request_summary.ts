/*
|--------------------------------------------------------------------------
| Figures of the think-time run: per endpoint, all pages, minute by minute
|--------------------------------------------------------------------------
*/
import { percentile } from './endpoint_load.js'
import type { RequestSample } from './think_time_users.js'

export interface EndpointFigures {
  endpoint: string
  requests: number
  rps: number
  p50: number
  p95: number
  p99: number
  errors: number
}

function figures(endpoint: string, samples: RequestSample[], seconds: number): EndpointFigures {
  const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b)
  return {
    endpoint,
    requests: samples.length,
    rps: samples.length / seconds,
    p50: Math.round(percentile(sorted, 50)),
    p95: Math.round(percentile(sorted, 95)),
    p99: Math.round(percentile(sorted, 99)),
    errors: samples.filter((sample) => !sample.ok).length,
  }
}

/** A page is what a person waits for after a click: every GET (including the pages shown after a form post). */
export const isPage = (sample: RequestSample) => sample.endpoint.startsWith('GET ')

/** From sending a file to its report on screen (think_time_users.ts records one per upload). */
export const isUploadToReport = (sample: RequestSample) => sample.endpoint.startsWith('upload → ')

/** One row per endpoint (busiest first), then "all pages", "all uploads to report" and "all requests". */
export function byEndpoint(samples: RequestSample[], seconds: number): EndpointFigures[] {
  const groups = new Map<string, RequestSample[]>()
  for (const sample of samples)
    groups.set(sample.endpoint, [...(groups.get(sample.endpoint) ?? []), sample])
  const rows = [...groups]
    .map(([endpoint, group]) => figures(endpoint, group, seconds))
    .sort((a, b) => b.requests - a.requests)
  return [
    ...rows,
    figures('**all pages (GET)**', samples.filter(isPage), seconds),
    figures('**all uploads to report**', samples.filter(isUploadToReport), seconds),
    figures(
      '**all requests**',
      samples.filter((sample) => !isUploadToReport(sample)),
      seconds
    ),
  ]
}

/** Pages per minute of the run: a p95 that creeps up over a soak shows a slow leak or a growing table. */
export function pagesByMinute(samples: RequestSample[], seconds: number): EndpointFigures[] {
  const minutes = Math.ceil(seconds / 60)
  return Array.from({ length: minutes }, (_, minute) => {
    const inMinute = samples.filter(
      (sample) => isPage(sample) && Math.floor(sample.at / 60) === minute
    )
    return figures(`minute ${minute + 1}`, inMinute, Math.min(60, seconds - minute * 60))
  })
}

export function markdownTable(rows: EndpointFigures[], label = 'endpoint') {
  const lines = [
    `| ${label} | requests | req/s | p50 ms | p95 ms | p99 ms | errors |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const row of rows)
    lines.push(
      `| ${row.endpoint} | ${row.requests} | ${row.rps.toFixed(1)} | ${row.p50} | ${row.p95} | ${row.p99} | ${row.errors} |`
    )
  return lines.join('\n')
}
