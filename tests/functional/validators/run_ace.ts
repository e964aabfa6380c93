/*
|--------------------------------------------------------------------------
| Run `node ace …` as a separate process, as a person or a script would
|--------------------------------------------------------------------------
*/
import { spawn } from 'node:child_process'
import app from '@adonisjs/core/services/app'

export interface AceOutcome {
  exitCode: number | null
  stdout: string
  stderr: string
}

export function runAce(args: string[]): Promise<AceOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['ace', ...args], {
      cwd: app.makePath(),
      env: { ...process.env, FORCE_COLOR: '0' },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }))
  })
}
