/*
|--------------------------------------------------------------------------
| Accuracy benchmark: the validators on a labelled corpus of real files
|--------------------------------------------------------------------------
|
|   npm run bench -- accuracy --corpus <dir> [--json]
|
| <dir>/labels.json is an array of CorpusLabel (see accuracy_report.ts);
| each `file` is relative to <dir>/files/ (or to <dir> when no files/
| folder exists). Every file goes through the same path as
| `node ace validate`: parser pool, then every plugin, declared as the
| labelled kind for plans and as PL IV (what an uploader picks) otherwise.
| The corpus is other people's work and stays out of the repository, so
| without --corpus this bench says so and does nothing.
*/
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { closeSharedParserPool } from '../../app/documents/parsing/parser_pool.js'
import { PluginRegistry } from '../../app/documents/validation/plugin_registry.js'
import { PluginRunner } from '../../app/documents/validation/plugin_runner.js'
import { validateFile, type FileResult } from '../../app/documents/validation/validate_files.js'
import {
  accuracyFigures,
  declaredKind,
  formatFigures,
  LABEL_KINDS,
  type CorpusLabel,
} from './accuracy_report.js'

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, json: { type: 'boolean', default: false } },
  allowPositionals: true,
})

if (!values.corpus) {
  console.log(
    'accuracy: bỏ qua — cần --corpus <thư mục có labels.json> (bộ tài liệu thật nằm ngoài kho mã)'
  )
  process.exit(0)
}

const corpus = values.corpus
const filesDir = existsSync(join(corpus, 'files')) ? join(corpus, 'files') : corpus
const labels = checkedLabels(JSON.parse(await readFile(join(corpus, 'labels.json'), 'utf8')))
const runner = new PluginRunner(await PluginRegistry.discover())

const results: Array<FileResult & { label: CorpusLabel }> = []
try {
  for (const label of labels) {
    const path = join(filesDir, label.file)
    if (!existsSync(path)) continue
    const result = await validateFile(path, { kind: declaredKind(label) }, runner)
    results.push({ ...result, file: label.file, label })
  }
} finally {
  await closeSharedParserPool()
}

const figures = accuracyFigures(labels, results)
if (values.json) {
  const perFile = results.map(({ file, status, findings, label }) => ({
    file,
    kind: label.kind,
    acceptable: label.acceptable,
    declared: declaredKind(label),
    status,
    errors: findings
      .filter((finding) => finding.severity === 'error')
      .map(({ pluginId, messageId, message }) => ({ pluginId, messageId, message })),
    warnings: findings
      .filter((finding) => finding.severity === 'warning')
      .map(({ pluginId, messageId, message }) => ({ pluginId, messageId, message })),
  }))
  process.stdout.write(`${JSON.stringify({ figures, files: perFile }, null, 2)}\n`)
} else {
  for (const { file, status, findings, label } of results) {
    const errors = findings
      .filter((finding) => finding.severity === 'error')
      .map((finding) => finding.messageId)
    const warnings = findings.filter((finding) => finding.severity === 'warning').length
    console.log(
      `${label.kind.padEnd(11)} ${label.acceptable ? 'ok ' : '-- '} ${status.padEnd(11)} e${errors.length} w${warnings}  ${file}  ${errors.join(' ')}`
    )
  }
  console.log(`\n${formatFigures(figures)}`)
}

/** labels.json as written by hand: refuse it whole, with the entry, rather than measure a typo. */
function checkedLabels(raw: unknown): CorpusLabel[] {
  if (!Array.isArray(raw)) throw new Error('labels.json: expected an array of labels')
  return raw.map((entry, index) => {
    const label = entry as CorpusLabel
    if (
      typeof label?.file !== 'string' ||
      !(LABEL_KINDS as readonly string[]).includes(label.kind) ||
      typeof label.acceptable !== 'boolean'
    ) {
      throw new Error(
        `labels.json[${index}]: needs file, kind (${LABEL_KINDS.join(', ')}) and acceptable`
      )
    }
    return { ...label, trueDefects: label.trueDefects ?? [] }
  })
}
