import { test } from '@japa/runner'
import { snippetOf, type Snippet } from '#app/documents/services/search_snippet'

const marked = (snippet: Snippet | null) =>
  snippet?.parts.map((part) => (part.hit ? `[${part.text}]` : part.text)).join('') ?? null

test.group('Search result excerpt', () => {
  test('words typed without diacritics are marked in the text that has them', ({ assert }) => {
    const text =
      'I. Mục tiêu\n2. HOẠT ĐỘNG HÌNH THÀNH KIẾN THỨC\nHoạt động 2.1: Đường trung trực của đoạn thẳng.'
    assert.equal(
      marked(snippetOf(text, 'duong trung truc')),
      'I. Mục tiêu 2. HOẠT ĐỘNG HÌNH THÀNH KIẾN THỨC Hoạt động 2.1: [Đường] [trung] [trực] của đoạn thẳng.'
    )
    assert.equal(
      marked(snippetOf(text, 'hinh thanh kien')),
      'I. Mục tiêu 2. HOẠT ĐỘNG [HÌNH] [THÀNH] [KIẾN] THỨC Hoạt động 2.1: Đường trung trực của đoạn thẳng.'
    )
  })

  test('whole words, the last one as a prefix, as the index matches them', ({ assert }) => {
    const text = 'Phân số và số thập phân; phân tích số.'
    assert.equal(
      marked(snippetOf(text, 'phan s')),
      '[Phân] [số] và [số] thập [phân]; [phân] tích [số].'
    )
    /* The words the text has are marked even when another one matched elsewhere (the title). */
    assert.equal(marked(snippetOf(text, 'so hoc')), 'Phân [số] và [số] thập phân; phân tích [số].')
    assert.isNull(snippetOf(text, 'han'), 'only at the start of a word')
  })

  test('a long text is cut around the passage holding the most words, never inside a word', ({
    assert,
  }) => {
    const filler = 'Học sinh làm việc theo nhóm và trình bày kết quả. '.repeat(20)
    const text = `Vận dụng kiến thức. ${filler}Bài tập vận dụng: tính diện tích hình tròn bán kính 3 cm. ${filler}`
    const snippet = snippetOf(text, 'van dung hinh tron')!
    assert.isTrue(snippet.cutBefore)
    assert.isTrue(snippet.cutAfter)
    const excerpt = marked(snippet)!
    assert.include(excerpt, '[vận] [dụng]: tính diện tích [hình] [tròn] bán kính 3 cm.')
    assert.isBelow(excerpt.length, 300)
    for (const part of snippet.parts.filter((p) => !p.hit)) assert.notMatch(part.text, /\n/)
    assert.match(snippet.parts[0].text, /^\S/, 'starts at a word')
  })

  test('nothing to show when the words are not in the text (they matched the title)', ({
    assert,
  }) => {
    assert.isNull(snippetOf('Kế hoạch bài dạy', 'luy thua'))
    assert.isNull(snippetOf(null, 'luy thua'))
    assert.isNull(snippetOf('Lũy thừa', '!!!'))
  })
})
