/*
|--------------------------------------------------------------------------
| Word 97–2003 .doc → .docx with LibreOffice, when it is installed
|--------------------------------------------------------------------------
|
| Runs `soffice --headless --convert-to docx` in a private temporary
| directory with a time limit. Without LibreOffice on PATH the caller
| refuses the file with instructions to "Save As" .docx in Word.
*/
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { existsSync } from 'node:fs'

export function findSoffice(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'soffice')
    if (dir && existsSync(candidate)) return candidate
  }
  return undefined
}

export async function convertDocToDocx(soffice: string, bytes: Uint8Array, timeoutMs: number): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'hscm-doc-'))
  try {
    await writeFile(join(dir, 'input.doc'), bytes)
    await run(soffice, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'docx', '--outdir', dir, join(dir, 'input.doc')], timeoutMs)
    return await readFile(join(dir, 'input.docx'))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, killSignal: 'SIGKILL' }, (error) => (error ? reject(error) : resolve()))
  })
}
