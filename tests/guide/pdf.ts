/*
|--------------------------------------------------------------------------
| npm run docs:pdf — the user guide as one printable PDF per role
|--------------------------------------------------------------------------
|
| Starts the app on a free port (the database in .env; the guide pages
| need none, the support contact falls back to its defaults), prints
| /guide/<role> with Debian's Chromium into tmp/guide/huong-dan-<role>.pdf
| and stops the app. The PDFs are not committed.
*/
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright'
import { GUIDE_ROLES } from '#app/core/guide/guide_roles'
import { exportGuidePdf, guidePdfPath } from '#tests/guide/export_pdf'

const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '')

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

async function startApp(port: number) {
  const child = spawn(process.execPath, ['--import=@poppinss/ts-exec', 'bin/server.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SESSION_DRIVER: 'memory',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const baseUrl = `http://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 120; attempt++) {
    if (child.exitCode !== null) throw new Error(`the app stopped (exit ${child.exitCode})`)
    try {
      const response = await fetch(`${baseUrl}/health`)
      if (response.ok) return { child, baseUrl }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  child.kill('SIGTERM')
  throw new Error('the app did not answer /health within 30 s')
}

async function stopApp(child: ChildProcess) {
  if (child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

const { child, baseUrl } = await startApp(await freePort())
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
})
try {
  for (const role of GUIDE_ROLES) {
    const file = await exportGuidePdf(browser, baseUrl, role, guidePdfPath(ROOT, role))
    console.log(`[hscm] ${file.replace(`${ROOT}/`, '')}`)
  }
} finally {
  await browser.close()
  await stopApp(child)
}
