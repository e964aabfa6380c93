import { test } from '@japa/runner'
import { asciiFileName, foldText, foldedTerms } from '#app/documents/services/text_folding'
import { contentDisposition, safeFileName } from '#app/documents/services/content_disposition'

test.group('Folding Vietnamese text for search', () => {
  test('drops diacritics and case, folds đ to d', ({ assert }) => {
    assert.equal(foldText('Kế hoạch BÀI DẠY – Đại số'), 'ke hoach bai day dai so')
    assert.equal(foldText('Đường trung trực'), 'duong trung truc')
  })

  test('decomposed (NFD) and composed (NFC) input fold alike', ({ assert }) => {
    const composed = 'Phụ lục IV'
    assert.equal(foldText(composed.normalize('NFD')), foldText(composed))
  })

  test('a query becomes its distinct words, punctuation ignored', ({ assert }) => {
    assert.deepEqual(foldedTerms('  "Bài 5": phân số, PHÂN SỐ! '), ['bai', '5', 'phan', 'so'])
    assert.deepEqual(foldedTerms('"*) OR'), ['or'])
    assert.deepEqual(foldedTerms('— …'), [])
  })
})

test.group('Download file names', () => {
  test('the UTF-8 name and an ASCII fallback are both given', ({ assert }) => {
    const header = contentDisposition('attachment', 'Kế hoạch bài dạy – Đợt 1.docx')
    assert.equal(
      header,
      `attachment; filename="Ke hoach bai day _ Dot 1.docx"; filename*=UTF-8''${encodeURIComponent('Kế hoạch bài dạy – Đợt 1.docx')}`
    )
  })

  test('quotes, line breaks and folders cannot escape the header', ({ assert }) => {
    const header = contentDisposition('inline', '..\\..\\"evil"\r\nSet-Cookie: x.pdf')
    assert.notInclude(header, '\r')
    assert.notInclude(header, '\n')
    assert.include(header, 'filename="_evil_Set-Cookie: x.pdf"')
    assert.equal(safeFileName('C:\\Users\\lan\\Desktop\\Giáo án.docx'), 'Giáo án.docx')
    assert.equal(safeFileName('   '), 'tai-lieu')
    assert.equal(asciiFileName('Ôn tập.pdf'), 'On tap.pdf')
  })
})
