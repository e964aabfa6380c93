/*
|--------------------------------------------------------------------------
| pluginTester: ESLint-style valid / invalid tables for validator plugins
|--------------------------------------------------------------------------
|
|   pluginTester(plugin, {
|     valid:   [{ name, document: lines('…') }],
|     invalid: [{ name, document: asDocx(buildPlan('pl4', { … })), errors: ['partMissing'] }],
|   })
|
| Each case runs the plugin through the real runner (options validation,
| severities, message rendering). A case's document is a model built in
| code (`lines()`, `fromSpec()` from model_helpers.ts) or a real file:
| `asDocx(spec)` / `asPdf(spec)` render a fixture DocSpec with the fixture
| builders and parse it with the production parser. Cases assert
| messageIds (and optionally severities), never message text.
*/

import { test } from '@japa/runner'
import type {
  DocumentModel,
  Plugin,
  RelatedPlans,
  Severity,
  SubmissionMetadata,
} from '#plugins/contract'
import { PluginRegistry } from '#app/documents/validation/plugin_registry'
import { PluginRunner, type ReportedFinding } from '#app/documents/validation/plugin_runner'
import { parseBytes } from '#app/documents/parsing/parse_bytes'
import { DEFAULT_LIMITS } from '#app/documents/parsing/parse_outcome'
import type { DocSpec } from '#tests/fixtures/doc_spec'
import { toDocx, toPdf } from '#tests/fixtures/plans'
import { submission as defaultSubmission } from './model_helpers.js'

/** A fixture rendered to a real file and parsed when the case runs. */
export interface FileDocument {
  spec: DocSpec
  format: 'docx' | 'pdf'
}

export interface TesterCase {
  name: string
  document: DocumentModel | FileDocument
  submission?: Partial<SubmissionMetadata>
  options?: Record<string, unknown>
  /** Summaries of related approved plans, as the host passes them (plugins with `meta.needs`). */
  related?: RelatedPlans
  /** The department's switch (plugins off by default). */
  enabled?: boolean
}

export interface InvalidCase extends TesterCase {
  /** Expected findings, in any order: messageIds, or messageId + severity. */
  errors: Array<string | { messageId: string; severity?: Severity }>
}

export const asDocx = (spec: DocSpec): FileDocument => ({ spec, format: 'docx' })
export const asPdf = (spec: DocSpec): FileDocument => ({ spec, format: 'pdf' })

async function modelOf(document: DocumentModel | FileDocument): Promise<DocumentModel> {
  if (!('spec' in document)) return document
  const bytes =
    document.format === 'docx' ? await toDocx(document.spec) : await toPdf(document.spec)
  const outcome = await parseBytes(bytes, DEFAULT_LIMITS)
  if (outcome.status !== 'parsed')
    throw new Error(`The ${document.format} fixture did not parse: ${outcome.reason}`)
  return outcome.model
}

export async function runPlugin(
  plugin: Plugin<any>,
  testCase: TesterCase
): Promise<ReportedFinding[]> {
  const registry = await PluginRegistry.fromPlugins([plugin])
  const runner = new PluginRunner(registry)
  const override = {
    ...(testCase.options ? { options: testCase.options } : {}),
    ...(testCase.enabled !== undefined ? { enabled: testCase.enabled } : {}),
  }
  const overrides =
    Object.keys(override).length > 0 ? { plugins: { [plugin.meta.id]: override } } : undefined
  const document = await modelOf(testCase.document)
  const report = await runner.run({
    document,
    submission: defaultSubmission(testCase.submission),
    overrides,
    related: testCase.related,
  })
  return report.findings
}

export function pluginTester(
  plugin: Plugin<any>,
  cases: { valid: TesterCase[]; invalid: InvalidCase[] }
) {
  test.group(`Plugin ${plugin.meta.id}`, () => {
    for (const testCase of cases.valid) {
      test(`valid: ${testCase.name}`, async ({ assert }) => {
        const findings = await runPlugin(plugin, testCase)
        assert.deepEqual(findings.map(describe), [])
      })
    }
    for (const testCase of cases.invalid) {
      test(`invalid: ${testCase.name}`, async ({ assert }) => {
        const findings = await runPlugin(plugin, testCase)
        const expectedIds = testCase.errors.map((expected) =>
          typeof expected === 'string' ? expected : expected.messageId
        )
        assert.deepEqual(
          findings.map((finding) => finding.messageId).sort(),
          expectedIds.sort(),
          findings.map(describe).join('\n')
        )
        assert.deepEqual(unlocated(findings), [], 'every finding says where it is')
        for (const expected of testCase.errors) {
          if (typeof expected === 'string' || !expected.severity) continue
          const match = findings.find((finding) => finding.messageId === expected.messageId)
          assert.equal(match?.severity, expected.severity, `severity of ${expected.messageId}`)
        }
      })
    }
  })
}

/**
 * Findings the report could not point to: the report shows a finding's
 * place by its section heading, page or quoted text, so one without any of
 * them leaves the teacher searching.
 */
export function unlocated(findings: ReportedFinding[]): string[] {
  return findings
    .filter(({ location }) => !location.excerpt && !location.heading && location.page === undefined)
    .map(describe)
}

function describe(finding: ReportedFinding): string {
  return `${finding.severity} ${finding.messageId} ${JSON.stringify(finding.data)}`
}
