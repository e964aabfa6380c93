import type { Browser } from 'playwright'
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { GuideRole } from '#app/core/guide/guide_roles'

/*
 * One role's guide as a printable PDF: the guide page printed by headless
 * Chromium with the page's own print stylesheet (no header, menu or
 * footer; one step per page block; desktop screenshots).
 */
export async function exportGuidePdf(
  browser: Browser,
  baseUrl: string,
  role: GuideRole,
  outFile: string
) {
  const context = await browser.newContext({ locale: 'vi-VN' })
  try {
    const page = await context.newPage()
    const response = await page.goto(new URL(`/guide/${role}`, baseUrl).href, { waitUntil: 'load' })
    if (!response?.ok()) throw new Error(`GET /guide/${role} answered ${response?.status()}`)
    /* Every screenshot decoded before printing, or the PDF would have empty frames. */
    await page.waitForFunction(
      '[...document.images].every((image) => image.complete && image.naturalWidth > 0)'
    )
    await mkdir(dirname(outFile), { recursive: true })
    await page.pdf({
      path: outFile,
      format: 'A4',
      printBackground: true,
      margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
    })
    return outFile
  } finally {
    await context.close()
  }
}

export function guidePdfPath(root: string, role: GuideRole) {
  return `${root}/tmp/guide/huong-dan-${role}.pdf`
}
