import { test } from '@japa/runner'
import { parseBytes } from '#app/documents/parsing/parse_bytes'
import { DEFAULT_LIMITS } from '#app/documents/parsing/parse_outcome'
import { readLessonMetadata } from '#app/documents/prefill/read_metadata'
import { heading, paragraph, table, row, type DocSpec } from '#tests/fixtures/doc_spec'
import { buildPlan, toDocx, toPdf } from '#tests/fixtures/plans'

/** A title block, then the lesson body the reader must not take values from. */
function plan(...head: DocSpec['blocks']): DocSpec {
  return {
    blocks: [
      ...head,
      heading('I. MỤC TIÊU', 1, 'bold'),
      paragraph('1. Kiến thức: học sinh nhắc lại kiến thức lớp 6.'),
      paragraph('Bài 1: Tính nhanh 25 . 4 (Tiết 2).'),
      heading('II. THIẾT BỊ DẠY HỌC VÀ HỌC LIỆU', 1, 'bold'),
    ],
  }
}

async function read(spec: DocSpec, format: 'docx' | 'pdf' = 'docx') {
  const bytes = format === 'docx' ? await toDocx(spec) : await toPdf(spec)
  const outcome = await parseBytes(bytes, DEFAULT_LIMITS)
  if (outcome.status !== 'parsed') throw new Error(`fixture did not parse: ${outcome.status}`)
  return readLessonMetadata(outcome.model)
}

test.group('Metadata read from a lesson plan', () => {
  test('"Bài 5: …" heading with subject, class and periods lines', async ({ assert }) => {
    const metadata = await read(
      plan(
        heading('Bài 5: Phép cộng phân số', 1, 'bold'),
        paragraph('Môn học: Toán; lớp: 6A2'),
        paragraph('Thời gian thực hiện: 2 tiết')
      )
    )
    assert.deepEqual(metadata, {
      lessonTitle: 'Bài 5: Phép cộng phân số',
      periods: 2,
      grade: 6,
      className: '6A2',
      subjectText: 'Toán',
    })
  })

  test('"§3. …" section title', async ({ assert }) => {
    const metadata = await read(
      plan(heading('§3. Ghi số tự nhiên', 1, 'bold'), paragraph('Số tiết: 1'))
    )
    assert.equal(metadata.lessonTitle, '§3. Ghi số tự nhiên')
    assert.equal(metadata.periods, 1)
  })

  test('"BÀI: …" without a number gives the title alone', async ({ assert }) => {
    const metadata = await read(
      plan(heading('BÀI: CÁC NÉT CƠ BẢN', 1, 'bold'), paragraph('Lớp: 1A; Số tiết: 2'))
    )
    assert.deepEqual(metadata, {
      lessonTitle: 'CÁC NÉT CƠ BẢN',
      periods: 2,
      grade: 1,
      className: '1A',
    })
  })

  test('"Tiết 15 – 16. BÀI 4: … (2 TIẾT)": the lesson, its periods from the title', async ({
    assert,
  }) => {
    const metadata = await read(
      plan(heading('Tiết 15 – 16. BÀI 4: ĐOẠN THẲNG (2 TIẾT)', 1, 'bold'))
    )
    assert.equal(metadata.lessonTitle, 'BÀI 4: ĐOẠN THẲNG')
    assert.equal(metadata.periods, 2)
  })

  test('a period range without a stated count: "Tiết 15 - 17" is three periods', async ({
    assert,
  }) => {
    const metadata = await read(
      plan(paragraph('Tiết 15 - 17'), heading('Bài 4: Đoạn thẳng', 1, 'bold'))
    )
    assert.equal(metadata.periods, 3)
  })

  test('"CHỦ ĐỀ 3: …" names the lesson when no "Bài n" follows', async ({ assert }) => {
    const metadata = await read(
      plan(heading('CHỦ ĐỀ 3: NĂNG LƯỢNG', 1, 'bold'), paragraph('Môn: Khoa học tự nhiên 6'))
    )
    assert.equal(metadata.lessonTitle, 'CHỦ ĐỀ 3: NĂNG LƯỢNG')
    assert.equal(metadata.grade, 6)
  })

  test('"Bài n" under a topic is the lesson, not the topic', async ({ assert }) => {
    const metadata = await read(
      plan(
        heading('CHỦ ĐỀ 1. MÁY TÍNH VÀ CỘNG ĐỒNG', 1, 'bold'),
        heading('BÀI 1: THIẾT BỊ VÀO – RA', 2, 'bold')
      )
    )
    assert.equal(metadata.lessonTitle, 'BÀI 1: THIẾT BỊ VÀO - RA')
  })

  test('"Tên bài học" on one line with "Môn" and "Thời gian thực hiện"', async ({ assert }) => {
    const metadata = await read(
      plan(paragraph('Môn: Khoa học tự nhiên 8 Tên bài học: Oxide Thời gian thực hiện: 2 tiết'))
    )
    assert.deepEqual(metadata, {
      lessonTitle: 'Oxide',
      periods: 2,
      grade: 8,
      subjectText: 'Khoa học tự nhiên',
    })
  })

  test('"Dạy lớp: 7A" and "Tuần 12 – Tiết 23" in a borderless header table', async ({ assert }) => {
    const metadata = await read(
      plan(
        table([row(['Tuần 12 – Tiết 23', 'Dạy lớp: 7A'])], { borderless: true }),
        heading('Bài 8: Đa thức một biến', 1, 'bold'),
        paragraph('Ngày dạy: 24/11/2025')
      )
    )
    assert.deepEqual(metadata, {
      lessonTitle: 'Bài 8: Đa thức một biến',
      periods: 1,
      grade: 7,
      className: '7A',
      teachingWeek: 12,
      teachingDate: '2025-11-24',
    })
  })

  test('"Tiết 65" then the title in capitals', async ({ assert }) => {
    const metadata = await read(
      plan(paragraph('Lớp: 8B'), paragraph('Tiết 65'), heading('ÔN TẬP CHƯƠNG IV', 1, 'bold'))
    )
    assert.deepEqual(metadata, {
      lessonTitle: 'ÔN TẬP CHƯƠNG IV',
      periods: 1,
      grade: 8,
      className: '8B',
    })
  })

  test('a PDF plan gives the same values', async ({ assert }) => {
    const metadata = await read(
      plan(
        heading('Bài 5: Phép cộng phân số', 1, 'bold'),
        paragraph('Môn học: Toán; lớp: 6A2'),
        paragraph('Thời gian thực hiện: 2 tiết')
      ),
      'pdf'
    )
    assert.deepEqual(metadata, {
      lessonTitle: 'Bài 5: Phép cộng phân số',
      periods: 2,
      grade: 6,
      className: '6A2',
      subjectText: 'Toán',
    })
  })

  test('nothing is guessed: blank dates, two grades and values below the objectives stay empty', async ({
    assert,
  }) => {
    const metadata = await read(
      plan(
        paragraph('Ngày dạy: …/…/2025'),
        paragraph('Lớp: 8A, 9B'),
        heading('Luyện tập chung', 1, 'bold')
      )
    )
    assert.deepEqual(metadata, {})
  })

  test("a template's blanks are not values; 'môn' in a sentence is not a subject", async ({
    assert,
  }) => {
    assert.deepEqual(
      await read(plan(paragraph('TÊN BÀI DẠY: ……………………'), paragraph('Môn học: …………'))),
      {}
    )
    assert.deepEqual(await read(plan(paragraph('Tên bài học: {lessonTitle}'))), {})
    assert.deepEqual(
      await read(plan(paragraph('Giáo viên bộ môn Ngữ văn nên linh hoạt khi chấm bài'))),
      {}
    )
  })

  test('a file holding several lessons names them; one lesson does not', async ({ assert }) => {
    const two = await read(buildPlan('pl4', { mutations: [{ type: 'twoLessons' }] }))
    assert.lengthOf(two.severalLessons!, 2)
    const metadata = await read(buildPlan('pl4'))
    assert.isUndefined(metadata.severalLessons)
  })

  test('the generated lesson plan fixture reads its own title', async ({ assert }) => {
    const spec = buildPlan('pl4')
    const metadata = await read(spec)
    assert.isString(metadata.lessonTitle)
    assert.isAbove(metadata.lessonTitle!.length, 3)
  })
})
