/*
|--------------------------------------------------------------------------
| Accuracy through real files: fixture plan → DOCX / PDF → parser → runner
|--------------------------------------------------------------------------
|
| Correct plans of every kind, in every layout, in both formats, give zero
| errors; each mutation gives its own messageId in both formats.
*/

import { test } from '@japa/runner'
import { parseBytes } from '#documents/parsing/parse_bytes'
import { DEFAULT_LIMITS } from '#documents/parsing/parse_outcome'
import { PluginRegistry } from '#documents/validation/plugin_registry'
import { PluginRunner, type ValidationReport } from '#documents/validation/plugin_runner'
import type { DocumentKind } from '#plugins/contract'
import { buildPlan, toDocx, toPdf, type PlanKind, type PlanOptions } from '#tests/fixtures/plans'
import { submission } from '#tests/unit/plugins/model_helpers'
import { unlocated } from '#tests/unit/plugins/plugin_tester'

let runner: PluginRunner

async function validate(kind: PlanKind, options: PlanOptions, format: 'docx' | 'pdf', declared: DocumentKind): Promise<ValidationReport> {
  runner ??= new PluginRunner(await PluginRegistry.discover())
  const plan = buildPlan(kind, options)
  const outcome = await parseBytes(format === 'docx' ? await toDocx(plan) : await toPdf(plan), DEFAULT_LIMITS)
  if (outcome.status !== 'parsed') throw new Error(`fixture did not parse: ${outcome.reason}`)
  const report = await runner.run({ document: outcome.model, submission: submission({ kind: declared }) })
  // Every finding of every fixture says where it is (or where the missing part was expected).
  const lost = unlocated(report.findings)
  if (lost.length > 0) throw new Error(`findings without a location (${format}):\n${lost.join('\n')}`)
  return report
}

const describe = (report: ValidationReport) => report.findings.map((f) => `${f.severity} ${f.messageId} ${JSON.stringify(f.data)}`).join('\n')

const KINDS: Array<[PlanKind, DocumentKind]> = [['pl4', 'pl4'], ['pl1', 'pl1'], ['pl2', 'pl2'], ['pl3', 'pl3'], ['school', 'school_plan']]
const LAYOUTS: Array<[string, PlanOptions]> = [
  ['heading styles', {}],
  ['two-column activity tables', { layout: 'activityTable' }],
  ['upper-case headings', { upperCaseHeadings: true }],
  ['no diacritics', { withoutDiacritics: true }],
  ['bold paragraphs as headings', { headingMarkup: 'bold' }],
]

test.group('Validation accuracy / correct plans', () => {
  for (const format of ['docx', 'pdf'] as const) {
    for (const [kind, declared] of KINDS) {
      test(`${kind} (${format}) has no errors in any layout`, async ({ assert }) => {
        for (const [layout, options] of LAYOUTS) {
          const report = await validate(kind, options, format, declared)
          assert.equal(report.errors, 0, `${layout}:\n${describe(report)}`)
          assert.equal(report.status, 'passed')
        }
      }).timeout(60_000)
    }
  }
})

interface MutationCase {
  name: string
  kind: PlanKind
  declared: DocumentKind
  options: PlanOptions
  /** The messageId this mutation must produce (among possibly others). */
  expected: string
}

const MUTATIONS: MutationCase[] = [
  { name: 'PL IV without I. Mục tiêu', kind: 'pl4', declared: 'pl4', options: { mutations: [{ type: 'dropSection', key: 'I' }] }, expected: 'sectionMissing' },
  { name: 'PL IV without II. Thiết bị dạy học', kind: 'pl4', declared: 'pl4', options: { mutations: [{ type: 'dropSection', key: 'II' }] }, expected: 'sectionMissing' },
  { name: 'PL IV with I and II swapped', kind: 'pl4', declared: 'pl4', options: { mutations: [{ type: 'swapSections', a: 'I', b: 'II' }] }, expected: 'sectionOutOfOrder' },
  { name: 'PL IV without c) in activity 2', kind: 'pl4', declared: 'pl4', options: { mutations: [{ type: 'dropActivityPart', activity: 2, part: 'c' }] }, expected: 'partMissing' },
  { name: 'PL IV without activity 4', kind: 'pl4', declared: 'pl4', options: { activities: 3 }, expected: 'activityMissing' },
  { name: 'PL IV with two lessons', kind: 'pl4', declared: 'pl4', options: { mutations: [{ type: 'twoLessons' }] }, expected: 'multipleLessons' },
  { name: 'PL IV with blanks and instructions left', kind: 'pl4', declared: 'pl4', options: { mutations: [{ type: 'placeholders' }] }, expected: 'instructionLeft' },
  { name: 'PL IV with blank header values', kind: 'pl4', declared: 'pl4', options: { mutations: [{ type: 'placeholders' }] }, expected: 'fieldUnfilled' },
  { name: 'meeting minutes as PL IV', kind: 'minutes', declared: 'pl4', options: {}, expected: 'wrongKind' },
  { name: 'a primary lesson plan as PL IV', kind: 'primaryLesson', declared: 'pl4', options: {}, expected: 'wrongKind' },
  { name: 'PL I as PL III', kind: 'pl1', declared: 'pl3', options: {}, expected: 'wrongKind' },
  { name: 'PL I without II.3', kind: 'pl1', declared: 'pl1', options: { mutations: [{ type: 'dropSection', key: 'II.3' }] }, expected: 'sectionMissing' },
  { name: 'PL I without the Số tiết column', kind: 'pl1', declared: 'pl1', options: { mutations: [{ type: 'dropTableColumn', header: 'Số tiết' }] }, expected: 'tableColumnMissing' },
  { name: 'PL I without Cuối Học kỳ 1', kind: 'pl1', declared: 'pl1', options: { mutations: [{ type: 'dropAssessmentRow', row: 'Cuối Học kỳ 1' }] }, expected: 'fixedRowMissing' },
  { name: 'PL I without signatures', kind: 'pl1', declared: 'pl1', options: { mutations: [{ type: 'dropSection', key: 'signature' }] }, expected: 'signatureMissing' },
  { name: 'PL I without the header block', kind: 'pl1', declared: 'pl1', options: { mutations: [{ type: 'dropSection', key: 'header' }] }, expected: 'headerFieldMissing' },
  { name: 'PL I of last year', kind: 'pl1', declared: 'pl1', options: { schoolYear: '2024 - 2025' }, expected: 'schoolYearMismatch' },
  { name: 'PL I of another grade', kind: 'pl1', declared: 'pl1', options: { grade: 7 }, expected: 'gradeMismatch' },
  { name: 'PL II without the Chủ trì column', kind: 'pl2', declared: 'pl2', options: { mutations: [{ type: 'dropTableColumn', header: 'Chủ trì' }] }, expected: 'tableColumnMissing' },
  { name: 'PL III without the programme', kind: 'pl3', declared: 'pl3', options: { mutations: [{ type: 'dropSection', key: 'I.1' }] }, expected: 'sectionMissing' },
  { name: 'school plan without Giải pháp', kind: 'school', declared: 'school_plan', options: { mutations: [{ type: 'dropSection', key: 'V' }] }, expected: 'sectionMissing' },
]

test.group('Validation accuracy / mutations', () => {
  for (const mutation of MUTATIONS) {
    test(`${mutation.name} → ${mutation.expected} (DOCX and PDF)`, async ({ assert }) => {
      for (const format of ['docx', 'pdf'] as const) {
        const report = await validate(mutation.kind, mutation.options, format, mutation.declared)
        assert.include(report.findings.map((finding) => finding.messageId), mutation.expected, `${format}:\n${describe(report)}`)
      }
    }).timeout(60_000)
  }

  test('a wrong kind of document gives one finding and silences the other plugins', async ({ assert }) => {
    for (const format of ['docx', 'pdf'] as const) {
      const report = await validate('minutes', {}, format, 'pl4')
      assert.deepEqual(report.findings.map((finding) => finding.messageId), ['wrongKind'])
      assert.isTrue(report.skipped.some((skip) => skip.id === 'cv5512:structure' && skip.reason === 'gate'))
    }
  }).timeout(60_000)
})
