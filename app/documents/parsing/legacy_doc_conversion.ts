/*
|--------------------------------------------------------------------------
| Word 97–2003 .doc → .docx with LibreOffice, when it is installed
|--------------------------------------------------------------------------
|
| Runs `soffice --headless --convert-to docx` in a private temporary
| directory with its own time limit (ParseLimits.conversionTimeoutMs). The
| parser pool runs it on a lane of its own, outside the parser threads.
| Without LibreOffice on PATH the file is refused with instructions to
| "Save As" .docx in Word.
*/
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { existsSync } from 'node:fs'
import type { ParseLimits } from './parse_outcome.js'
import { ParseRefusal } from './parse_refusal.js'

export function findSoffice(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'soffice')
    if (dir && existsSync(candidate)) return candidate
  }
  return undefined
}

async function convertDocToDocx(
  soffice: string,
  bytes: Uint8Array,
  timeoutMs: number
): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'hscm-doc-'))
  try {
    await writeFile(join(dir, 'input.doc'), bytes)
    await run(
      soffice,
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        'docx',
        '--outdir',
        dir,
        join(dir, 'input.doc'),
      ],
      timeoutMs
    )
    return await readFile(join(dir, 'input.docx'))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, killSignal: 'SIGKILL' }, (error) =>
      error ? reject(error) : resolve()
    )
  })
}

/** The .docx LibreOffice makes of a .doc, or a refusal with the teacher's message. */
export async function convertLegacyDoc(
  bytes: Uint8Array,
  limits: ParseLimits
): Promise<Uint8Array> {
  const soffice = findSoffice()
  if (!soffice) throw new ParseRefusal('rejected', 'legacy_doc', 'parsing.legacy_doc')
  try {
    return await convertDocToDocx(soffice, bytes, limits.conversionTimeoutMs)
  } catch {
    throw new ParseRefusal('rejected', 'conversion_failed', 'parsing.legacy_doc_conversion_failed')
  }
}
