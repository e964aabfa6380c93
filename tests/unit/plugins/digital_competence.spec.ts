import plugin from '#plugins/digital-competence/index'
import { citationsIn } from '#plugins/digital-competence/citations'
import { loadFramework } from '#plugins/digital-competence/framework'
import { test } from '@japa/runner'
import { writeFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildPlan, type PlanOptions } from '#tests/fixtures/plans'
import { fromSpec } from './model_helpers.js'
import { asDocx, asPdf, pluginTester, runPlugin } from './plugin_tester.js'

/** A grade 6 lesson plan with two digital-competence objectives, each developed in an activity. */
const NLS: PlanOptions = {
  competenceLines: [
    '* Năng lực số: 1.1.TC1a: Học sinh tìm kiếm thông tin về số nguyên trên Internet; 2.4.TC1a: Học sinh hợp tác trên bảng tính chung.',
  ],
  activityLines: {
    2: { d: 'Học sinh tra cứu ví dụ trên Internet (NLS 1.1.TC1a).' },
    3: { a: 'Phát triển năng lực số 2.4.TC1a.' },
  },
}
const plan = (options: PlanOptions = NLS) => fromSpec(buildPlan('pl4', options))
const withObjectives = (line: string, activityLines = NLS.activityLines) =>
  plan({ competenceLines: [line], activityLines })
const ON = { enabled: true }

pluginTester(plugin, {
  valid: [
    { name: 'valid codes for grade 6, each developed in an activity', document: plan(), ...ON },
    { name: 'the same through a real DOCX', document: asDocx(buildPlan('pl4', NLS)), ...ON },
    { name: 'the same through a real PDF', document: asPdf(buildPlan('pl4', NLS)), ...ON },
    {
      name: 'the same codes in the activity-table layout',
      document: plan({ ...NLS, layout: 'activityTable' }),
      ...ON,
    },
    {
      name: 'codes written "1.1TC1a" and "(Mã NLS: 2.4.tc1.a)"',
      document: withObjectives('Năng lực số: 1.1TC1a; (Mã NLS: 2.4.tc1.a)'),
      ...ON,
    },
    { name: 'off by default: a plan without codes is not checked', document: plan({}) },
  ],
  invalid: [
    {
      name: 'no digital-competence objective',
      document: plan({}),
      ...ON,
      errors: ['objectivesMissing'],
    },
    {
      name: 'a code not in the framework (1.2.TC1c): a warning',
      document: withObjectives('Năng lực số: 1.1.TC1a, 2.4.TC1a, 1.2.TC1c'),
      ...ON,
      errors: [{ messageId: 'unknownCode', severity: 'warning' }],
    },
    {
      name: 'a code not in the framework, the rule required: an error',
      document: withObjectives('Năng lực số: 1.1.TC1a, 2.4.TC1a, 6.1.CB1a'),
      ...ON,
      options: { required: true },
      errors: [{ messageId: 'unknownCode', severity: 'error' }],
    },
    {
      name: 'a neighbouring level (TC2 in grade 6): a warning',
      document: withObjectives('Năng lực số: 1.1.TC1a, 2.4.TC1a, 4.4.TC2a'),
      ...ON,
      errors: ['levelNeighbour', 'notDeveloped'],
    },
    {
      name: 'a level far from the grade (NC1 in grade 6)',
      document: withObjectives('Năng lực số: 1.1.TC1a, 2.4.NC1a', {
        2: { d: '1.1.TC1a' },
        3: { a: '2.4.NC1a' },
      }),
      ...ON,
      errors: ['levelMismatch'],
    },
    {
      name: 'an objective never developed in an activity',
      document: withObjectives('Năng lực số: 1.1.TC1a, 2.4.TC1a', { 2: { d: '1.1.TC1a' } }),
      ...ON,
      errors: ['notDeveloped'],
    },
    {
      name: 'a code without its letter',
      document: withObjectives('Năng lực số: 1.1.TC1a, 2.4.TC1a, 3.1.TC1'),
      ...ON,
      errors: ['incompleteCode'],
    },
  ],
})

test.group('digital-competence citations and framework', () => {
  test('reads the shapes teachers write, and not AI-education codes', ({ assert }) => {
    const codes = (text: string) => citationsIn(text).map((citation) => citation.code)
    assert.deepEqual(codes('NLS 1.1.TC1a; [1.2. TC1b]; 1.1TC1c; 6.1.NC1.a'), [
      '1.1.TC1a',
      '1.2.TC1b',
      '1.1.TC1c',
      '6.1.NC1a',
    ])
    assert.deepEqual(codes('1.1.CB1a/2a'), ['1.1.CB1a', '1.1.CB2a'])
    assert.deepEqual(codes('NLa, 5.A1.1, NLc.C2, mục 2.1. Năng lực chung'), [])
  })

  test('the shipped framework has the 265 codes of the table; a broken file stops the setup', async ({
    assert,
  }) => {
    const framework = await loadFramework(
      new URL('../../../plugins/digital-competence/framework.json', import.meta.url)
    )
    assert.equal(framework.codes.size, 265)
    assert.equal(framework.levelOfGrade.get(7), 'TC1')
    assert.isFalse(framework.codes.has('6.1.CB1a'))
    const dir = await mkdtemp(join(tmpdir(), 'nls-'))
    try {
      const file = join(dir, 'framework.json')
      await writeFile(
        file,
        JSON.stringify({
          id: 'x',
          title: 'Khung thử nghiệm',
          reference: { document: 'x', clause: 'x' },
          levels: [{ code: 'TC1', name: 'x', grades: [6] }],
          domains: [{ id: '1', name: 'x' }],
          components: [{ id: '1.1', name: 'x', indicators: { TC9: 'a' } }],
        })
      )
      await assert.rejects(() => loadFramework(pathToFileURL(file)), /undeclared level TC9/)
      await writeFile(file, JSON.stringify({ id: 'x' }))
      await assert.rejects(() => loadFramework(pathToFileURL(file)), /is invalid/)
    } finally {
      await rm(dir, { recursive: true })
    }
  })

  test('an unknown code names the letters its level has', async ({ assert }) => {
    const [finding] = await runPlugin(plugin, {
      name: 'x',
      document: withObjectives('Năng lực số: 1.1.TC1a, 2.4.TC1a, 1.2.TC1c'),
      enabled: true,
    })
    assert.equal(finding.data.code, '1.2.TC1c')
    assert.include(String(finding.data.hint), 'a, b')
    assert.isDefined(finding.location.block)
  })
})
