import { commandList } from '#app/core/services/command_list'

/* The documents module's Ace commands (adonisrc.ts loads this list). */
export const { getMetaData, getCommand } = await commandList([
  () => import('#app/documents/commands/make_validator'),
  () => import('#app/documents/commands/validate_files'),
  () => import('#app/documents/commands/revalidate'),
  () => import('#app/documents/commands/dry_run_validator'),
  () => import('#app/documents/commands/sweep_orphans'),
])
