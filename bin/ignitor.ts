/*
|--------------------------------------------------------------------------
| The Ignitor shared by the server, console and test entry points
|--------------------------------------------------------------------------
*/
import { Ignitor } from '@adonisjs/core'

/** The application root and the importer that loads files relative to it. */
export const APP_ROOT = new URL('../', import.meta.url)

export function appImporter(filePath: string) {
  if (filePath.startsWith('./') || filePath.startsWith('../')) {
    return import(new URL(filePath, APP_ROOT).href)
  }
  return import(filePath)
}

/** An Ignitor that validates the environment at boot and stops gracefully on SIGTERM/SIGINT. */
export function createIgnitor() {
  return new Ignitor(APP_ROOT, { importer: appImporter }).tap((app) => {
    app.booting(async () => {
      await import('#start/env')
    })
    // Graceful shutdown: finish in-flight requests, close pools; a hung
    // request or connection may delay the exit by 30 seconds at most.
    const shutdown = () => {
      setTimeout(() => process.exit(1), 30_000).unref()
      return app.terminate()
    }
    app.listen('SIGTERM', shutdown)
    app.listen('SIGINT', shutdown)
  })
}
