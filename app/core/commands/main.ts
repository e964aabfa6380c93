import { commandList } from '#app/core/services/command_list'

/* The core module's Ace commands (adonisrc.ts loads this list). */
export const { getMetaData, getCommand } = await commandList([
  () => import('#app/core/commands/prepare'),
])
