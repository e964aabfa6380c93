import { commandList } from '#app/core/services/command_list'

/* The workflow module's Ace commands (adonisrc.ts loads this list). */
export const { getMetaData, getCommand } = await commandList([
  () => import('#app/workflow/commands/seed'),
  () => import('#app/workflow/commands/seed_city'),
  () => import('#app/workflow/commands/remind'),
  () => import('#app/workflow/commands/rebuild_stats'),
])
