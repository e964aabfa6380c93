import { commandList } from '#app/core/services/command_list'

/* The organization module's Ace commands (adonisrc.ts loads this list). */
export const { getMetaData, getCommand } = await commandList([
  () => import('#app/organization/commands/seed'),
  () => import('#app/organization/commands/seed_city'),
])
