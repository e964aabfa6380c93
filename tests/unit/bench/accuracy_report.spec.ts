import { test } from '@japa/runner'
import {
  accuracyFigures,
  declaredKind,
  formatFigures,
  type CorpusLabel,
  type CorpusResult,
} from '#tests/bench/accuracy_report'

const label = (
  file: string,
  kind: CorpusLabel['kind'],
  acceptable: boolean,
  extra: Partial<CorpusLabel> = {}
): CorpusLabel => ({
  file,
  source: 'someone/somewhere',
  kind,
  acceptable,
  trueDefects: [],
  ...extra,
})
const error = (messageId: string, pluginId = 'cv5512:structure') => ({
  messageId,
  pluginId,
  severity: 'error' as const,
})
const warning = (messageId: string) => ({
  messageId,
  pluginId: 'cv5512:unfilled-template',
  severity: 'warning' as const,
})

const LABELS = [
  label('good-1.docx', 'pl4', true, { trueWarnings: ['placeholderLeft'] }),
  label('good-2.pdf', 'pl4', true, { trueWarnings: [] }),
  label('good-3.docx', 'pl3', true),
  label('good-4.docx', 'pl4', true),
  label('half-done.docx', 'pl4', false),
  label('test-paper.docx', 'non_plan', false),
  label('minutes.pdf', 'non_plan', false),
  label('scan.pdf', 'unreadable', false),
  label('watermark-only-scan.pdf', 'unreadable', false),
  label('empty.docx', 'unreadable', false),
  label('lost.docx', 'pl4', true),
]
const RESULTS: CorpusResult[] = [
  {
    file: 'good-1.docx',
    status: 'passed',
    findings: [warning('placeholderLeft'), warning('placeholderLeft')],
  },
  {
    file: 'good-2.pdf',
    status: 'failed',
    findings: [error('sectionMissing'), error('headerFieldMissing'), warning('dateUnfilled')],
  },
  {
    file: 'good-3.docx',
    status: 'failed',
    findings: [error('sectionMissing'), warning('a'), warning('b'), warning('c'), warning('d')],
  },
  { file: 'good-4.docx', status: 'passed', findings: [warning('a'), warning('b'), warning('c')] },
  {
    file: 'half-done.docx',
    status: 'failed',
    findings: [error('activityMissing', 'cv5512:lesson-plan-activities')],
  },
  {
    file: 'test-paper.docx',
    status: 'failed',
    findings: [error('wrongKind', 'cv5512:document-kind')],
  },
  {
    file: 'minutes.pdf',
    status: 'failed',
    findings: [error('sectionMissing'), error('noActivities')],
  },
  { file: 'scan.pdf', status: 'unreadable', findings: [error('parsing.no_text_layer', '')] },
  {
    file: 'watermark-only-scan.pdf',
    status: 'failed',
    findings: [error('sectionMissing'), error('noActivities')],
  },
  { file: 'empty.docx', status: 'unsupported', findings: [error('parsing.unknown', '')] },
]

test.group('Accuracy report', () => {
  test('measures acceptable plans only: passing share, false errors, median warnings', ({
    assert,
  }) => {
    const figures = accuracyFigures(LABELS, RESULTS)
    assert.equal(figures.documents, 10)
    assert.equal(figures.acceptablePlans, 4)
    assert.equal(figures.acceptablePassing, 0.5)
    assert.equal(figures.falseErrorsPerAcceptablePlan, 0.75)
    assert.equal(figures.medianWarningsPerAcceptablePlan, 2.5)
    assert.deepEqual(figures.missing, ['lost.docx'])
  })

  test('judges warnings only on files whose labels name the true ones', ({ assert }) => {
    assert.closeTo(accuracyFigures(LABELS, RESULTS).trueWarningShare!, 2 / 3, 1e-9)
    const unjudged = LABELS.map(({ trueWarnings, ...rest }) => rest)
    assert.isNull(accuracyFigures(unjudged, RESULTS).trueWarningShare)
  })

  test('a non-plan counts as refused only with exactly one error', ({ assert }) => {
    const figures = accuracyFigures(LABELS, RESULTS)
    assert.equal(figures.nonPlans, 2)
    assert.equal(figures.nonPlansRefusedWithOneReason, 1)
  })

  test('an unreadable file is detected only when it is refused before any check', ({ assert }) => {
    const figures = accuracyFigures(LABELS, RESULTS)
    assert.equal(figures.unreadable, 3)
    assert.equal(figures.unreadableDetected, 2)
    assert.include(formatFigures(figures), 'unreadable detected: 2/3')
  })

  test('lists every error class on acceptable plans, most frequent first, with its files', ({
    assert,
  }) => {
    const classes = accuracyFigures(LABELS, RESULTS).errorClasses
    assert.deepEqual(classes[0], {
      messageId: 'sectionMissing',
      pluginId: 'cv5512:structure',
      count: 2,
      files: ['good-2.pdf', 'good-3.docx'],
    })
    assert.deepEqual(
      classes.map((entry) => entry.messageId),
      ['sectionMissing', 'headerFieldMissing']
    )
    assert.include(
      formatFigures(accuracyFigures(LABELS, RESULTS)),
      '2 · sectionMissing · cv5512:structure · good-2.pdf, good-3.docx'
    )
  })

  test('lists warning classes on acceptable plans the same way', ({ assert }) => {
    const classes = accuracyFigures(LABELS, RESULTS).warningClasses
    assert.deepEqual(classes[0], {
      messageId: 'a',
      pluginId: 'cv5512:unfilled-template',
      count: 2,
      files: ['good-3.docx', 'good-4.docx'],
    })
    assert.equal(classes.find((entry) => entry.messageId === 'placeholderLeft')?.count, 2)
    assert.notInclude(
      classes.map((entry) => entry.messageId),
      'activityMissing'
    )
  })

  test('an uploader declares the labelled kind for a plan and PL IV for anything else', ({
    assert,
  }) => {
    assert.equal(declaredKind(label('a', 'pl1', true)), 'pl1')
    assert.equal(declaredKind(label('b', 'school_plan', true)), 'school_plan')
    assert.equal(declaredKind(label('c', 'non_plan', false)), 'pl4')
    assert.equal(declaredKind(label('d', 'unreadable', false)), 'pl4')
  })

  test('without acceptable plans the figures say so instead of dividing by zero', ({ assert }) => {
    const figures = accuracyFigures(
      [label('x.pdf', 'non_plan', false)],
      [{ file: 'x.pdf', status: 'failed', findings: [error('wrongKind')] }]
    )
    assert.isNull(figures.acceptablePassing)
    assert.isNull(figures.medianWarningsPerAcceptablePlan)
    assert.include(formatFigures(figures), 'acceptable plans passing with no error: —')
  })
})
