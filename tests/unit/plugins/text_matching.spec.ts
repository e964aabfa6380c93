import { test } from '@japa/runner'
import {
  accentKey,
  cleanText,
  fold,
  foldCleaned,
  hasPlaceholder,
  isBlankValue,
  matchPhrase,
  normalized,
  stripNumbering,
  termKey,
  undoubleLetters,
} from '#plugins/contract'
import { lines } from './model_helpers.js'

test.group('Contract text matching', () => {
  test('folds case, accents, đ, PDF ƣ and spelling pairs', ({ assert }) => {
    assert.equal(fold('TRƢỜNG Đại học'), 'truong dai hoc')
    assert.equal(fold('Học kỳ I'), fold('HỌC KÌ I'))
    assert.equal(fold('Lý thuyết, kỹ năng, Mỹ thuật'), fold('lí thuyết, kĩ năng, mĩ thuật'))
    assert.equal(accentKey('Hòa học thủy'), accentKey('HOÀ HỌC THUỶ'))
    assert.notEqual(accentKey('hoa'), accentKey('hòa'))
  })

  test('the fast fold and clean paths give what the plain definitions give', ({ assert }) => {
    /* The definitions: NFC, ƣ→ư, dashes→-, one space; lower case, accents off, đ→d, ky/ly/my→ki/li/mi. */
    const clean = (text: string) =>
      text
        .normalize('NFC')
        .replace(/[ƣƢ]/g, (c) => (c === 'ƣ' ? 'ư' : 'Ư'))
        .replace(/[‐‑‒–—―−]/g, '-')
        .replace(/\s+/g, ' ')
        .trim()
    const plainFold = (text: string) =>
      text
        .toLowerCase()
        .replace(/[\u0080-\uffff]/g, (c) =>
          c === 'đ' ? 'd' : c.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
        )
        .replace(/\b([klm])y\b/g, '$1i')
    for (let code = 0; code < 0x2100; code++) {
      const text = `A${String.fromCharCode(code)}b`
      assert.equal(foldCleaned(text), plainFold(text), `U+${code.toString(16)}`)
      assert.equal(cleanText(text), clean(text), `U+${code.toString(16)}`)
    }
    for (const text of [
      'KẾ HOẠCH BÀI DẠY – Môn Toán',
      '  Học kỳ I\u00a0 và  kỹ năng ',
      'TRƢỜNG THCS Lê Lợi\tHải Phòng',
      'Ho\u0300a ho\u0323c (NFD from macOS)',
      'ΣΟΦΙΑ Σ — ˝Kelvin K Ångström Å — 😀 emoji',
      'mĩ thuật, Lý, KỸ, kỷ yếu, ly nước',
    ]) {
      assert.equal(cleanText(text), clean(text), text)
      assert.equal(fold(text), plainFold(clean(text)), text)
    }
  })

  test('splits numbering in any style', ({ assert }) => {
    for (const [text, label, kind] of [
      ['I. Mục tiêu', 'i', 'roman'],
      ['IV – Rút kinh nghiệm', 'iv', 'roman'],
      ['1) Kiến thức', '1', 'arabic'],
      ['2.1. Tìm hiểu', '2.1', 'multi'],
      ['A. KHỞI ĐỘNG', 'a', 'upper'],
      ['a/ Mục tiêu', 'a', 'lower'],
      ['b: Nội dung', 'b', 'lower'],
    ]) {
      const numbering = stripNumbering(fold(text), text)
      assert.equal(numbering.label, label, text)
      assert.equal(numbering.labelKind, kind, text)
    }
    assert.isUndefined(stripNumbering(fold('Mục tiêu'), 'Mục tiêu').label)
  })

  test('grades phrase matches: exact, folded, fuzzy', ({ assert }) => {
    assert.equal(matchPhrase('Tiến trình dạy học', 'TIẾN TRÌNH DẠY HỌC'), 'exact')
    assert.equal(matchPhrase('Tien trinh day hoc', 'Tiến trình dạy học'), 'folded')
    assert.equal(matchPhrase('Tiến trìnk dạy hoc', 'Tiến trình dạy học'), 'fuzzy')
    assert.isNull(matchPhrase('Thiết bị dạy học', 'Tiến trình dạy học'))
  })

  test('recognises term labels and PDF doubled letters', ({ assert }) => {
    assert.deepEqual(['Giữa Học kỳ 1', 'Giữa HK1', 'GHKI', 'Cuối kì II'].map(termKey), [
      'g1',
      'g1',
      'g1',
      'c2',
    ])
    assert.equal(undoubleLetters('TTIIẾẾNN TTRRÌÌNNHH'), 'TIẾN TRÌNH')
    assert.equal(undoubleLetters('Cuốn sách hay'), 'Cuốn sách hay')
  })

  test('detects blanks but not an "etc." ellipsis', ({ assert }) => {
    assert.isTrue(hasPlaceholder('TRƯỜNG: ....................'))
    assert.isTrue(hasPlaceholder('Tên bài dạy: ……………'))
    assert.isTrue(hasPlaceholder('Lớp: ...'))
    assert.isTrue(hasPlaceholder('Xin chào {{name}}'))
    assert.isFalse(hasPlaceholder('sân chơi, bãi tập...'))
    assert.isFalse(hasPlaceholder('học liệu…'))
    assert.isTrue(isBlankValue(' …… '))
    assert.isFalse(isBlankValue('THCS Nguyễn Du'))
  })

  test('normalizes a document once and finds headings inside table cells', ({ assert }) => {
    const document = lines('| I. MỤC TIÊU | Ghi chú |\nII. THIẾT BỊ DẠY HỌC')
    const view = normalized(document)
    assert.strictEqual(normalized(document), view)
    assert.deepEqual(
      view.lines.map((line) => [line.origin, line.label, line.body]),
      [
        ['cell', 'i', 'muc tieu'],
        ['cell', undefined, 'ghi chu'],
        ['paragraph', 'ii', 'thiet bi day hoc'],
      ]
    )
  })
})
