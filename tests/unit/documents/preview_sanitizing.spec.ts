import { test } from '@japa/runner'
import { anchorFor, buildPreview, sanitizeWithAnchors } from '#app/documents/services/preview'
import { lessonPlanDocx } from '#tests/helpers/documents'

test.group('DOCX preview', () => {
  test('scripts, links, styles, handlers and images never reach the page', ({ assert }) => {
    const { html } = sanitizeWithAnchors(
      '<p onclick="steal()" style="color:red">Mục tiêu <a href="https://evil.example/x">xem</a></p><script>alert(1)</script><img src="data:image/png;base64,AAAA"><iframe src="https://evil.example"></iframe>'
    )
    assert.equal(html, '<p id="preview-block-1">Mục tiêu xem</p>')
  })

  test('blocks get anchors that findings can point to by excerpt or heading', ({ assert }) => {
    const preview = { ...sanitizeWithAnchors('<h1>I. Mục tiêu</h1><p>Năng lực chung</p><table><tr><td>Hoạt động 2</td></tr></table>'), imagesOmitted: 0 }
    assert.equal(anchorFor(preview, { excerpt: 'nang luc chung' }), 'preview-block-2')
    assert.equal(anchorFor(preview, { heading: 'I. MỤC TIÊU' }), 'preview-block-1')
    assert.equal(anchorFor(preview, { excerpt: 'Hoạt động 2' }), 'preview-block-3')
    assert.isNull(anchorFor(preview, { excerpt: 'không có ở đây' }))
    assert.isNull(anchorFor(preview, null))
  })

  test('a generated lesson plan previews with its headings', async ({ assert }) => {
    const preview = await buildPreview(await lessonPlanDocx())
    assert.isNotNull(preview)
    assert.include(preview!.html, 'Tiến trình dạy học')
    assert.notInclude(preview!.html, '<script')
  })

  test('bytes that are not a Word document give no preview rather than an error', async ({ assert }) => {
    assert.isNull(await buildPreview(Buffer.from('not a docx')))
  })
})
