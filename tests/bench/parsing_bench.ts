/*
|--------------------------------------------------------------------------
| Parsing benchmark: time to document model vs bare text extraction
|--------------------------------------------------------------------------
|
|   node --import=@poppinss/ts-exec tests/bench/parsing_bench.ts [runs]
|
| For generated 10- and 40-page lesson plans in DOCX and PDF: the median
| time of the full in-process parse (type detection, safety checks, model)
| and of the bare library call on the same bytes (mammoth.extractRawText,
| pdf-parse getText), and their ratio. Target: ratio ≤ 1.3 for DOCX.
*/
import mammoth from 'mammoth'
import { PDFParse } from 'pdf-parse'
import { parseBytes } from '../../app/documents/parsing/parse_bytes.js'
import { DEFAULT_LIMITS } from '../../app/documents/parsing/parse_outcome.js'
import { buildPlan, toDocx, toPdf } from '../fixtures/plans.js'

const RUNS = Number(process.argv[2] ?? 25)
const WARMUP = 3

async function median(task: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await task()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    await task()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}

async function bareDocx(bytes: Buffer) {
  return mammoth.extractRawText({ buffer: bytes })
}

async function barePdf(bytes: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(bytes) })
  try {
    return await parser.getText()
  } finally {
    await parser.destroy()
  }
}

async function modelOf(bytes: Buffer) {
  const outcome = await parseBytes(bytes, DEFAULT_LIMITS)
  if (outcome.status !== 'parsed') throw new Error(`not parsed: ${outcome.reason}`)
  return outcome.model
}

const rows: string[][] = []
for (const pages of [10, 40]) {
  const plan = buildPlan('pl4', { pages, layout: pages === 40 ? 'activityTable' : 'headings' })
  for (const [format, bytes, bare] of [
    ['docx', await toDocx(plan), bareDocx],
    ['pdf', await toPdf(plan), barePdf],
  ] as const) {
    const model = await modelOf(bytes)
    const baseline = await median(() => bare(bytes))
    const full = await median(() => modelOf(bytes))
    rows.push([
      `${pages} pages`,
      format,
      `${model.pageCount ?? '-'}`,
      `${model.blocks.length}`,
      baseline.toFixed(1),
      full.toFixed(1),
      (full / baseline).toFixed(2),
    ])
  }
}

const header = ['plan', 'format', 'pdf pages', 'blocks', 'bare ms', 'model ms', 'ratio']
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ')
console.log(`median of ${RUNS} runs (after ${WARMUP} warm-up runs)`)
console.log(line(header))
for (const r of rows) console.log(line(r))
