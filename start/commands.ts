/*
|--------------------------------------------------------------------------
| The application's Ace commands
|--------------------------------------------------------------------------
|
| Commands live beside the module they serve; this list registers them
| with Ace (adonisrc.ts points here).
*/
import { ListLoader } from '@adonisjs/core/ace'
import type { CommandMetaData } from '@adonisjs/core/types/ace'

const commands = await Promise.all([
  import('#app/core/commands/prepare'),
  import('#app/organization/commands/seed'),
  import('#app/organization/commands/seed_city'),
  import('#app/workflow/commands/remind'),
  import('#app/workflow/commands/rebuild_stats'),
  import('#app/documents/commands/make_validator'),
  import('#app/documents/commands/validate_files'),
  import('#app/documents/commands/revalidate'),
  import('#app/documents/commands/sweep_orphans'),
])

const loader = new ListLoader(commands.map((module) => module.default))

export function getMetaData() {
  return loader.getMetaData()
}

export function getCommand(metaData: CommandMetaData) {
  return loader.getCommand(metaData)
}
