/*
|--------------------------------------------------------------------------
| Real-sized files: `node ace validate`'s path against bare mammoth
|--------------------------------------------------------------------------
|
|   npm run bench -- real_files [--runs=12] [--file=<a real .docx kept outside the repo>]
|
| A generated lesson plan the size of a real one with pictures (40 pages,
| 20 pictures that barely compress, like photos: ~1.5 MB DOCX). Medians of
| (a) bare `mammoth.convertToHtml` on the bytes, what a developer would
| call, and (b) parse + validate through the same path as `node ace
| validate` (validateFile: parser pool worker, safety checks, model,
| plugin runner), and their ratio. Target: ≤ 1.2. Then where the time goes:
| the archive inspection (type detection and safety checks), the model in
| this thread (no worker), the worker's round trip, the validators.
| With --file, the same figures for that file instead of the generated one.
*/
import { parseArgs } from 'node:util'
import { readFile } from 'node:fs/promises'
import { writeFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import mammoth from 'mammoth'
import { parseBytes } from '../../app/documents/parsing/parse_bytes.js'
import { DEFAULT_LIMITS } from '../../app/documents/parsing/parse_outcome.js'
import { detectFileType } from '../../app/documents/parsing/detect_file_type.js'
import { checkDocxSafety } from '../../app/documents/parsing/docx_safety.js'
import { closeSharedParserPool, parseDocument } from '../../app/documents/parsing/parser_pool.js'
import { PluginRegistry } from '../../app/documents/validation/plugin_registry.js'
import { PluginRunner } from '../../app/documents/validation/plugin_runner.js'
import { validateFile } from '../../app/documents/validation/validate_files.js'
import { buildPlan, toDocx } from '../fixtures/plans.js'
import { paragraph } from '../fixtures/doc_spec.js'
import { noisyPng } from '../fixtures/png.js'
import { submission } from '../unit/plugins/model_helpers.js'

const { values: args } = parseArgs({
  options: { runs: { type: 'string' }, file: { type: 'string' } },
  strict: false,
  allowPositionals: true,
})
const RUNS = Math.max(5, Number(args.runs ?? 12) || 12)
const WARMUP = 3
const PICTURES = 20

interface Timing {
  /** CPU time of the whole process, worker threads included: steadier than wall time on a shared machine. */
  cpu: number
  wall: number
}

async function median(task: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < WARMUP; i++) await task()
  const cpu: number[] = []
  const wall: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    const startCpu = process.cpuUsage()
    await task()
    const used = process.cpuUsage(startCpu)
    cpu.push((used.user + used.system) / 1000)
    wall.push(performance.now() - start)
  }
  return { cpu: middle(cpu), wall: middle(wall) }
}

function middle(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** 40 pages with a picture every few blocks, as teachers paste figures into activities. */
async function realSizedPlan(): Promise<Buffer> {
  const plan = buildPlan('pl4', { pages: 40, layout: 'activityTable' })
  const step = Math.max(1, Math.floor(plan.blocks.length / PICTURES))
  for (let n = PICTURES; n >= 1; n--) {
    const figure = paragraph(`Hình ${n}: minh hoạ hoạt động ${n}`, {
      image: { data: noisyPng(320, 240, n), format: 'png', width: 320, height: 240 },
    })
    plan.blocks.splice(Math.min(plan.blocks.length, n * step), 0, figure)
  }
  return toDocx(plan)
}

const given = typeof args.file === 'string' ? args.file : undefined
const bytes = given ? await readFile(given) : await realSizedPlan()
const folder = await mkdtemp(join(tmpdir(), 'hscm-bench-'))
const file = given ?? join(folder, 'ke-hoach-bai-day-40-trang.docx')
if (!given) await writeFile(file, bytes)
const runner = new PluginRunner(await PluginRegistry.discover())
const declared = { kind: 'pl4' as const }

try {
  const check = await validateFile(file, declared, runner)
  const model = await parseBytes(bytes, DEFAULT_LIMITS)
  if (model.status !== 'parsed') throw new Error(`not parsed: ${model.reason}`)
  const bare = await median(() => mammoth.convertToHtml({ buffer: bytes }))
  const throughValidate = await median(() => validateFile(file, declared, runner))
  const inspection = await median(async () => {
    const detected = detectFileType(bytes)
    if (detected.type === 'docx') checkDocxSafety(bytes, detected.zipEntries, DEFAULT_LIMITS)
  })
  const inThread = await median(() => parseBytes(bytes, DEFAULT_LIMITS))
  const inWorker = await median(() => parseDocument(bytes))
  const validators = await median(() =>
    runner.run({ document: structuredClone(model.model), submission: submission({ kind: 'pl4' }) })
  )
  const bareText = await median(() => mammoth.extractRawText({ buffer: bytes }))

  console.log(
    `${given ? 'given' : 'real-sized generated'} DOCX: ${(bytes.byteLength / 1024 / 1024).toFixed(2)} MB, ${given ? '' : `${PICTURES} pictures, `}` +
      `${model.model.blocks.length} blocks, verdict ${check.status}; median of ${RUNS} runs (after ${WARMUP} warm-up runs)`
  )
  const row = (label: string, value: Timing) =>
    console.log(
      `  ${label.padEnd(50)} ${value.cpu.toFixed(1).padStart(7)} ms cpu ${value.wall.toFixed(1).padStart(7)} ms wall`
    )
  row('bare mammoth.convertToHtml', bare)
  row('node ace validate path (validateFile)', throughValidate)
  console.log(
    `  ratio ${(throughValidate.cpu / bare.cpu).toFixed(2)} cpu, ${(throughValidate.wall / bare.wall).toFixed(2)} wall (target ≤ 1.20)`
  )
  console.log('  where the time goes:')
  row('  archive inspection (detect + safety checks)', inspection)
  row('  parse in this thread (parseBytes)', inThread)
  row('  parse through the pool (worker, copies)', inWorker)
  row('  validators on the model', validators)
  row('  (bare mammoth.extractRawText, for scale)', bareText)
} finally {
  await closeSharedParserPool()
  await rm(folder, { recursive: true, force: true })
}
