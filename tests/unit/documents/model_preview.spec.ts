import { test } from '@japa/runner'
import { modelPreview } from '#app/documents/services/model_preview'
import { anchorFor } from '#app/documents/services/preview'
import { model } from '#tests/unit/plugins/model_helpers'

const cell = (
  text: string,
  spans: { colSpan?: number; rowSpan?: number; mergedFromAbove?: boolean } = {}
) => ({
  text,
  paragraphs: text ? text.split('\n') : [],
  colSpan: spans.colSpan ?? 1,
  rowSpan: spans.rowSpan ?? 1,
  mergedFromAbove: spans.mergedFromAbove,
})

test.group('PDF preview from the document model', () => {
  test('headings, paragraphs, tables and pages read back as HTML with anchors', ({ assert }) => {
    const pdf = model(
      [
        { type: 'heading', level: 1, text: 'I. Mục tiêu', raw: 'I. Mục tiêu' },
        { type: 'paragraph', text: '1. Về kiến thức: phân số.', raw: '1. Về kiến thức: phân số.' },
        { type: 'pageBreak' },
        {
          type: 'table',
          rows: [
            { isHeader: true, cells: [cell('Học kì'), cell('Bài học')] },
            { isHeader: false, cells: [cell('I', { rowSpan: 2 }), cell('Bài 1\nTập hợp')] },
            { isHeader: false, cells: [cell('', { mergedFromAbove: true }), cell('Bài 2')] },
          ],
        },
      ] as any,
      'pdf'
    )
    const preview = modelPreview(pdf, (page) => `Trang ${page}`)
    assert.equal(
      preview.html,
      [
        '<h2 id="preview-block-1">I. Mục tiêu</h2>',
        '<p id="preview-block-2">1. Về kiến thức: phân số.</p>',
        '<hr />',
        '<table><tbody><tr><th id="preview-block-3">Học kì</th><th id="preview-block-4">Bài học</th></tr>' +
          '<tr><td rowspan="2" id="preview-block-5">I</td><td id="preview-block-6">Bài 1<br />Tập hợp</td></tr>' +
          '<tr><td id="preview-block-7">Bài 2</td></tr></tbody></table>',
      ].join('\n')
    )
    assert.equal(anchorFor(preview, { excerpt: 've kien thuc' }), 'preview-block-2')
  })

  test('text that looks like markup stays text', ({ assert }) => {
    const pdf = model(
      [{ type: 'paragraph', text: 'Ví dụ <script>alert(1)</script> & <b>đậm</b>', raw: '' }] as any,
      'pdf'
    )
    assert.equal(
      modelPreview(pdf, String).html,
      '<p id="preview-block-1">Ví dụ &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;</p>'
    )
  })
})
