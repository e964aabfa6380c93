import { test } from '@japa/runner'
import plugin from '#plugins/lesson-plan-activities/index'
import { buildPlan, type PlanOptions } from '#tests/fixtures/plans'
import { fromSpec, lines } from './model_helpers.js'
import { pluginTester, runPlugin } from './plugin_tester.js'

const pl4 = (options: PlanOptions = {}) => fromSpec(buildPlan('pl4', options))

const STEPS = `
  Bước 1: Chuyển giao nhiệm vụ: GV chiếu tình huống.
  Bước 2: Thực hiện nhiệm vụ: HS thảo luận nhóm.
  Bước 3: Báo cáo, thảo luận: đại diện nhóm trình bày.
  Bước 4: Kết luận, nhận định: GV chốt kiến thức.
`

pluginTester(plugin, {
  valid: [
    { name: 'four activities with a) to d) as paragraphs', document: pl4() },
    {
      name: 'd) as a two-column table with SẢN PHẨM DỰ KIẾN',
      document: pl4({ layout: 'activityTable' }),
    },
    {
      name: 'c) folded into the SẢN PHẨM column',
      document: pl4({
        layout: 'activityTable',
        mutations: [{ type: 'dropActivityPart', activity: 3, part: 'c' }],
      }),
    },
    {
      name: 'upper case, no diacritics',
      document: pl4({ upperCaseHeadings: true, withoutDiacritics: true }),
    },
    { name: 'sub-activities 2.1, 2.2 of a long plan', document: pl4({ pages: 10 }) },
    {
      name: 'lettered A. KHỞI ĐỘNG style with PDF-style bare part letters',
      document: lines(`
        III. TIẾN TRÌNH DẠY HỌC
        A. HOẠT ĐỘNG KHỞI ĐỘNG
        a Mục tiêu: tạo hứng thú.
        b Nội dung: trò chơi.
        c Sản phẩm: câu trả lời.
        d Tổ chức thực hiện:
        ${STEPS}
        B. HÌNH THÀNH KIẾN THỨC MỚI
        a. Mục tiêu: hiểu khái niệm.
        b. Nội dung: đọc SGK.
        c. Sản phẩm: phiếu học tập.
        d. Tổ chức thực hiện:
        ${STEPS}
        C. LUYỆN TẬP
        a/ Mục tiêu: củng cố. b/ Nội dung: bài tập.
        b/ Nội dung: bài tập 1, 2.
        c/ Sản phẩm: lời giải.
        d/ Tổ chức thực hiện:
        ${STEPS}
        D. VẬN DỤNG
        a) Mục tiêu: liên hệ thực tế.
        b) Nội dung: bài toán thực tế.
        c) Sản phẩm: báo cáo.
        d) Tổ chức thực hiện:
        ${STEPS}
        IV. ĐIỀU CHỈNH SAU BÀI DẠY
      `),
    },
  ],
  invalid: [
    {
      name: 'no c) in activity 2',
      document: pl4({ mutations: [{ type: 'dropActivityPart', activity: 2, part: 'c' }] }),
      errors: [{ messageId: 'partMissing', severity: 'warning' }],
    },
    {
      name: 'no a) in activity 1',
      document: pl4({ mutations: [{ type: 'dropActivityPart', activity: 1, part: 'a' }] }),
      errors: ['partMissing'],
    },
    {
      name: 'no d) in activity 3 (and so no steps)',
      document: pl4({ mutations: [{ type: 'dropActivityPart', activity: 3, part: 'd' }] }),
      errors: ['partMissing', 'stepsMissing'],
    },
    {
      name: 'no Hoạt động 4',
      document: pl4({ activities: 3 }),
      errors: [{ messageId: 'activityMissing', severity: 'warning' }],
    },
    {
      name: 'no Hoạt động 2 (HĐ1 and HĐ3 only)',
      document: lines(
        `III. Tiến trình dạy học\n1. Hoạt động 1: Mở đầu\na) Mục tiêu: x\nb) Nội dung: x\nc) Sản phẩm: x\nd) Tổ chức thực hiện:\n${STEPS}\n3. Hoạt động 3: Luyện tập\na) Mục tiêu: x\nb) Nội dung: x\nc) Sản phẩm: x\nd) Tổ chức thực hiện:\n${STEPS}`
      ),
      errors: ['activityMissing', 'activityMissing'],
    },
    {
      name: 'the opening written before the first activity without a Hoạt động name (KHỞI ĐỘNG (5 phút)): Hoạt động 1 not certainly missing',
      document: lines(
        `III. Tiến trình dạy học\n**KHỞI ĐỘNG (5 phút)**\nGV cho HS chơi trò chơi Ai nhanh hơn; HS trả lời.\n2. Hoạt động 2: Hình thành kiến thức\na) Mục tiêu: x\nb) Nội dung: x\nc) Sản phẩm: x\nd) Tổ chức thực hiện:\n${STEPS}\n3. Hoạt động 3: Luyện tập\na) Mục tiêu: x\nb) Nội dung: x\nc) Sản phẩm: x\nd) Tổ chức thực hiện:\n${STEPS}`
      ),
      errors: [
        { messageId: 'activityMissing', severity: 'warning' },
        { messageId: 'activityMissing', severity: 'warning' },
      ],
    },
    {
      name: 'Ổn định lớp, Kiểm tra bài cũ, then "Hoạt động 1: Tìm hiểu …" (numbered 1, named as new knowledge): Hoạt động 1 not certainly missing',
      document: lines(
        `III. Tiến trình dạy học\n1. Ổn định lớp\n2. Kiểm tra bài cũ\nHoạt động 1: Tìm hiểu cộng hai số hữu tỉ\na) Mục tiêu: x\nb) Nội dung: x\nc) Sản phẩm: x\nd) Tổ chức thực hiện:\n${STEPS}\nHoạt động 2: Luyện tập\na) Mục tiêu: x\nb) Nội dung: x\nc) Sản phẩm: x\nd) Tổ chức thực hiện:\n${STEPS}\nHoạt động 3: Vận dụng\na) Mục tiêu: x\nb) Nội dung: x\nc) Sản phẩm: x\nd) Tổ chức thực hiện:\n${STEPS}`
      ),
      errors: [{ messageId: 'activityMissing', severity: 'warning' }],
    },
    {
      name: 'no Hoạt động 1',
      document: lines(
        `III. Tiến trình dạy học\n2. Hoạt động 2: Hình thành kiến thức\na) Mục tiêu: x\nb) Nội dung: x\nc) Sản phẩm: x\nd) Tổ chức thực hiện:\n${STEPS}`
      ),
      errors: [
        { messageId: 'activityMissing', severity: 'error' },
        'activityMissing',
        'activityMissing',
      ],
    },
    {
      name: 'steps not shown, parts missing in three activities: one finding per part and one for the steps',
      document: lines(
        `III. Tiến trình dạy học\n1. Hoạt động 1: Mở đầu\na) Mục tiêu: x\nb) Nội dung: x\nc) Sản phẩm: x\nd) Tổ chức thực hiện: GV cho HS xem video.\n2. Hoạt động 2: Khám phá\n3. Hoạt động 3: Luyện tập\n4. Hoạt động 4: Vận dụng`
      ),
      options: { checkSteps: true },
      errors: [
        { messageId: 'stepsMissing', severity: 'info' },
        'partMissing',
        'partMissing',
        'partMissing',
        'partMissing',
      ],
    },
    {
      name: 'no activities at all',
      document: lines(
        'I. Mục tiêu\nII. Thiết bị dạy học và học liệu\nIII. Tiến trình dạy học\nHọc sinh đọc bài.'
      ),
      errors: [{ messageId: 'noActivities', severity: 'error' }],
    },
  ],
})

test.group('Plugin cv5512:lesson-plan-activities / one finding per missing part', () => {
  test('names every activity without the part, and points at the first', async ({ assert }) => {
    const document = lines(
      `III. Tiến trình dạy học\n1. Hoạt động 1: Mở đầu\na) Mục tiêu: x\nc) Sản phẩm: x\nd) Tổ chức thực hiện:\n${STEPS}\n2. Hoạt động 2: Khám phá\na) Mục tiêu: x\nc) Sản phẩm: x\nd) Tổ chức thực hiện:\n${STEPS}\n3. Hoạt động 3: Luyện tập\na) Mục tiêu: x\nb) Nội dung: x\nc) Sản phẩm: x\nd) Tổ chức thực hiện:\n${STEPS}\n4. Hoạt động 4: Vận dụng\na) Mục tiêu: x\nc) Sản phẩm: x\nd) Tổ chức thực hiện:\n${STEPS}`
    )
    const findings = await runPlugin(plugin, { name: 'b) missing thrice', document })
    assert.deepEqual(
      findings.map((finding) => [finding.messageId, finding.data.activity, finding.data.part]),
      [['partMissing', 'Hoạt động 1, 2, 4', 'b) Nội dung']]
    )
    assert.equal(findings[0].location.excerpt, '1. Hoạt động 1: Mở đầu')
  })

  test('numbers restarting each period are named with their period', async ({ assert }) => {
    const activity = (n: number, name: string) =>
      `Hoạt động ${n}: ${name}\na) Mục tiêu: x\nc) Sản phẩm: x\nd) Tổ chức thực hiện:\n${STEPS}`
    const document = lines(
      `III. Tiến trình dạy học\nTiết 1\n${activity(1, 'Mở đầu')}\n${activity(2, 'Hình thành kiến thức')}\n${activity(3, 'Luyện tập')}\nTIẾT 2\n${activity(1, 'Hình thành kiến thức (tiếp)')}\n${activity(2, 'Vận dụng')}`
    )
    const findings = await runPlugin(plugin, { name: 'b) missing, two periods', document })
    assert.deepEqual(
      findings.map((finding) => [finding.messageId, finding.data.activity, finding.data.part]),
      [['partMissing', 'Tiết 1 – Hoạt động 1, 2, 3; Tiết 2 – Hoạt động 1, 2', 'b) Nội dung']]
    )
    assert.equal(findings[0].location.excerpt, 'Hoạt động 1: Mở đầu')
  })

  test('numbers running on across periods are named as written', async ({ assert }) => {
    const activity = (n: number, name: string) =>
      `Hoạt động ${n}: ${name}\na) Mục tiêu: x\nc) Sản phẩm: x\nd) Tổ chức thực hiện:\n${STEPS}`
    const document = lines(
      `III. Tiến trình dạy học\nTiết 1\n${activity(1, 'Mở đầu')}\n${activity(2, 'Hình thành kiến thức')}\nTiết 2\n${activity(3, 'Luyện tập')}\n${activity(4, 'Vận dụng')}`
    )
    const findings = await runPlugin(plugin, { name: 'b) missing, numbers run on', document })
    assert.deepEqual(
      findings.map((finding) => finding.data.activity),
      ['Hoạt động 1, 2, 3, 4']
    )
  })
})
