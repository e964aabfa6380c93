import plugin from '#plugins/plan-arithmetic/index'
import { test } from '@japa/runner'
import { lessonTable } from '#plugins/contract'
import { buildPlan } from '#tests/fixtures/plans'
import { fromSpec, lines } from './model_helpers.js'
import { pluginTester, runPlugin } from './plugin_tester.js'

const ROWS_140 = Array.from(
  { length: 35 },
  (_, i) => `| ${i + 1} | Bài ${i + 1} | 4 tiết | Tuần ${i + 1} | Máy chiếu | Lớp học |`
).join('\n')
const HEADER =
  '| STT | Bài học (1) | Số tiết (2) | Thời điểm (3) | Thiết bị dạy học (4) | Địa điểm dạy học (5) |'

pluginTester(plugin, {
  valid: [
    {
      name: 'PL III whose 35 weeks total the 140 periods of Toán',
      document: lines(`${HEADER}\n${ROWS_140}`),
      submission: { kind: 'pl3' },
    },
    {
      name: '02, 2 tiết and Tiết 1, 2 are period counts',
      document: lines(
        `${HEADER}\n| 1 | Bài 1 | 02 | Tuần 1 | x | x |\n| 2 | Bài 2 | 2 tiết | Tuần 1 | x | x |\n| 3 | Bài 3 | (Tiết 5, 6) | Tuần 2 | x | x |`
      ),
      submission: { kind: 'pl3' },
      options: { compareYearlyTotal: false },
    },
    {
      name: 'term sub-header rows are not lessons',
      document: fromSpec(buildPlan('pl1', { termRows: true })),
      submission: { kind: 'pl1' },
      options: { compareYearlyTotal: false },
    },
  ],
  invalid: [
    {
      name: 'a non-numeric and a zero period count',
      document: lines(
        `${HEADER}\n| 1 | Bài 1 | hai | Tuần 1 | x | x |\n| 2 | Bài 2 | 0 | Tuần 2 | x | x |`
      ),
      submission: { kind: 'pl3' },
      errors: ['periodsInvalid', 'periodsInvalid'],
    },
    {
      name: 'weeks going backwards',
      document: lines(
        `${HEADER}\n| 1 | Bài 1 | 2 | Tuần 3 | x | x |\n| 2 | Bài 2 | 2 | Tuần 2 | x | x |`
      ),
      submission: { kind: 'pl3' },
      options: { compareYearlyTotal: false },
      errors: [{ messageId: 'weeksDecreasing', severity: 'warning' }],
    },
    {
      name: 'a total far from the yearly periods is only info',
      document: fromSpec(buildPlan('pl1')),
      submission: { kind: 'pl1' },
      errors: [{ messageId: 'totalPeriodsDiffers', severity: 'info' }],
    },
  ],
})

test.group('plan-arithmetic reads a table as the plan summaries do', () => {
  test('the rows it finds without a period count are the rows the summary has no periods for', async ({
    assert,
  }) => {
    const document = lines(
      `${HEADER}\n| | HỌC KÌ I | | | | |\n| 1 | Bài 1 | 02 | Tuần 1 | x | x |\n| 2 | Bài 2 | hai | Tuần 2 | x | x |\n| 3 | Bài 3 | (Tiết 5, 6) | Tuần 3-4 | x | x |\n| 4 | Bài 4 | 0 | 4 | x | x |`
    )
    const findings = await runPlugin(plugin, {
      name: 'periods as written',
      document,
      submission: { kind: 'pl3' },
      options: { compareYearlyTotal: false },
    })
    const summary = lessonTable(document)
    assert.deepEqual(
      findings.map((finding) => [finding.messageId, finding.data.row]),
      summary.lessons
        .filter((lesson) => lesson.periods === undefined)
        .map((lesson) => ['periodsInvalid', lesson.row])
    )
    assert.deepEqual(
      summary.lessons.map((lesson) => lesson.periods),
      [2, undefined, 2, undefined]
    )
  })

  test('a bare week number in the Thời điểm column counts, as in the summaries', async ({
    assert,
  }) => {
    const findings = await runPlugin(plugin, {
      name: 'bare weeks',
      document: lines(`${HEADER}\n| 1 | Bài 1 | 2 | 5 | x | x |\n| 2 | Bài 2 | 2 | 3-4 | x | x |`),
      submission: { kind: 'pl3' },
      options: { compareYearlyTotal: false },
    })
    assert.deepEqual(
      findings.map((finding) => [finding.messageId, finding.data.week, finding.data.previous]),
      [['weeksDecreasing', 3, 5]]
    )
  })
})
