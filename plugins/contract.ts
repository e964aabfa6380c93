/*
|--------------------------------------------------------------------------
| The plugin contract: the only module a validator plugin imports
|--------------------------------------------------------------------------
|
| A plugin is `definePlugin({ meta, check })`: metadata (id, version,
| Vietnamese messages, options schema, the clause it enforces) and a pure
| `check` that reads the document model and calls `report`. See README.md.
*/

import vine from '@vinejs/vine'
import type { Plugin } from './contract/types.js'

export type * from './document_model.js'
export * from './contract/types.js'
export * from './contract/text.js'
export * from './contract/matcher.js'
export * from './contract/normalized.js'
export * from './contract/wordings.js'
export * from './contract/lessons.js'
export * from './contract/lesson_table.js'
export { vine }

/** Identity at run time; gives `check` the options type of `defaultOptions`. */
export function definePlugin<Options extends Record<string, unknown>>(
  plugin: Plugin<Options>
): Plugin<Options> {
  return plugin
}

/** Fill `{placeholder}` slots of a Vietnamese template; unknown slots stay visible. */
export function interpolate(template: string, data: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    data[name] === undefined ? slot : String(data[name])
  )
}
