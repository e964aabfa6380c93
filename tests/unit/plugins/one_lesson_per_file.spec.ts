import plugin from '#plugins/one-lesson-per-file/index'
import { buildPlan } from '#tests/fixtures/plans'
import { fromSpec, lines } from './model_helpers.js'
import { pluginTester } from './plugin_tester.js'

pluginTester(plugin, {
  valid: [
    { name: 'one lesson', document: fromSpec(buildPlan('pl4')) },
    {
      name: 'one long lesson with sub-activities',
      document: fromSpec(buildPlan('pl4', { pages: 12 })),
    },
    {
      name: 'one topic over several periods, objectives per period',
      document: lines(`
        CHỦ ĐỀ 2: PHÂN SỐ (Tiết 5 - 8)
        Tiết 5
        I. Mục tiêu
        1. Kiến thức: x
        Bài 1: Tính 1/2 + 1/3.
        Tiết 6
        I. MỤC TIÊU
        1. Kiến thức: y
      `),
    },
    {
      name: 'exercises named Bài 1, Bài 2 inside one lesson',
      document: lines(
        'TÊN BÀI DẠY: Phân số\nI. Mục tiêu\n3. Hoạt động 3: Luyện tập\nBài 1: Rút gọn.\nBài 2: So sánh.'
      ),
    },
  ],
  invalid: [
    {
      name: 'two lessons in one file',
      document: fromSpec(buildPlan('pl4', { mutations: [{ type: 'twoLessons' }] })),
      errors: [{ messageId: 'multipleLessons', severity: 'error' }],
    },
    {
      name: 'three lessons titled BÀI n',
      document: lines(
        '**BÀI 1: Tập hợp**\nI. MỤC TIÊU\n**BÀI 2: Số tự nhiên**\nI. MỤC TIÊU\n**BÀI 3: Phép cộng**\nI. MỤC TIÊU'
      ),
      errors: ['multipleLessons'],
    },
    {
      name: 'two lessons typed without diacritics',
      document: fromSpec(
        buildPlan('pl4', { withoutDiacritics: true, mutations: [{ type: 'twoLessons' }] })
      ),
      errors: ['multipleLessons'],
    },
  ],
})
