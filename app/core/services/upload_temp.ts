import app from '@adonisjs/core/services/app'
import env from '#start/env'
import { randomUUID } from 'node:crypto'
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'

/*
 * The app's own folder for uploaded files while their request runs
 * (UPLOAD_TMP_PATH, default tmp/uploads; "%pid%" gives each test process
 * its own). The upload middleware removes what a request wrote when the
 * request ends; the sweep removes what a crash left.
 */

/** Files older than this are left by a crashed request: no request takes an hour. */
export const STRAY_UPLOAD_AGE_MS = 60 * 60 * 1000

export function uploadTempFolder() {
  return app.makePath(
    env.get('UPLOAD_TMP_PATH', 'tmp/uploads').replace('%pid%', String(process.pid))
  )
}

/** A fresh path inside the folder (created on first use). */
export async function newUploadTempPath() {
  const folder = uploadTempFolder()
  await mkdir(folder, { recursive: true })
  return join(folder, randomUUID())
}

export async function removeUploadTempFiles(paths: string[]) {
  await Promise.all(paths.map((path) => rm(path, { force: true })))
}

/** Removes files older than `olderThanMs`; returns how many. */
export async function sweepUploadTemp(olderThanMs = STRAY_UPLOAD_AGE_MS, now = Date.now()) {
  const folder = uploadTempFolder()
  const names = await readdir(folder).catch(() => [] as string[])
  let removed = 0
  for (const name of names) {
    const path = join(folder, name)
    const info = await stat(path).catch(() => null)
    if (!info || now - info.mtimeMs < olderThanMs) continue
    await rm(path, { recursive: true, force: true })
    removed += 1
  }
  return removed
}
