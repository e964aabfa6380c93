import type { Mutation } from '#app/documents/demo_files/plans'

/*
 * Content of the demo year: lesson titles, reviewers' comments and
 * inspection notes, as a group head or an office would write them. Data,
 * like the generated names in organization/seeding/vietnamese_names.ts.
 */

/**
 * The defects teachers really make, for the plans whose story is a blocked
 * first version: each holds a missing section (an error the gate refuses),
 * most with the smaller slips the checker only warns about (a missing part
 * of an activity, a template left unfilled).
 */
export const DEFECTS: Mutation[][] = [
  [
    { type: 'dropSection', key: 'II' },
    { type: 'dropActivityPart', activity: 2, part: 'c' },
  ],
  [
    { type: 'dropSection', key: 'I' },
    { type: 'dropActivityPart', activity: 3, part: 'd' },
  ],
  [{ type: 'dropSection', key: 'II' }],
  [{ type: 'dropSection', key: 'I' }],
  [{ type: 'dropSection', key: 'II' }, { type: 'placeholders' }],
]

export const LESSON_TITLES: Record<string, string[]> = {
  'Toán': [
    'Tập hợp các số tự nhiên',
    'Phép cộng và phép trừ số nguyên',
    'Phân số với tử và mẫu là số nguyên',
    'So sánh phân số',
    'Hình chữ nhật, hình thoi',
    'Tính chất chia hết của một tổng',
    'Ước chung lớn nhất',
  ],
  'Ngữ văn': [
    'Bài học đường đời đầu tiên',
    'Thánh Gióng',
    'Lao xao ngày hè',
    'Văn bản nghị luận',
    'Cô bé bán diêm',
    'Viết bài văn kể lại một trải nghiệm',
  ],
  'Vật lí': [
    'Chuyển động thẳng đều',
    'Định luật II Newton',
    'Động lượng',
    'Công và công suất',
    'Dao động điều hoà',
  ],
  'default': [
    'Mở đầu chủ đề',
    'Luyện tập',
    'Ôn tập chương',
    'Thực hành',
    'Chủ đề tích hợp',
    'Kiểm tra giữa kì',
  ],
}

export const RETURN_COMMENTS = [
  'Mục tiêu về năng lực chưa cụ thể, đề nghị viết rõ năng lực đặc thù của bài.',
  'Hoạt động Luyện tập chưa có sản phẩm dự kiến, đề nghị bổ sung.',
  'Thiết bị dạy học chưa ghi rõ, đề nghị bổ sung phiếu học tập.',
  'Phân phối thời lượng chưa khớp với kế hoạch dạy học của tổ, đề nghị điều chỉnh.',
  'Đề nghị bổ sung nội dung tích hợp năng lực số theo hướng dẫn của Sở.',
]

export const DISPUTE_REASONS = [
  'Mục này có trong kế hoạch (trang 2), đề nghị tổ trưởng xem lại.',
  'Bài dạy theo chủ đề nên cấu trúc khác mẫu, tổ đã thống nhất.',
]

export const INSPECTION_NOTES = [
  'Kế hoạch đầy đủ các mục theo Công văn 5512, nội dung phù hợp.',
  'Đề nghị nhà trường chú ý tiến độ phê duyệt kế hoạch bài dạy trước khi lên lớp.',
  'Hoạt động vận dụng cần gắn với thực tiễn địa phương hơn.',
  'Kế hoạch tốt, có thể chia sẻ trong sinh hoạt chuyên môn cụm trường.',
]
