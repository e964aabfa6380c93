import plugin from '#plugins/unfilled-template/index'
import { buildPlan } from '#tests/fixtures/plans'
import { fromSpec, lines } from './model_helpers.js'
import { pluginTester } from './plugin_tester.js'

pluginTester(plugin, {
  valid: [
    { name: 'a filled lesson plan', document: fromSpec(buildPlan('pl4')) },
    {
      name: 'a filled PL II whose notes end with "…"',
      document: fromSpec(buildPlan('pl2')),
      submission: { kind: 'pl2' },
    },
    {
      name: 'a signature date left blank for handwriting',
      document: lines('TỔ TRƯỞNG\nHà Nội, ngày …. tháng …. năm 20…\nHIỆU TRƯỞNG'),
    },
    {
      name: 'an "etc." ellipsis',
      document: lines('Địa điểm: lớp học, phòng bộ môn, sân trường...'),
    },
  ],
  invalid: [
    {
      name: 'blank header values and frame instructions',
      document: fromSpec(buildPlan('pl4', { mutations: [{ type: 'placeholders' }] })),
      errors: [
        'fieldUnfilled',
        'fieldUnfilled',
        'fieldUnfilled',
        'instructionLeft',
        'instructionLeft',
      ],
    },
    {
      name: 'a blank lesson title is a warning (the upload form asks for the title)',
      document: lines('TÊN BÀI DẠY: …………………………………..'),
      errors: [{ messageId: 'lessonTitleUnfilled', severity: 'warning' }],
    },
    {
      name: 'two blanks on one line',
      document: lines('Môn học/Hoạt động giáo dục: ……….; lớp:………'),
      errors: ['fieldUnfilled', 'fieldUnfilled'],
    },
    {
      name: 'TRƯỜNG: .... in upper case',
      document: lines('TRƯỜNG: ....................'),
      errors: [{ messageId: 'fieldUnfilled', severity: 'warning' }],
    },
    {
      name: 'a {{field}} marker',
      document: lines('Giáo viên soạn bài {{teacher}} cho lớp 6A1'),
      errors: ['placeholderLeft'],
    },
    {
      name: 'the PL IV Ghi chú left in',
      document: lines(
        'Ghi chú:\n1. Mỗi bài dạy có thể được thực hiện trong nhiều tiết học, bảo đảm đủ thời gian.'
      ),
      errors: ['instructionLeft'],
    },
    {
      name: 'at most maxFindings findings',
      document: lines('Trường: ....\nTổ: ....\nGiáo viên: ....'),
      options: { maxFindings: 2, ignoreDateLines: true },
      errors: ['fieldUnfilled', 'fieldUnfilled'],
    },
  ],
})
