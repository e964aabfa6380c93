/*
|--------------------------------------------------------------------------
| RuleTester: ESLint-style valid / invalid tables for validator plugins
|--------------------------------------------------------------------------
|
| Each case runs the plugin through the real runner (options validation,
| severities, message rendering) on a model built in code. Cases assert
| messageIds (and optionally severities), never message text.
*/

import { test } from '@japa/runner'
import type { DocumentModel, Plugin, Severity, SubmissionMetadata } from '#plugins/contract'
import { PluginRegistry } from '#documents/validation/plugin_registry'
import { PluginRunner, type ReportedFinding } from '#documents/validation/plugin_runner'
import { submission as defaultSubmission } from './model_helpers.js'

export interface TesterCase {
  name: string
  document: DocumentModel
  submission?: Partial<SubmissionMetadata>
  options?: Record<string, unknown>
}

export interface InvalidCase extends TesterCase {
  /** Expected findings, in any order: messageIds, or messageId + severity. */
  errors: Array<string | { messageId: string; severity?: Severity }>
}

export async function runPlugin(plugin: Plugin<any>, testCase: TesterCase): Promise<ReportedFinding[]> {
  const registry = await PluginRegistry.fromPlugins([plugin])
  const runner = new PluginRunner(registry)
  const overrides = testCase.options ? { plugins: { [plugin.meta.id]: { options: testCase.options } } } : undefined
  const report = await runner.run({ document: testCase.document, submission: defaultSubmission(testCase.submission), overrides })
  return report.findings
}

export function ruleTester(plugin: Plugin<any>, cases: { valid: TesterCase[]; invalid: InvalidCase[] }) {
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
        assert.deepEqual(findings.map((finding) => finding.messageId).sort(), testCase.errors.map((e) => (typeof e === 'string' ? e : e.messageId)).sort(), findings.map(describe).join('\n'))
        for (const expected of testCase.errors) {
          if (typeof expected === 'string' || !expected.severity) continue
          const match = findings.find((finding) => finding.messageId === expected.messageId)
          assert.equal(match?.severity, expected.severity, `severity of ${expected.messageId}`)
        }
      })
    }
  })
}

function describe(finding: ReportedFinding): string {
  return `${finding.severity} ${finding.messageId} ${JSON.stringify(finding.data)}`
}
