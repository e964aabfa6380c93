import { test } from '@japa/runner'
import { anchorFor, buildPreview, sanitizeWithAnchors } from '#app/documents/services/preview'
import { lessonPlanDocx } from '#tests/helpers/documents'
import { buildPlan, toDocx } from '#tests/fixtures/plans'
import { paragraph } from '#tests/fixtures/doc_spec'
import { emfDrawing, solidPng } from '#tests/fixtures/png'

test.group('DOCX preview', () => {
  test('scripts, links, styles, handlers and foreign images never reach the page', ({ assert }) => {
    const { html } = sanitizeWithAnchors(
      '<p onclick="steal()" style="color:red">Mục tiêu <a href="https://evil.example/x">xem</a></p><script>alert(1)</script><img src="data:image/png;base64,AAAA"><iframe src="https://evil.example"></iframe>'
    )
    assert.equal(html, '<p id="preview-block-1">Mục tiêu xem</p>')
  })

  test('a picture is kept only when it is one the preview stored itself', ({ assert }) => {
    const { html } = sanitizeWithAnchors(
      '<p>Hình</p><img src="https://evil.example/x.png"><img src="//evil.example/x.png"><img src="/admin/delete"><img src="/documents/3/versions/1/preview/images/2" alt="Hình 2" onerror="steal()" style="width:9999px">'
    )
    assert.equal(
      html,
      '<p id="preview-block-1">Hình</p><img src="/documents/3/versions/1/preview/images/2" alt="Hình 2" loading="lazy" />'
    )
  })

  test('pictures go to the sink, browser formats only, within the limits; the rest are counted', async ({
    assert,
  }) => {
    const figure = solidPng(8, 8)
    const plan = buildPlan('pl4')
    plan.blocks.push(
      paragraph('Hình 1', { image: { data: figure, format: 'png', width: 8, height: 8 } }),
      paragraph('Hình 2', { image: { data: emfDrawing(), format: 'png', width: 8, height: 8 } })
    )
    const bytes = await toDocx(plan)
    const saved: Uint8Array[] = []
    const preview = await buildPreview(bytes, async (n, data) => {
      saved.push(data)
      return `/documents/9/versions/1/preview/images/${n}`
    })
    assert.lengthOf(saved, 1)
    assert.deepEqual(Buffer.from(saved[0]), figure)
    assert.include(preview!.html, '<img src="/documents/9/versions/1/preview/images/1"')
    assert.equal(preview!.imagesOmitted, 1)

    const withoutSink = await buildPreview(bytes)
    assert.notInclude(withoutSink!.html, '<img')
    assert.equal(withoutSink!.imagesOmitted, 2)
  })

  test('blocks get anchors that findings can point to by excerpt or heading', ({ assert }) => {
    const preview = {
      ...sanitizeWithAnchors(
        '<h1>I. Mục tiêu</h1><p>Năng lực chung</p><table><tr><td>Hoạt động 2</td></tr></table>'
      ),
      imagesOmitted: 0,
    }
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

  test('bytes that are not a Word document give no preview rather than an error', async ({
    assert,
  }) => {
    assert.isNull(await buildPreview(Buffer.from('not a docx')))
  })
})
