import plugin from '#plugins/document-kind/index'
import { buildPlan } from '#tests/fixtures/plans'
import { fromSpec, lines } from './model_helpers.js'
import { pluginTester } from './plugin_tester.js'

pluginTester(plugin, {
  valid: [
    { name: 'a lesson plan uploaded as PL IV', document: fromSpec(buildPlan('pl4')) },
    {
      name: 'a two-column lesson plan typed without diacritics',
      document: fromSpec(buildPlan('pl4', { layout: 'activityTable', withoutDiacritics: true })),
    },
    {
      name: 'PL I uploaded as PL I',
      document: fromSpec(buildPlan('pl1')),
      submission: { kind: 'pl1' },
    },
    {
      name: 'PL II uploaded as PL II',
      document: fromSpec(buildPlan('pl2')),
      submission: { kind: 'pl2' },
    },
    {
      name: 'PL III uploaded as PL III',
      document: fromSpec(buildPlan('pl3')),
      submission: { kind: 'pl3' },
    },
    {
      name: 'a school plan uploaded as a school plan',
      document: fromSpec(buildPlan('school')),
      submission: { kind: 'school_plan' },
    },
    {
      // Fewer than two lesson-plan wordings, no other kind fits, but the frame's headings are there: the structure checks speak.
      name: 'a lesson plan in words the gate does not know, laid out in the PL IV frame',
      document: lines(`
        CHỦ ĐỀ 1. MÁY TÍNH VÀ CỘNG ĐỒNG
        BÀI 1: THIẾT BỊ VÀO – RA
        I. MỤC TIÊU
        1. Mục tiêu
        Sau bài học này, học sinh nêu được chức năng của các thiết bị vào – ra.
        2. Năng lực
        Tự chủ và tự học; giao tiếp và hợp tác.
        3. Phẩm chất
        Chăm chỉ, trách nhiệm.
        II. THIẾT BỊ DẠY HỌC
        Máy chiếu, máy tính.
      `),
    },
    {
      // An opening cut before `I. MỤC TIÊU` (a page that starts mid-plan): its three objective parts are the frame.
      name: 'a text whose start is cut off, beginning at 1. Kiến thức, 2. Về năng lực, 3. Phẩm chất',
      document: lines(`
        1. Kiến thức
        Sau chủ đề này, học sinh giới thiệu được những nét nổi bật của nhà trường.
        2. Về năng lực
        Hợp tác được với thầy cô, các bạn để thực hiện nhiệm vụ chung.
        3. Phẩm chất
        Nhân ái, trung thực, trách nhiệm.
      `),
    },
  ],
  invalid: [
    {
      name: 'a plan pasted as one long paragraph: a warning that nothing could be checked, not a refusal',
      document: lines(
        'TÊN BÀI DẠY: BÀI 2. CÁC PHÉP TÍNH VỚI SỐ HỮU TỈ Thời gian thực hiện: 2 tiết I. MỤC TIÊU 1. Kiến thức: Thực hiện được các phép tính cộng, trừ, nhân, chia trong tập hợp số hữu tỉ; vận dụng được tính chất giao hoán, kết hợp để tính hợp lí. 2. Năng lực: Năng lực chung: tự chủ và tự học, giao tiếp và hợp tác. Năng lực riêng: tư duy và lập luận toán học, mô hình hóa toán học. 3. Phẩm chất: Chăm chỉ, trách nhiệm, trung thực. II. THIẾT BỊ DẠY HỌC VÀ HỌC LIỆU 1. Giáo viên: SGK, thước thẳng, máy chiếu. 2. Học sinh: SGK, vở ghi, bảng nhóm.'
      ),
      errors: [{ messageId: 'unstructured', severity: 'warning' }],
    },
    {
      name: 'a long paragraph that names no section of a lesson plan is still refused',
      document: lines(
        'Thực hiện kế hoạch năm học, nhà trường tổ chức hội thi giáo viên dạy giỏi cấp trường từ ngày 10 đến ngày 20 tháng 11. Mỗi tổ chuyên môn cử ít nhất hai giáo viên tham gia; giáo viên dự thi nộp hồ sơ về văn phòng trước ngày 5 tháng 11. Ban giám khảo gồm hiệu trưởng, phó hiệu trưởng và các tổ trưởng chuyên môn. Kết quả hội thi là một căn cứ để đánh giá, xếp loại giáo viên cuối năm học và đề nghị khen thưởng.'
      ),
      errors: ['wrongKind'],
    },
    {
      name: 'a text with one lesson-plan heading and nothing else of the frame is not judged a plan',
      document: lines(`
        Ghi chú buổi học
        I. Mục tiêu
        Ôn lại các bài đã học trong tuần.
        Mang theo sách và vở.
        Gặp lại vào thứ hai.
      `),
      errors: ['wrongKind'],
    },
    {
      name: 'a text of two lines (a note, or the watermark of a scan) is not a plan',
      document: lines('Ảnh quét\ntrang 1'),
      errors: ['wrongKind'],
    },
    {
      name: 'meeting minutes uploaded as PL IV',
      document: fromSpec(buildPlan('minutes')),
      errors: [{ messageId: 'wrongKind', severity: 'error' }],
    },
    {
      name: 'a primary CV 2345 lesson plan uploaded as PL IV',
      document: fromSpec(buildPlan('primaryLesson')),
      errors: ['wrongKind'],
    },
    {
      name: 'PL I uploaded as PL III',
      document: fromSpec(buildPlan('pl1')),
      submission: { kind: 'pl3' },
      errors: ['wrongKind'],
    },
    {
      name: 'a lesson plan uploaded as PL I',
      document: fromSpec(buildPlan('pl4')),
      submission: { kind: 'pl1' },
      errors: ['wrongKind'],
    },
    {
      name: 'a guideline letter uploaded as a school plan',
      document: lines(`
        SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG
        V/v triển khai sử dụng phần mềm quản lý hồ sơ chuyên môn
        Kính gửi: Hiệu trưởng các trường trung học phổ thông
        1. Mục đích, yêu cầu
        2. Hướng dẫn thực hiện
        Nơi nhận:
        - Như kính gửi;
        - Lưu: VT.
      `),
      submission: { kind: 'pl4' },
      errors: ['wrongKind'],
    },
  ],
})
