/*
|--------------------------------------------------------------------------
| Pre-fill accuracy: metadata read from real files against their labels
|--------------------------------------------------------------------------
|
|   npm run bench -- prefill --corpus <dir> [--json]
|
| Labels with `meta: { title?, periods?, grade? }` (in <dir>/labels.json)
| are the files that state them. Per field: correct, wrong (a value the
| teacher must correct) and missed (nothing read: the teacher types it).
| Titles compare folded (no accents, case, punctuation or dashes); a
| leading "Bài n" on one side only is ignored ("Oxide" = "BÀI 3: OXIDE").
| A yearly plan (pl3) has no lesson: its labelled title is its subject,
| compared with the subject read (what its upload form asks).
| The corpus stays out of the repository: without --corpus, nothing runs.
*/
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { parseDocument, closeSharedParserPool } from '../../app/documents/parsing/parser_pool.js'
import { readLessonMetadata, type ReadMetadata } from '../../app/documents/prefill/read_metadata.js'
import { fold } from '../../plugins/contract.js'

interface MetaLabel {
  file: string
  kind: string
  meta?: { title?: string; periods?: number; grade?: number }
}

const FIELDS = ['title', 'periods', 'grade'] as const
type Field = (typeof FIELDS)[number]
const LESSON_NUMBER_RE = /^bai \d+ /

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, json: { type: 'boolean', default: false } },
  allowPositionals: true,
})
if (!values.corpus) {
  console.log(
    'prefill: bỏ qua — cần --corpus <thư mục có labels.json> (bộ tài liệu thật nằm ngoài kho mã)'
  )
  process.exit(0)
}

const corpus = values.corpus
const filesDir = existsSync(join(corpus, 'files')) ? join(corpus, 'files') : corpus
const labels = (
  JSON.parse(await readFile(join(corpus, 'labels.json'), 'utf8')) as MetaLabel[]
).filter((label) => label.meta)

const tally = Object.fromEntries(
  FIELDS.map((field) => [field, { labelled: 0, correct: 0, wrong: 0, missed: 0 }])
) as Record<Field, { labelled: number; correct: number; wrong: number; missed: number }>
const rows: Array<{
  file: string
  field: Field
  expected: unknown
  read: unknown
  verdict: string
}> = []
try {
  for (const label of labels) {
    const path = join(filesDir, label.file)
    if (!existsSync(path)) continue
    const outcome = await parseDocument(new Uint8Array(await readFile(path)))
    const read: ReadMetadata = outcome.status === 'parsed' ? readLessonMetadata(outcome.model) : {}
    const found: Record<Field, unknown> = {
      title: label.kind === 'pl3' ? read.subjectText : read.lessonTitle,
      periods: read.periods,
      grade: read.grade,
    }
    for (const field of FIELDS) {
      const expected = label.meta![field]
      if (expected === undefined) continue
      const verdict =
        found[field] === undefined
          ? 'missed'
          : agrees(field, expected, found[field])
            ? 'correct'
            : 'wrong'
      tally[field].labelled += 1
      tally[field][verdict] += 1
      rows.push({ file: label.file, field, expected, read: found[field], verdict })
    }
  }
} finally {
  await closeSharedParserPool()
}

if (values.json) {
  process.stdout.write(`${JSON.stringify({ tally, rows }, null, 2)}\n`)
} else {
  for (const row of rows.filter((r) => r.verdict !== 'correct')) {
    console.log(
      `${row.verdict.padEnd(7)} ${row.field.padEnd(7)} ${row.file}: nhãn ${JSON.stringify(row.expected)}, đọc được ${JSON.stringify(row.read)}`
    )
  }
  for (const field of FIELDS) {
    const { labelled, correct, wrong, missed } = tally[field]
    const percent = labelled ? Math.round((100 * correct) / labelled) : 0
    console.log(
      `${field.padEnd(8)} đúng ${correct}/${labelled} (${percent}%), sai ${wrong}, không đọc được ${missed}`
    )
  }
}

function agrees(field: Field, expected: unknown, found: unknown): boolean {
  if (field !== 'title') return expected === found
  const [a, b] = [titleKey(String(expected)), titleKey(String(found))]
  return a === b || a.replace(LESSON_NUMBER_RE, '') === b.replace(LESSON_NUMBER_RE, '')
}

function titleKey(title: string): string {
  return fold(title)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}
