import app from '@adonisjs/core/services/app'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { relative } from 'node:path'
import type { GuideRole } from '#app/core/guide/guide_roles'

/*
 * Screenshots of the guide are taken by the browser suite
 * (tests/browser/guide) and committed, so the guide works on a fresh
 * clone. Next to them, manifest.json records, per step, the hash of every
 * view, stylesheet and translation file the screen was rendered from: when
 * one of them changes, the screenshot is stale and the suite takes it again.
 */

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const
export type Viewport = keyof typeof VIEWPORTS

export interface ManifestEntry {
  /** Paths relative to the app root → sha256 of their content when the screenshot was taken. */
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
  return `/guide/${role}/screens/${screenshotFileName(stepId, viewport)}`
}

export function manifestKey(role: GuideRole, stepId: string) {
  return `${role}/${stepId}`
}

export function readManifest(): Manifest {
  if (!existsSync(manifestPath())) return {}
  return JSON.parse(readFileSync(manifestPath(), 'utf8')) as Manifest
}

export function hashFile(absolutePath: string) {
  return createHash('sha256').update(readFileSync(absolutePath)).digest('hex')
}

export function appRelative(absolutePath: string) {
  return relative(app.makePath(), absolutePath)
}

/**
 * Why a step's screenshots cannot be trusted, or null when they are fresh:
 * a file is missing, or a source changed (or vanished) since they were taken.
 */
export function staleness(manifest: Manifest, role: GuideRole, stepId: string): string | null {
  const entry = manifest[manifestKey(role, stepId)]
  if (!entry) return 'not in the manifest'
  for (const viewport of Object.keys(VIEWPORTS) as Viewport[]) {
    if (!existsSync(screenshotPath(role, stepId, viewport))) return `${screenshotFileName(stepId, viewport)} is missing`
  }
  for (const [source, hash] of Object.entries(entry.sources)) {
    const absolute = app.makePath(source)
    if (!existsSync(absolute)) return `${source} no longer exists`
    if (hashFile(absolute) !== hash) return `${source} changed`
  }
  return null
}
