import { test } from '@japa/runner'
import { lineText, pageLines } from '#app/documents/parsing/pdf_lines'
import { findTableRegions } from '#app/documents/parsing/pdf_table_regions'
import { tableRows } from '#app/documents/parsing/pdf_table_rows'
import type { PdfTextItem } from '#app/documents/parsing/pdf_text_items'
import { modelFromPdfItems } from '#app/documents/parsing/pdf_to_model'
import type { TableBlock } from '#plugins/document_model'

/**
 * Hand-placed text items for layouts the fixture PDFs do not produce
 * (other converters: no cell padding, centred columns). About 5.5 pt per
 * character at 11 pt.
 */
const item = (text: string, x: number, y: number): PdfTextItem => ({
  text,
  x,
  y,
  width: text.length * 5.5,
  size: 11,
})

function readTables(items: PdfTextItem[]) {
  const lines = pageLines(items)
  return findTableRegions(lines).map((region) => ({
    region,
    cells: tableRows(lines.slice(region.start, region.end), region.columns).rows.map((r) =>
      r.cells.map((c) => c.text)
    ),
  }))
}

test.group('PDF table layout', () => {
  test('without row padding a row starts where the first column gets new text', ({ assert }) => {
    const [table] = readTables([
      item('STT', 60, 100),
      item('Bài học', 100, 100),
      item('Số tiết', 300, 100),
      item('1', 60, 114),
      item('Bài 1. Tập hợp', 100, 114),
      item('1', 300, 114),
      item('2', 60, 128),
      item('Bài 2. Số tự nhiên và các', 100, 128),
      item('2', 300, 128),
      item('phép tính', 100, 142),
      item('3', 60, 156),
      item('Bài 3. Lũy thừa', 100, 156),
      item('3', 300, 156),
      item('Đoạn văn sau bảng, dài hơn mọi cột của bảng ở trên, bắt đầu ở lề trái.', 56, 184),
    ])
    assert.deepEqual(table.cells, [
      ['STT', 'Bài học', 'Số tiết'],
      ['1', 'Bài 1. Tập hợp', '1'],
      ['2', 'Bài 2. Số tự nhiên và các phép tính', '2'],
      ['3', 'Bài 3. Lũy thừa', '3'],
    ])
    assert.equal(table.region.end, 5)
  })

  test('centred text stays in its column', ({ assert }) => {
    const [table] = readTables([
      item('STT', 60, 100),
      item('Nội dung', 120, 100),
      item('Số tiết', 300, 100),
      item('1', 67, 120),
      item('Ôn tập chương I', 120, 120),
      item('2', 315, 120),
      item('10', 64, 140),
      item('Kiểm tra giữa kì', 120, 140),
      item('12', 312, 140),
    ])
    assert.deepEqual(table.cells, [
      ['STT', 'Nội dung', 'Số tiết'],
      ['1', 'Ôn tập chương I', '2'],
      ['10', 'Kiểm tra giữa kì', '12'],
    ])
  })

  test('a lone line with a wide gap, and ordinary paragraphs, are not tables', ({ assert }) => {
    const tables = readTables([
      item('Số: 12/KH-THCS', 56, 100),
      item('Hà Nội, ngày 05 tháng 9 năm 2025', 330, 100),
      item('Căn cứ Công văn số 5512/BGDĐT-GDTrH ngày 18/12/2020 của Bộ GDĐT về việc', 56, 130),
      item('xây dựng và tổ chức thực hiện kế hoạch giáo dục của nhà trường;', 56, 144),
    ])
    assert.isEmpty(tables)
  })

  test('a centred two-column block opening the document is its header, one row; a left-aligned one stays a table', ({
    assert,
  }) => {
    /* Centred in columns 56–236 and 250–500, as official headers are set. */
    const centred = (text: string, left: number, right: number, y: number) =>
      item(text, (left + right - text.length * 5.5) / 2, y)
    const header = [
      centred('TRƯỜNG THCS NGUYỄN DU', 56, 236, 80),
      centred('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 250, 500, 80),
      centred('TỔ KHOA HỌC TỰ NHIÊN', 56, 236, 94),
      centred('Độc lập - Tự do - Hạnh phúc', 250, 500, 94),
    ]
    const body = [item('KẾ HOẠCH BÀI DẠY', 230, 130), item('Môn học: Toán; lớp: 6', 56, 150)]
    const [first] = modelFromPdfItems([[...header, ...body]]).blocks as TableBlock[]
    assert.isTrue(first.layout)
    assert.deepEqual(
      first.rows.map((r) => r.cells.map((c) => c.paragraphs)),
      [
        [
          ['TRƯỜNG THCS NGUYỄN DU', 'TỔ KHOA HỌC TỰ NHIÊN'],
          ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
        ],
      ]
    )

    const leftAligned = [
      item('STT', 60, 80),
      item('Nội dung', 120, 80),
      item('1', 60, 94),
      item('Ôn tập chương I', 120, 94),
    ]
    const [table] = modelFromPdfItems([[...leftAligned, ...body]]).blocks as TableBlock[]
    assert.notOk(table.layout)
    assert.lengthOf(table.rows, 2)
  })
})

test.group('PDF fake bold', () => {
  const glyphs = (text: string, x: number, y: number, offset: number) =>
    [...text].flatMap((ch, i) => [
      { text: ch, x: x + i * 7, y, width: 7, size: 12 },
      { text: ch, x: x + i * 7 + offset, y: y + 0.2, width: 7, size: 12 },
    ])

  test('a run or each glyph drawn twice a fraction of a point apart reads once; real double letters stay', ({
    assert,
  }) => {
    const lines = pageLines([
      item('I. Mục tiêu', 60, 100),
      item('I. Mục tiêu', 60.4, 100.3),
      ...glyphs('a) Mục tiêu:', 60, 120, 0.5),
      item('Học sinh đọc to:', 150, 120),
      ...[...'Zoo'].map((ch, i) => ({ text: ch, x: 60 + i * 7, y: 140, width: 7, size: 12 })),
    ])
    assert.deepEqual(lines.map(lineText), ['I. Mục tiêu', 'a) Mục tiêu: Học sinh đọc to:', 'Zoo'])
  })
})
