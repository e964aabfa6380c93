#!/usr/bin/env node
/*
|--------------------------------------------------------------------------
| HSCM launcher: `npm start`, `npm run dev`, `npm test`, `npm run ace -- <command>`
|--------------------------------------------------------------------------
|
| Plain JavaScript with no dependencies, because it runs before anything is
| installed and possibly on an older system Node.js (20 or 22).
|
| 1. Node.js 24: the system one when it is new enough, otherwise the exact
|    version pinned in package.json ("hscm.nodeVersion"), fetched once from
|    the npm registry (package node-<platform>-<arch>) into ./.node.
| 2. Dependencies: `npm ci` when package-lock.json changed since the last
|    install (a stamp in node_modules), never otherwise.
| 3. .env: created from .env.example with a fresh APP_KEY.
| 4. The command itself, always under Node.js 24.
*/
import { spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
const MIN_NODE_MAJOR = 24

function say(message) {
  console.log(`[hscm] ${message}`)
}

function fail(message) {
  console.error(`[hscm] ${message}`)
  process.exit(1)
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options })
  if (result.error) fail(`${command}: ${result.error.message}`)
  return result.status ?? 1
}

/** Returns the directory of a Node.js >= 24 binary, fetching one if needed. */
function ensureNode() {
  const systemMajor = Number(process.versions.node.split('.')[0])
  if (systemMajor >= MIN_NODE_MAJOR) return { binDir: dirname(process.execPath), nodeDir: null }

  const version = pkg.hscm.nodeVersion
  const home = join(ROOT, '.node', version)
  const binary = join(home, 'bin', 'node')
  if (!existsSync(binary)) {
    const name = `node-${process.platform}-${process.arch}`
    say(
      `Node.js ${process.versions.node} quá cũ; đang tải Node.js ${version} (${name}) từ npm registry…`
    )
    mkdirSync(home, { recursive: true })
    const packed = spawnSync(
      'npm',
      ['pack', `${name}@${version}`, '--silent', '--pack-destination', home],
      {
        cwd: home,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }
    )
    const tarball = packed.stdout?.trim().split('\n').pop()
    if (packed.status !== 0 || !tarball) {
      rmSync(home, { recursive: true, force: true })
      fail(`không tải được ${name}@${version} từ npm registry`)
    }
    if (run('tar', ['xzf', tarball, '--strip-components=1'], { cwd: home }) !== 0) {
      rmSync(home, { recursive: true, force: true })
      fail('không giải nén được Node.js')
    }
    rmSync(join(home, tarball), { force: true })
  }
  return { binDir: join(home, 'bin'), nodeDir: home }
}

/** Environment in which every child (npm, node-gyp, scripts) sees Node.js 24. */
function childEnv({ binDir, nodeDir }) {
  const env = { ...process.env, PATH: `${binDir}:${process.env.PATH}` }
  // node-gyp builds native addons against the headers shipped in the package.
  if (nodeDir) env.npm_config_nodedir = nodeDir
  return env
}

function lockHash() {
  return createHash('sha256')
    .update(readFileSync(join(ROOT, 'package-lock.json')))
    .digest('hex')
}

function ensureDependencies(env) {
  const stamp = join(ROOT, 'node_modules', '.hscm-lock-sha256')
  const wanted = lockHash()
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return
  say('Đang cài đặt thư viện (npm ci)…')
  const status = run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { env })
  if (status !== 0) fail('npm ci thất bại')
  writeFileSync(stamp, wanted)
}

function ensureEnvFile() {
  const target = join(ROOT, '.env')
  if (existsSync(target)) return
  const example = readFileSync(join(ROOT, '.env.example'), 'utf8')
  const key = randomBytes(32).toString('base64url')
  writeFileSync(target, example.replace(/^APP_KEY=.*$/m, `APP_KEY=${key}`))
  say('Đã tạo tệp .env với APP_KEY mới.')
}

function node(env, args) {
  return run(join(env.PATH.split(':')[0], 'node'), args, { env })
}

function prepare() {
  const nodeInfo = ensureNode()
  const env = childEnv(nodeInfo)
  ensureDependencies(env)
  ensureEnvFile()
  return env
}

/*
 * City-scale benchmarks run on a throw-away PostgreSQL database (the
 * production database; BENCH_PG_HOST, default 127.0.0.1, user postgres).
 */
const PG_BENCHES = ['search_bench.ts', 'workflow_bench.ts']

function runBench(env, file, options = []) {
  const script = ['--import=@poppinss/ts-exec', join('tests', 'bench', file), ...options]
  if (!PG_BENCHES.includes(file)) return node(env, script)
  const host = process.env.BENCH_PG_HOST ?? '127.0.0.1'
  const database = `hscm_bench_${Date.now()}`
  const psql = (sql) =>
    spawnSync('psql', ['-q', '-h', host, '-U', 'postgres', '-d', 'postgres', '-c', sql], {
      stdio: 'ignore',
    }).status
  if (psql(`CREATE DATABASE ${database}`) !== 0) {
    say(`bench: ${file} bỏ qua — cần PostgreSQL tại ${host} (psql, user postgres)`)
    return 0
  }
  try {
    /* The city: 333,000 plans with full texts (~5 minutes to load); BENCH_SEARCH_PLANS for a quicker run. */
    const size = file === 'search_bench.ts' ? [process.env.BENCH_SEARCH_PLANS ?? '333000'] : []
    return node(
      { ...env, DB_CONNECTION: 'pg', DB_HOST: host, DB_USER: 'postgres', DB_DATABASE: database },
      [...script, ...size]
    )
  } finally {
    psql(`DROP DATABASE IF EXISTS ${database}`)
  }
}

const [command = 'start', ...rest] = process.argv.slice(2)
const env = prepare()

switch (command) {
  case 'setup':
    process.exit(0)
  case 'start':
  case 'dev': {
    // `dev` is `start` with detailed error pages (stack traces) for the developer at the keyboard.
    const serverEnv = command === 'dev' ? { ...env, ERROR_DETAILS: 'true' } : env
    const status = node(serverEnv, ['ace', 'hscm:prepare'])
    if (status !== 0) process.exit(status)
    process.exit(node(serverEnv, ['--import=@poppinss/ts-exec', 'bin/server.ts']))
  }
  case 'test':
    process.exit(node(env, ['ace', 'test', ...rest]))
  case 'ace':
    process.exit(node(env, ['ace', ...rest]))
  case 'bench': {
    // Every tests/bench/*_bench.ts in turn (or the ones named), each in its own process;
    // from the first --option on, the arguments go to the benches (`bench -- accuracy --corpus dir`).
    const dir = join(ROOT, 'tests', 'bench')
    const all = readdirSync(dir)
      .filter((file) => file.endsWith('_bench.ts'))
      .sort()
    const firstOption = rest.findIndex((arg) => arg.startsWith('--'))
    const names = firstOption === -1 ? rest : rest.slice(0, firstOption)
    const options = firstOption === -1 ? [] : rest.slice(firstOption)
    const chosen = names.length
      ? all.filter((file) => names.some((name) => file.includes(name)))
      : all
    let failed = 0
    for (const file of chosen) {
      say(`bench: ${file}`)
      if (runBench(env, file, options) !== 0) failed += 1
    }
    process.exit(failed ? 1 : 0)
  }
  case 'exec': {
    const [bin, ...args] = rest
    const local = join(ROOT, 'node_modules', '.bin', bin)
    process.exit(run(existsSync(local) ? local : bin, args, { env }))
  }
  default:
    fail(`lệnh không hợp lệ: ${command} (dùng: start | dev | test | setup | ace | bench | exec)`)
}
