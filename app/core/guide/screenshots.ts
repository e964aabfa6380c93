import app from '@adonisjs/core/services/app'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import type { GuideRole } from '#app/core/guide/guide_roles'
import { urlFor } from '@adonisjs/core/services/url_builder'

/*
 * Screenshots of the guide are taken by the browser suite
 * (tests/browser/guide) and committed, so the guide works on a fresh
 * clone. Next to them, manifest.json records, per step, the hash of every
 * view, stylesheet and translation file the screen was rendered from: when
 * one of them changes, the screenshot is stale: the browser suite fails
 * until `npm run docs:screenshots` takes it again (`npm test` never writes).
 */

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const
export type Viewport = keyof typeof VIEWPORTS

export interface ManifestEntry {
  /**
   * Source → sha256 when the screenshot was taken. A source is a file
   * relative to the app root (views, stylesheet), or one translation,
   * "resources/lang/vi/documents.json#nav.mine", so that editing another
   * page's wording does not make every screenshot stale.
   */
  sources: Record<string, string>
  files: Record<Viewport, { bytes: number }>
}

/** "teacher/tai-len" → entry. */
export type Manifest = Record<string, ManifestEntry>

export function screenshotsDirectory() {
  return app.makePath('resources/guide/screenshots')
}

export function manifestPath() {
  return app.makePath('resources/guide/screenshots/manifest.json')
}

export function screenshotFileName(stepId: string, viewport: Viewport) {
  return `${stepId}-${viewport}.png`
}

export function screenshotPath(role: GuideRole, stepId: string, viewport: Viewport) {
  return app.makePath('resources/guide/screenshots', role, screenshotFileName(stepId, viewport))
}

/** Where the guide page loads a screenshot from (served by GuideController.screenshot). */
export function screenshotUrl(role: GuideRole, stepId: string, viewport: Viewport) {
  return urlFor('guide.screenshot', { role, file: screenshotFileName(stepId, viewport) })
}

export function manifestKey(role: GuideRole, stepId: string) {
  return `${role}/${stepId}`
}

export function readManifest(): Manifest {
  if (!existsSync(manifestPath())) return {}
  return JSON.parse(readFileSync(manifestPath(), 'utf8')) as Manifest
}

function hashFile(absolutePath: string) {
  return createHash('sha256').update(readFileSync(absolutePath)).digest('hex')
}

/** The hash of a source as the manifest records it, or null when it no longer exists. */
export function hashSource(source: string): string | null {
  const [file, key] = source.split('#')
  const absolute = app.makePath(file)
  if (!existsSync(absolute)) return null
  if (!key) return hashFile(absolute)
  const message = translationAt(JSON.parse(readFileSync(absolute, 'utf8')), key.split('.'))
  return message === undefined
    ? null
    : createHash('sha256').update(JSON.stringify(message)).digest('hex')
}

/* Keys may themselves contain dots ("hotline.regex"): try the longest key first at each level. */
function translationAt(tree: unknown, parts: string[]): unknown {
  if (parts.length === 0) return tree
  if (typeof tree !== 'object' || tree === null) return undefined
  for (let take = parts.length; take >= 1; take--) {
    const key = parts.slice(0, take).join('.')
    if (key in tree) {
      const found = translationAt((tree as Record<string, unknown>)[key], parts.slice(take))
      if (found !== undefined) return found
    }
  }
  return undefined
}

/**
 * Why a step's screenshots cannot be trusted, or null when they are fresh:
 * a file is missing, or a source changed (or vanished) since they were taken.
 */
export function staleness(manifest: Manifest, role: GuideRole, stepId: string): string | null {
  const entry = manifest[manifestKey(role, stepId)]
  if (!entry) return 'not in the manifest'
  for (const viewport of Object.keys(VIEWPORTS) as Viewport[]) {
    if (!existsSync(screenshotPath(role, stepId, viewport)))
      return `${screenshotFileName(stepId, viewport)} is missing`
  }
  for (const [source, hash] of Object.entries(entry.sources)) {
    const now = hashSource(source)
    if (now === null) return `${source} no longer exists`
    if (now !== hash) return `${source} changed`
  }
  return null
}
