import type { Page } from 'playwright'
import sharp from 'sharp'
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { GUIDES } from '#app/core/guide/guides'
import type { GuideRole } from '#app/core/guide/guide_roles'
import {
  VIEWPORTS,
  hashSource,
  manifestKey,
  manifestPath,
  readManifest,
  screenshotFileName,
  screenshotPath,
  screenshotsDirectory,
  type Manifest,
  type Viewport,
} from '#app/core/guide/screenshots'
import { RenderRecorder } from '#tests/guide/render_recorder'

/*
 * Takes the guide's screenshots while a browser test walks a role's steps.
 *
 *   const camera = GuideCamera.for('teacher')
 *   ... go to the login page ...
 *   await camera.shot(page, 'dang-nhap')
 *   ...
 *   await camera.finish()
 *
 * Pictures are taken only by `npm run docs:screenshots`
 * (HSCM_GUIDE_SCREENSHOTS=all). During `npm test` the walk is only a test:
 * the committed pictures and manifest are never written, so a test run
 * leaves the work tree as it found it, and a stale picture (a view, the
 * stylesheet or a translation it was rendered from changed, or a file is
 * missing) fails the guide pages suite (2_guide_pages.spec.ts) instead.
 */

export interface ShotOptions {
  /** Scroll this element to the top of the screen first (the screen is photographed, not the whole page). */
  focus?: string
}

export class GuideCamera {
  readonly recorder = new RenderRecorder()
  readonly taken: string[] = []

  private constructor(
    readonly role: GuideRole,
    readonly capturing: boolean
  ) {}

  static for(role: GuideRole) {
    const camera = new GuideCamera(role, process.env.HSCM_GUIDE_SCREENSHOTS === 'all')
    camera.recorder.start()
    return camera
  }

  /** Photographs the current screen at both sizes, if this run takes pictures; always checks the step exists. */
  async shot(page: Page, stepId: string, options: ShotOptions = {}) {
    const step = GUIDES[this.role].steps.find((candidate) => candidate.id === stepId)
    if (!step?.screenshot)
      throw new Error(`The ${this.role} guide has no step "${stepId}" with a screenshot`)
    await page.waitForLoadState('load')
    const sources = this.recorder.take()
    if (!this.capturing) return

    /* No focus ring or text cursor in the pictures. */
    await page.evaluate('document.activeElement?.blur()')
    const original = page.viewportSize()
    const files = {} as Record<Viewport, { bytes: number }>
    for (const viewport of Object.keys(VIEWPORTS) as Viewport[]) {
      await page.setViewportSize(VIEWPORTS[viewport])
      if (options.focus) await scrollToTop(page, options.focus)
      else await page.evaluate('window.scrollTo(0, 0)')
      const path = screenshotPath(this.role, stepId, viewport)
      await mkdir(dirname(path), { recursive: true })
      const bytes = await compressed(
        await page.screenshot({ animations: 'disabled', caret: 'hide' })
      )
      await writeFile(path, bytes)
      files[viewport] = { bytes: bytes.byteLength }
    }
    if (original) await page.setViewportSize(original)

    await this.record(stepId, sources, files)
    this.taken.push(stepId)
  }

  /** Stops recording; removes pictures of steps the guide no longer has. */
  async finish() {
    this.recorder.stop()
    if (!this.capturing) return
    const keep = new Set(
      GUIDES[this.role].steps.flatMap((step) =>
        (Object.keys(VIEWPORTS) as Viewport[]).map((viewport) =>
          screenshotFileName(step.id, viewport)
        )
      )
    )
    const folder = join(screenshotsDirectory(), this.role)
    for (const file of await readdir(folder)) {
      if (!keep.has(file)) await rm(join(folder, file))
    }
  }

  private async record(
    stepId: string,
    sources: string[],
    files: Record<Viewport, { bytes: number }>
  ) {
    const manifest = readManifest()
    manifest[manifestKey(this.role, stepId)] = {
      /* A message missing from the translations (shown as its key) has nothing to hash. */
      sources: Object.fromEntries(
        sources.flatMap((source) => {
          const hash = hashSource(source)
          return hash ? [[source, hash]] : []
        })
      ),
      files,
    }
    await writeFile(manifestPath(), `${JSON.stringify(sorted(manifest), null, 2)}\n`)
  }
}

/*
 * Screens are flat colours and text: a 256-colour palette keeps them sharp
 * at about a third of the size, so the committed pictures stay small.
 */
function compressed(png: Buffer) {
  return sharp(png).png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 }).toBuffer()
}

async function scrollToTop(page: Page, selector: string) {
  await page
    .locator(selector)
    .first()
    .evaluate((element) => element.scrollIntoView({ block: 'start' }))
  await page.evaluate('window.scrollBy(0, -16)')
}

/** Keys in order, so the committed manifest diffs cleanly; steps the guide dropped are left out. */
function sorted(manifest: Manifest): Manifest {
  const known = new Set(
    Object.values(GUIDES).flatMap((guide) =>
      guide.steps.map((step) => manifestKey(guide.role, step.id))
    )
  )
  return Object.fromEntries(
    Object.keys(manifest)
      .filter((key) => known.has(key))
      .sort()
      .map((key) => [key, manifest[key]])
  )
}
