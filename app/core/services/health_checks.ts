import { BaseCheck, HealthChecks, MemoryHeapCheck, Result } from '@adonisjs/health'
import { DbCheck } from '@adonisjs/lucid/database'
import db from '@adonisjs/lucid/services/db'
import drive from '@adonisjs/drive/services/main'
import type { HealthCheckResult } from '@adonisjs/health/types'

/** The file store answers: write, read back and delete a small probe file. */
class StorageCheck extends BaseCheck {
  name = 'Storage check'

  async run(): Promise<HealthCheckResult> {
    const key = `health/${process.pid}-${Date.now()}.txt`
    try {
      const disk = drive.use()
      await disk.put(key, 'ok')
      await disk.get(key)
      await disk.delete(key)
      return Result.ok('Storage is reachable')
    } catch (error) {
      return Result.failed('Storage is not reachable', error as Error)
    }
  }
}

export const readinessChecks = new HealthChecks().register([
  new DbCheck(db.connection()),
  new StorageCheck(),
  new MemoryHeapCheck().failWhenExceeds('1.5 gb'),
])
