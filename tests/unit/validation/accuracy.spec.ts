/*
|--------------------------------------------------------------------------
| Accuracy through real files: fixture plan → DOCX / PDF → parser → runner
|--------------------------------------------------------------------------
|
| Correct plans of every kind, in every layout, in both formats, give zero
| errors; each mutation gives its own messageId in both formats. Correct
| plans written the way real teachers write them (every layout that once
| gave false findings on real files, made up in the same shape) give no
| error and none of the findings that fooled the checker.
*/

import { test } from '@japa/runner'
import { parseBytes } from '#app/documents/parsing/parse_bytes'
import { DEFAULT_LIMITS } from '#app/documents/parsing/parse_outcome'
import { PluginRegistry } from '#app/documents/validation/plugin_registry'
import { PluginRunner, type ValidationReport } from '#app/documents/validation/plugin_runner'
import { fold, type DocumentKind } from '#plugins/contract'
import {
  buildPlan,
  TITLE_FORMS,
  toDocx,
  toPdf,
  type PlanKind,
  type PlanOptions,
  type TeacherStyle,
} from '#tests/fixtures/plans'
import type { PdfOptions } from '#tests/fixtures/pdf_builder'
import { submission } from '#tests/unit/plugins/model_helpers'
import { unlocated } from '#tests/unit/plugins/plugin_tester'

let runner: PluginRunner

async function validate(
  kind: PlanKind,
  options: PlanOptions,
  format: 'docx' | 'pdf',
  declared: DocumentKind,
  pdfOptions: PdfOptions = {}
): Promise<ValidationReport> {
  runner ??= new PluginRunner(await PluginRegistry.discover())
  const plan = buildPlan(kind, options)
  const outcome = await parseBytes(
    format === 'docx' ? await toDocx(plan) : await toPdf(plan, pdfOptions),
    DEFAULT_LIMITS
  )
  if (outcome.status !== 'parsed') throw new Error(`fixture did not parse: ${outcome.reason}`)
  const report = await runner.run({
    document: outcome.model,
    submission: submission({ kind: declared }),
  })
  // Every finding of every fixture says where it is (or where the missing part was expected).
  const lost = unlocated(report.findings)
  if (lost.length > 0)
    throw new Error(`findings without a location (${format}):\n${lost.join('\n')}`)
  return report
}

const describe = (report: ValidationReport) =>
  report.findings.map((f) => `${f.severity} ${f.messageId} ${JSON.stringify(f.data)}`).join('\n')

const KINDS: Array<[PlanKind, DocumentKind]> = [
  ['pl4', 'pl4'],
  ['pl1', 'pl1'],
  ['pl2', 'pl2'],
  ['pl3', 'pl3'],
  ['school', 'school_plan'],
]
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
  {
    name: 'PL IV without I. Mục tiêu',
    kind: 'pl4',
    declared: 'pl4',
    options: { mutations: [{ type: 'dropSection', key: 'I' }] },
    expected: 'sectionMissing',
  },
  {
    name: 'PL IV without II. Thiết bị dạy học',
    kind: 'pl4',
    declared: 'pl4',
    options: { mutations: [{ type: 'dropSection', key: 'II' }] },
    expected: 'sectionMissing',
  },
  {
    name: 'PL IV with I and II swapped',
    kind: 'pl4',
    declared: 'pl4',
    options: { mutations: [{ type: 'swapSections', a: 'I', b: 'II' }] },
    expected: 'sectionOutOfOrder',
  },
  {
    name: 'PL IV without c) in activity 2',
    kind: 'pl4',
    declared: 'pl4',
    options: { mutations: [{ type: 'dropActivityPart', activity: 2, part: 'c' }] },
    expected: 'partMissing',
  },
  {
    name: 'PL IV without activity 4',
    kind: 'pl4',
    declared: 'pl4',
    options: { activities: 3 },
    expected: 'activityMissing',
  },
  {
    name: 'PL IV with two lessons',
    kind: 'pl4',
    declared: 'pl4',
    options: { mutations: [{ type: 'twoLessons' }] },
    expected: 'multipleLessons',
  },
  {
    name: 'PL IV with blanks and instructions left',
    kind: 'pl4',
    declared: 'pl4',
    options: { mutations: [{ type: 'placeholders' }] },
    expected: 'instructionLeft',
  },
  {
    name: 'PL IV with blank header values',
    kind: 'pl4',
    declared: 'pl4',
    options: { mutations: [{ type: 'placeholders' }] },
    expected: 'fieldUnfilled',
  },
  {
    name: 'meeting minutes as PL IV',
    kind: 'minutes',
    declared: 'pl4',
    options: {},
    expected: 'wrongKind',
  },
  {
    name: 'a primary lesson plan as PL IV',
    kind: 'primaryLesson',
    declared: 'pl4',
    options: {},
    expected: 'wrongKind',
  },
  { name: 'PL I as PL III', kind: 'pl1', declared: 'pl3', options: {}, expected: 'wrongKind' },
  {
    name: 'PL I without II.3',
    kind: 'pl1',
    declared: 'pl1',
    options: { mutations: [{ type: 'dropSection', key: 'II.3' }] },
    expected: 'sectionMissing',
  },
  {
    name: 'PL I without the Số tiết column',
    kind: 'pl1',
    declared: 'pl1',
    options: { mutations: [{ type: 'dropTableColumn', header: 'Số tiết' }] },
    expected: 'tableColumnMissing',
  },
  {
    name: 'PL I without Cuối Học kỳ 1',
    kind: 'pl1',
    declared: 'pl1',
    options: { mutations: [{ type: 'dropAssessmentRow', row: 'Cuối Học kỳ 1' }] },
    expected: 'fixedRowMissing',
  },
  {
    name: 'PL I without signatures',
    kind: 'pl1',
    declared: 'pl1',
    options: { mutations: [{ type: 'dropSection', key: 'signature' }] },
    expected: 'signatureMissing',
  },
  {
    name: 'PL I without the header block',
    kind: 'pl1',
    declared: 'pl1',
    options: { mutations: [{ type: 'dropSection', key: 'header' }] },
    expected: 'headerFieldMissing',
  },
  {
    name: 'PL I of last year',
    kind: 'pl1',
    declared: 'pl1',
    options: { schoolYear: '2024 - 2025' },
    expected: 'schoolYearMismatch',
  },
  {
    name: 'PL I of another grade',
    kind: 'pl1',
    declared: 'pl1',
    options: { grade: 7 },
    expected: 'gradeMismatch',
  },
  {
    name: 'PL II without the Chủ trì column',
    kind: 'pl2',
    declared: 'pl2',
    options: { mutations: [{ type: 'dropTableColumn', header: 'Chủ trì' }] },
    expected: 'tableColumnMissing',
  },
  {
    name: 'PL III without the programme',
    kind: 'pl3',
    declared: 'pl3',
    options: { mutations: [{ type: 'dropSection', key: 'I.1' }] },
    expected: 'sectionMissing',
  },
  {
    name: 'school plan without Giải pháp',
    kind: 'school',
    declared: 'school_plan',
    options: { mutations: [{ type: 'dropSection', key: 'V' }] },
    expected: 'sectionMissing',
  },
]

test.group('Validation accuracy / mutations', () => {
  for (const mutation of MUTATIONS) {
    test(`${mutation.name} → ${mutation.expected} (DOCX and PDF)`, async ({ assert }) => {
      for (const format of ['docx', 'pdf'] as const) {
        const report = await validate(mutation.kind, mutation.options, format, mutation.declared)
        assert.include(
          report.findings.map((finding) => finding.messageId),
          mutation.expected,
          `${format}:\n${describe(report)}`
        )
      }
    }).timeout(60_000)
  }

  test('a missing I. Mục tiêu is one finding, not one more per sub-section (DOCX and PDF)', async ({
    assert,
  }) => {
    for (const format of ['docx', 'pdf'] as const) {
      const report = await validate(
        'pl4',
        { mutations: [{ type: 'dropSection', key: 'I' }] },
        format,
        'pl4'
      )
      const missing = report.findings.filter((finding) => finding.messageId === 'sectionMissing')
      assert.deepEqual(
        missing.map((finding) => [finding.severity, finding.data.section]),
        [['error', 'I. Mục tiêu']],
        `${format}:\n${describe(report)}`
      )
    }
  }).timeout(60_000)

  test('a wrong kind of document gives one finding and silences the other plugins', async ({
    assert,
  }) => {
    for (const kind of [
      'minutes',
      'curriculum',
      'article',
      'sourceMap',
      'mergeTemplate',
      'note',
      'blankFrame',
    ] as const) {
      for (const format of ['docx', 'pdf'] as const) {
        const report = await validate(kind, {}, format, 'pl4')
        assert.deepEqual(
          report.findings.map((finding) => finding.messageId),
          ['wrongKind'],
          `${kind} (${format}):\n${describe(report)}`
        )
        assert.isTrue(
          report.skipped.some((skip) => skip.id === 'cv5512:structure' && skip.reason === 'gate')
        )
      }
    }
  }).timeout(60_000)
})

interface StyleCase {
  name: string
  style: TeacherStyle
  /** messageIds that must not appear at all. */
  absent: string[]
  /** messageIds allowed only as info (cosmetic, or already on the upload form). */
  infoOnly?: string[]
}

const TITLE_CASES: StyleCase[] = (Object.keys(TITLE_FORMS) as Array<keyof typeof TITLE_FORMS>).map(
  (title) => ({
    name: `lesson title written "${TITLE_FORMS[title]}"${title === 'cell' ? ' in a table cell' : ''}`,
    style: { title },
    absent: ['headerFieldMissing', 'multipleLessons', 'lessonTitleUnfilled'],
  })
)

const STYLES: StyleCase[] = [
  { name: 'no subject, grade or duration lines', style: { header: 'none' }, absent: [] },
  {
    name: "the school's own lines: Tuần 12 – Tiết 23, Tiết theo KHDH: 5, Dạy lớp: 6A",
    style: { header: 'school' },
    absent: ['gradeNotFound', 'gradeMismatch'],
    infoOnly: ['headerFieldMissing'],
  },
  {
    name: 'title and header on one line each: KẾ HOẠCH BÀI DẠY BÀI … (2 TIẾT), Môn: Toán 6 Tên bài học: … Thời gian thực hiện: …',
    style: { header: 'oneLine' },
    absent: ['gradeNotFound', 'gradeMismatch', 'lessonTitleUnfilled'],
    infoOnly: ['headerFieldMissing'],
  },
  ...TITLE_CASES,
  {
    name: 'parts named a) Mục đích, b) Nội dung hoạt động, c) Sản phẩm học tập, d) Tổ chức hoạt động / Cách thức tổ chức',
    style: { partNames: 'synonyms' },
    absent: ['partMissing', 'stepsMissing'],
  },
  {
    name: 'part labels after typed bullets: * Mục tiêu:, - Nội dung:, + Sản phẩm:',
    style: { partBullets: true },
    absent: ['partMissing'],
  },
  {
    name: 'I. Mục tiêu with only 1. Về năng lực and 2. Về phẩm chất (knowledge folded into competences)',
    style: { objectives: 'competenceQualities' },
    absent: [],
  },
  {
    name: 'objectives under combined headings: 1. Kiến thức, kĩ năng:, 2. Năng lực, phẩm chất: with - Năng lực: and - Phẩm chất: under it',
    style: { objectives: 'combined' },
    absent: ['sectionMissing', 'sectionInText', 'sectionOutOfOrder'],
    infoOnly: ['sectionCombined'],
  },
  {
    name: 'objectives 2. Về năng lực và phẩm chất (bold) with * Phẩm chất: under it',
    style: { objectives: 'combinedAbout' },
    absent: ['sectionMissing', 'sectionInText', 'sectionOutOfOrder'],
    infoOnly: ['sectionCombined'],
  },
  {
    name: 'objectives in a table with rows Kiến thức and Năng lực – phẩm chất',
    style: { objectives: 'combinedRow' },
    absent: ['sectionMissing', 'sectionInText', 'sectionOutOfOrder'],
    infoOnly: ['sectionCombined'],
  },
  {
    name: 'II. written as a plain line: Đồ dùng dạy học: …',
    style: { equipmentLine: 'aids' },
    absent: ['sectionMissing', 'sectionOutOfOrder'],
  },
  {
    name: 'II. written as a plain line on its own: Thiết bị dạy học và học liệu',
    style: { equipmentLine: 'alone' },
    absent: ['sectionMissing', 'sectionOutOfOrder'],
  },
  {
    name: 'a Tiếng Anh plan with its preparation on a plain line: Teaching aids: handouts, textbook, projector.',
    style: { english: true, header: 'none', equipmentLine: 'aids' },
    absent: ['wrongKind', 'sectionMissing', 'sectionOutOfOrder'],
  },
  {
    name: 'a Tiếng Anh plan written in English: I. OBJECTIVES, II. MATERIALS, III. PROCEDURES, 1. Warm up (10 mins), a. Aims … d. Organization',
    style: { english: true, header: 'none' },
    absent: ['wrongKind', 'noActivities', 'activityMissing', 'partMissing', 'sectionMissing'],
  },
  {
    name: 'a Tiếng Anh plan keeping older names: 2. Skills, 3. Attitude, II. TEACHER AND STUDENTS’ PREPARATIONS',
    style: { english: true, header: 'none', englishNames: 'skillsAttitude' },
    absent: ['wrongKind', 'sectionMissing'],
  },
  {
    name: 'section numbers typed without their dot: I MỤC TIÊU, 1 Về kiến thức, II THIẾT BỊ …, III TIẾN TRÌNH …',
    style: { headingNumbers: 'withoutDots' },
    absent: ['wrongKind', 'sectionMissing', 'noActivities'],
  },
  {
    name: 'a Ngữ văn unit plan "BÀI 1: … (8 TIẾT)" with parts Văn bản 1, Văn bản 2, Thực hành tiếng Việt, Viết, Nói và nghe, each with its I. Mục tiêu',
    style: { unitParts: true },
    absent: ['multipleLessons'],
  },
  {
    name: 'sections lettered A. YÊU CẦU CẦN ĐẠT, B. THIẾT BỊ, HỌC LIỆU VÀ CHUẨN BỊ CỦA HỌC SINH, C. TIẾN TRÌNH DẠY HỌC, no subject line',
    style: { letteredSections: true, header: 'none' },
    absent: ['wrongKind', 'sectionMissing', 'noActivities'],
  },
  {
    name: "older section names kept in schools' own templates: II. CHUẨN BỊ, III. CÁC HOẠT ĐỘNG DẠY – HỌC",
    style: { sectionNames: 'schoolTemplate' },
    absent: ['sectionMissing', 'noActivities', 'activityMissing'],
  },
  {
    name: 'activities lettered A. KHỞI ĐỘNG … D. VẬN DỤNG',
    style: { activities: 'lettered' },
    absent: ['noActivities', 'activityMissing', 'partMissing'],
  },
  {
    name: 'each activity one paragraph "1. Hoạt động 1: … * Mục tiêu: … * Tổ chức: … * Sản phẩm: …", numbering restarting per period',
    style: { activities: 'paragraphs' },
    absent: ['noActivities', 'activityMissing', 'stepsMissing'],
  },
  {
    name: 'phases "2. HOẠT ĐỘNG HÌNH THÀNH KIẾN THỨC" holding tasks "Hoạt động 1: …", "Hoạt động 2: …", step groups numbered inside a GV - HS | SẢN PHẨM | NLS table, a summary table of activities',
    style: { activities: 'phasesWithTasks', header: 'none', blanksByDesign: true },
    absent: ['noActivities', 'activityMissing', 'partMissing', 'stepsMissing', 'placeholderLeft'],
  },
  {
    name: 'activities in one table, each opened by a merged row HOẠT ĐỘNG n: …',
    style: { activities: 'mergedRows' },
    absent: ['noActivities', 'activityMissing', 'partMissing'],
  },
  {
    name: 'board notes I., II., III. inside Hoạt động 2 (Hoạt động 3 and 4 still found)',
    style: { boardHeadings: true },
    absent: ['activityMissing', 'partMissing', 'sectionOutOfOrder'],
  },
  {
    name: 'blanks by design: Ngày soạn …/…/…, exercise blanks, 0,1666…, Điều chỉnh sau bài dạy, worksheets and self-assessment in an appendix',
    style: { blanksByDesign: true },
    absent: ['placeholderLeft', 'lessonTitleUnfilled'],
    infoOnly: ['fieldUnfilled'],
  },
]

test.group('Validation accuracy / how teachers write correct plans', () => {
  for (const styleCase of STYLES) {
    test(`${styleCase.name} (DOCX and PDF)`, async ({ assert }) => {
      for (const format of ['docx', 'pdf'] as const) {
        const report = await validate('pl4', { style: styleCase.style }, format, 'pl4')
        const context = `${format}:\n${describe(report)}`
        assert.equal(report.errors, 0, context)
        const ids = report.findings.map((finding) => finding.messageId)
        for (const absent of styleCase.absent) assert.notInclude(ids, absent, context)
        const loud = report.findings.filter(
          (finding) =>
            styleCase.infoOnly?.includes(finding.messageId) && finding.severity !== 'info'
        )
        assert.deepEqual(loud, [], context)
      }
    }).timeout(60_000)
  }

  const GROUP_STYLES: Array<[string, TeacherStyle]> = [
    ['"I." alone on its line, then "Đặc điểm tình hình:"', { situationHeading: 'numeralAlone' }],
    ['"Đặc điểm tình hình" without a numeral', { situationHeading: 'unnumbered' }],
    [
      "a programme table with the school's own columns (Tên văn bản, Tuần CM, Thiết bị dạy học) besides the frame's",
      { ownColumns: true },
    ],
  ]
  for (const [name, style] of GROUP_STYLES) {
    test(`PL I: ${name} (DOCX and PDF)`, async ({ assert }) => {
      for (const format of ['docx', 'pdf'] as const) {
        const report = await validate('pl1', { style }, format, 'pl1')
        assert.equal(report.errors, 0, `${format}:\n${describe(report)}`)
        assert.notInclude(
          report.findings.map((finding) => finding.messageId),
          'tableColumnMissing',
          `${format}:\n${describe(report)}`
        )
      }
    }).timeout(60_000)
  }

  test('a PDF whose bold runs are drawn twice a fraction of a point apart (fake bold) reads each heading once', async ({
    assert,
  }) => {
    for (const layout of [{}, { layout: 'activityTable' as const }]) {
      const report = await validate('pl4', layout, 'pdf', 'pl4', {
        artifacts: { overprintedBold: 0.4 },
      })
      assert.equal(report.errors, 0, describe(report))
      assert.deepEqual(
        report.findings.filter((finding) => finding.severity !== 'info'),
        [],
        describe(report)
      )
    }
  }).timeout(60_000)

  test('a file of six lessons titled as teachers do gives one finding that counts and names every lesson', async ({
    assert,
  }) => {
    const titles = [
      TITLE_FORMS.section,
      TITLE_FORMS.unnumbered,
      TITLE_FORMS.periods,
      TITLE_FORMS.review,
      TITLE_FORMS.practice,
    ]
    for (const format of ['docx', 'pdf'] as const) {
      const report = await validate(
        'pl4',
        { mutations: [{ type: 'lessons', titles }] },
        format,
        'pl4'
      )
      assert.deepEqual(
        report.findings.map((finding) => finding.messageId),
        ['multipleLessons'],
        `${format}:\n${describe(report)}`
      )
      const [finding] = report.findings
      assert.equal(finding.data.count, 6)
      for (const title of ['Phân số với tử và mẫu là số nguyên', ...titles])
        assert.include(fold(String(finding.data.titles)), fold(title))
    }
  }).timeout(60_000)

  test('a primary-school file of many lessons, one week per section, or one primary lesson, gets one clear reason', async ({
    assert,
  }) => {
    for (const kind of ['primaryWeekly', 'primaryLesson'] as const) {
      for (const format of ['docx', 'pdf'] as const) {
        const report = await validate(kind, {}, format, 'pl4')
        assert.deepEqual(
          report.findings.map((finding) => finding.messageId),
          ['wrongKind'],
          `${format}:\n${describe(report)}`
        )
        assert.equal(report.findings[0].data.detectedKind, kind)
      }
    }
  }).timeout(60_000)

  test('2. Skills and 3. Attitude are named as possibly the competence and quality objectives, at their headings (DOCX and PDF)', async ({
    assert,
  }) => {
    for (const format of ['docx', 'pdf'] as const) {
      const report = await validate(
        'pl4',
        { style: { english: true, header: 'none', englishNames: 'skillsAttitude' } },
        format,
        'pl4'
      )
      const otherNames = report.findings.filter(
        (finding) => finding.messageId === 'sectionOtherName'
      )
      assert.deepEqual(
        otherNames.map((finding) => [finding.severity, finding.location.excerpt?.slice(0, 12)]),
        [
          ['warning', '2. Skills: l'],
          ['warning', '3. Attitude:'],
        ],
        `${format}:\n${describe(report)}`
      )
    }
  }).timeout(60_000)

  test('a plan pasted as three long paragraphs is not refused: one warning asks for one heading per line (DOCX and PDF)', async ({
    assert,
  }) => {
    for (const format of ['docx', 'pdf'] as const) {
      const report = await validate('pl4', { style: { flattened: true } }, format, 'pl4')
      const context = `${format}:\n${describe(report)}`
      assert.equal(report.errors, 0, context)
      assert.deepEqual(
        report.findings
          .filter((finding) => finding.severity !== 'info')
          .map((finding) => [finding.messageId, finding.severity]),
        [['unstructured', 'warning']],
        context
      )
    }
  }).timeout(60_000)
})
