import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { setTimeout } from 'node:timers/promises'
import { newUploadTempPath, removeUploadTempFiles } from '#app/core/services/upload_temp'

/*
 * Reads a multipart body on the routes that take files, after the session,
 * CSRF (token in the query string or header, see components/form.edge) and
 * authentication checks: config/bodyparser.ts never processes multipart
 * bodies itself, so a refused request writes nothing. The files go to the
 * app's own temp folder and are removed when the request ends, whatever
 * the outcome: answer, validation error, exception or client abort.
 */
const STREAM_CLOSE_WAIT_MS = 5000

export default class UploadMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (!ctx.request.is(['multipart/form-data'])) return next()
    const written: string[] = []
    const streams: Promise<unknown>[] = []
    ctx.request.multipart.onFile('*', { deferValidations: true }, async (part, reportChunk) => {
      const path = await newUploadTempPath()
      written.push(path)
      part.on('data', (chunk: Buffer) => reportChunk(chunk))
      const streamed = pipeline(part, createWriteStream(path))
      streams.push(streamed)
      await streamed
      return { tmpPath: path }
    })
    try {
      await ctx.request.multipart.process()
      return await next()
    } finally {
      /* An aborted request rejects before its file stream closes: wait for it (briefly; the sweep covers the rest), then remove. */
      await Promise.race([Promise.allSettled(streams), setTimeout(STREAM_CLOSE_WAIT_MS)])
      await removeUploadTempFiles(written)
    }
  }
}
