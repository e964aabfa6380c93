import { ListLoader } from '@adonisjs/core/ace'
import type { CommandMetaData } from '@adonisjs/core/types/ace'

/**
 * A module's Ace commands as the loader adonisrc.ts expects
 * (`commands: [() => import('#app/<module>/commands/main')]`): each module
 * lists its own commands in its commands/main.ts.
 */
export async function commandList(imports: Array<() => Promise<{ default: any }>>) {
  const modules = await Promise.all(imports.map((load) => load()))
  const loader = new ListLoader(modules.map((module) => module.default))
  return {
    getMetaData: () => loader.getMetaData(),
    getCommand: (metaData: CommandMetaData) => loader.getCommand(metaData),
  }
}
