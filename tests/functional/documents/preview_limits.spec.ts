import { test } from '@japa/runner'
import { givenTeacher } from '#tests/helpers/organization'
import { givenLessonPlan } from '#tests/helpers/documents'
import { lyingPictureDocx } from '#tests/fixtures/hostile_inputs'
import { withBoundedPictures } from '#app/documents/parsing/bounded_pictures'
import { readZipEntries } from '#app/documents/parsing/zip_inspection'
import { toDocx } from '#tests/fixtures/plans'
import { buildPlan } from '#tests/fixtures/plans'
import { paragraph } from '#tests/fixtures/doc_spec'
import { solidPng } from '#tests/fixtures/png'

/*
 * The DOCX preview is built in a parser worker and never inflates a
 * picture past its limit, whatever the archive declares: a picture entry
 * of 400 MB of zeros declared as 400 KB (the case) is skipped
 * with the usual note, and the web process's memory barely moves.
 */
const MB = 1024 * 1024

test.group('Preview limits', () => {
  test('a picture whose declared size lies is skipped with the note; the web process grows by less than 50 MB', async ({
    client,
    assert,
  }) => {
    const teacher = await givenTeacher()
    const { document } = await givenLessonPlan(teacher, {
      bytes: await lyingPictureDocx(400, 400),
      fileName: 'co-hinh.docx',
    })
    const before = process.memoryUsage().rss

    const page = await client.get(`/documents/${document.id}/versions/1/preview`).loginAs(teacher)
    page.assertStatus(200)
    page.assertTextIncludes('hình trong tệp không hiển thị được ở bản xem trước')
    page.assertTextIncludes('Hình 1. Sơ đồ tư duy')
    const picture = await client
      .get(`/documents/${document.id}/versions/1/preview/images/1`)
      .loginAs(teacher)
    picture.assertStatus(404)

    const grownMb = (process.memoryUsage().rss - before) / MB
    assert.isBelow(grownMb, 50, `RSS grew by ${grownMb.toFixed(0)} MB`)
  })

  test('only entries that would inflate past the limit are emptied; honest pictures stay byte for byte', async ({
    assert,
  }) => {
    const lying = await lyingPictureDocx(50, 400)
    const bounded = withBoundedPictures(lying, 5 * MB)
    assert.equal(bounded.emptied, 1)
    const media = readZipEntries(bounded.bytes)!.find((entry) =>
      entry.name.startsWith('word/media/')
    )
    assert.equal(media?.uncompressedSize, 0)

    const plan = buildPlan('pl4')
    plan.blocks.push(
      paragraph('Hình 2', { image: { data: solidPng(8, 8), format: 'png', width: 8, height: 8 } })
    )
    const honest = await toDocx(plan)
    const untouched = withBoundedPictures(honest, 5 * MB)
    assert.equal(untouched.emptied, 0)
    assert.strictEqual(untouched.bytes, honest)
  })
})
