import { test } from '@japa/runner'
import type { Locator } from 'playwright'
import app from '@adonisjs/core/services/app'
import { readFile, readdir, rm, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { GUIDES } from '#app/core/guide/guides'
import { GUIDE_ROLES } from '#app/core/guide/guide_roles'
import {
  readManifest,
  screenshotFileName,
  screenshotsDirectory,
  staleness,
  VIEWPORTS,
  type Viewport,
} from '#app/core/guide/screenshots'
import { exportGuidePdf } from '#tests/guide/export_pdf'
import { pdfContents } from '#tests/guide/pdf_contents'

/*
 * Judges the committed pictures as a reader meets them: each one the
 * guides show exists, loads in the page with its caption and alt text, is
 * small, and is not older than the views it shows (the manifest's hashes
 * match the files as they are now). `npm test` never retakes a picture: a
 * stale one fails here until `npm run docs:screenshots` retakes it (that
 * run walks 1_walkthroughs.spec.ts first, files running in name order).
 */

/** Width of the picture the browser decoded (0 when it did not load). */
async function naturalWidth(image: Locator) {
  await image.evaluate((element) => (element as unknown as { decode(): Promise<void> }).decode())
  return image.evaluate((element) => (element as unknown as { naturalWidth: number }).naturalWidth)
}

const MAX_SCREENSHOT_BYTES = 200 * 1024
const MAX_TOTAL_BYTES = 5 * 1024 * 1024

test.group('User guide pages (browser)', (group) => {
  group.tap((t) => t.tags(['guide']))

  for (const role of GUIDE_ROLES) {
    test('the {$self} guide shows every step with its screenshot, and no screenshot is stale')
      .with([role])
      .run(async ({ visit, assert }) => {
        const guide = GUIDES[role]
        const page = await visit(`/guide/${role}`)
        await page.assertTextContains('h1', guide.title)

        for (const step of guide.steps) {
          await page.assertTextContains(`#${step.id}`, step.title)
          if (!step.screenshot) continue
          const image = page.locator(`img[data-step="${step.id}"]`)
          await image.scrollIntoViewIfNeeded()
          assert.equal(await image.getAttribute('alt'), step.screenshot.alt)
          await page.assertTextContains(`#${step.id} figcaption`, step.screenshot.caption)
          assert.isAbove(await naturalWidth(image), 0, `${role}/${step.id} did not load`)
          assert.isNull(
            staleness(readManifest(), role, step.id),
            `${role}/${step.id} is stale: run npm run docs:screenshots`
          )
        }
        /* The support contact and the FAQ are part of every guide. */
        await page.assertTextContains('.support-box', 'Đường dây nóng')
        await page.assertTextContains('.guide-faq', 'Lỗi, cảnh báo và gợi ý')
      })
  }

  test('on a phone the guide shows the phone-size screenshots', async ({ visit, assert }) => {
    const page = await visit('/guide/teacher')
    await page.setViewportSize(VIEWPORTS.phone)
    const image = page.locator('img[data-step="tai-len"]')
    await image.scrollIntoViewIfNeeded()
    await page.waitForFunction(
      `document.querySelector('img[data-step="tai-len"]').currentSrc.endsWith('-phone.png')`
    )
    assert.equal(await naturalWidth(image), VIEWPORTS.phone.width)
  })

  test('screenshots are small PNGs, none is left over from a removed step', async ({ assert }) => {
    const expected = new Set<string>()
    for (const guide of Object.values(GUIDES)) {
      for (const step of guide.steps.filter((candidate) => candidate.screenshot)) {
        for (const viewport of Object.keys(VIEWPORTS) as Viewport[])
          expected.add(`${guide.role}/${screenshotFileName(step.id, viewport)}`)
      }
    }
    let total = 0
    const found = new Set<string>()
    for (const role of GUIDE_ROLES) {
      for (const file of await readdir(join(screenshotsDirectory(), role))) {
        const stats = await stat(join(screenshotsDirectory(), role, file))
        const bytes = stats.size
        const content = await readFile(join(screenshotsDirectory(), role, file))
        const head = content.subarray(0, 8)
        assert.deepEqual(
          [...head],
          [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
          `${role}/${file} is not a PNG`
        )
        assert.isBelow(bytes, MAX_SCREENSHOT_BYTES, `${role}/${file} is ${bytes} bytes`)
        total += bytes
        found.add(`${role}/${file}`)
      }
    }
    assert.deepEqual([...found].sort(), [...expected].sort())
    assert.isBelow(total, MAX_TOTAL_BYTES)
  })

  test("the teacher's guide prints to a PDF with its screenshots", async ({
    browser,
    assert,
    cleanup,
  }) => {
    const outFile = app.makePath('tmp', `guide-test-${process.pid}`, 'huong-dan-teacher.pdf')
    cleanup(() => rm(dirname(outFile), { recursive: true, force: true }))
    await exportGuidePdf(
      browser,
      `http://${process.env.HOST}:${process.env.PORT}`,
      'teacher',
      outFile
    )
    const pdf = await pdfContents(await readFile(outFile))

    const shots = GUIDES.teacher.steps.filter((step) => step.screenshot).length
    assert.isAtLeast(pdf.pages, 2)
    assert.equal(pdf.images, shots)
    for (const step of GUIDES.teacher.steps)
      assert.include(pdf.text.replace(/\s+/g, ' '), step.title)
    /* The print stylesheet drops the menu and the links to other guides. */
    assert.notInclude(pdf.text, 'Hướng dẫn cho vai trò khác')
  })
})
