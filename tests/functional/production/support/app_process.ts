/*
|--------------------------------------------------------------------------
| Run the app as separate OS processes, configured by environment only
|--------------------------------------------------------------------------
|
| Exactly what a deployment runs: `bin/server.ts` for a web instance,
| `ace queue:work` for a worker, `ace hscm:prepare` for migrations. Their
| output goes to tmp/ so a failing test can be read afterwards.
*/
import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { createServer } from 'node:net'
import { once } from 'node:events'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const ROOT = new URL('../../../../', import.meta.url).pathname
const LOG_DIR = join(ROOT, 'tmp', 'multi-instance')

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as { port: number }
  server.close()
  await once(server, 'close')
  return port
}

export class AppProcess {
  readonly exited: Promise<number>

  private constructor(
    readonly name: string,
    readonly child: ChildProcess
  ) {
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)))
    )
  }

  static async spawn(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<AppProcess> {
    await mkdir(LOG_DIR, { recursive: true })
    const log = createWriteStream(join(LOG_DIR, `${name}.log`))
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout!.pipe(log)
    child.stderr!.pipe(log)
    return new AppProcess(name, child)
  }

  /** Runs an Ace command to its end; throws with the log's name when it fails. */
  static async ace(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
    const command = await AppProcess.spawn(name, ['ace', ...args], env)
    const code = await command.exited
    if (code !== 0)
      throw new Error(
        `node ace ${args.join(' ')} exited with ${code}; see tmp/multi-instance/${name}.log`
      )
  }

  /** SIGTERM, then the exit code (0 when it shut down gracefully). */
  async stop(): Promise<number> {
    if (this.child.exitCode === null) this.child.kill('SIGTERM')
    return this.exited
  }
}

/** A web instance: bin/server.ts on its own port. */
export class WebInstance {
  private constructor(
    readonly process: AppProcess,
    readonly url: string
  ) {}

  static async start(name: string, env: NodeJS.ProcessEnv): Promise<WebInstance> {
    const port = await freePort()
    const child = await AppProcess.spawn(name, ['--import=@poppinss/ts-exec', 'bin/server.ts'], {
      ...env,
      PORT: String(port),
    })
    const instance = new WebInstance(child, `http://127.0.0.1:${port}`)
    await instance.waitUntilReady()
    return instance
  }

  /** Polls /health/ready (database and storage answer) until 200, or fails when the process dies. */
  private async waitUntilReady(deadlineMs = 60_000) {
    const deadline = Date.now() + deadlineMs
    while (Date.now() < deadline) {
      if (this.process.child.exitCode !== null)
        throw new Error(
          `${this.process.name} exited early; see tmp/multi-instance/${this.process.name}.log`
        )
      const status = await fetch(`${this.url}/health/ready`).then(
        (response) => response.status,
        () => 0
      )
      if (status === 200) return
      await sleep(200)
    }
    throw new Error(`${this.process.name} was not ready within ${deadlineMs} ms`)
  }

  stop(): Promise<number> {
    return this.process.stop()
  }
}
