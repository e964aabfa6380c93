/*
|--------------------------------------------------------------------------
| Worker-thread entry of the parser pool
|--------------------------------------------------------------------------
|
| The default export parses; `preview` builds a DOCX preview under the
| same limits, handing its pictures back to be stored by the caller.
*/
import type { ParseLimits, ParseOutcome } from './parse_outcome.js'
import { parseBytes } from './parse_bytes.js'
import { buildPreview, type Preview } from '#app/documents/services/preview'

export interface ParseTask {
  bytes: Uint8Array
  limits: ParseLimits
}

export interface PreviewTask {
  bytes: Uint8Array
  /** The page loads the n-th picture from this URL followed by n. */
  imageUrlBase: string
}

export interface PreviewResult {
  preview: Preview | null
  /** The pictures shown, in order: the n-th is images[n - 1]. */
  images: Uint8Array[]
}

export default function parseInWorker(task: ParseTask): Promise<ParseOutcome> {
  return parseBytes(task.bytes, task.limits)
}

export async function preview(task: PreviewTask): Promise<PreviewResult> {
  const images: Uint8Array[] = []
  const built = await buildPreview(task.bytes, async (n, data) => {
    images.push(data)
    return `${task.imageUrlBase}${n}`
  })
  return { preview: built, images }
}
