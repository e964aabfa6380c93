/*
|--------------------------------------------------------------------------
| Plugin registry: discover, validate and set up validator plugins at boot
|--------------------------------------------------------------------------
|
| Every `plugins/<name>/index.ts` (or `.js` once built) default-exports a
| plugin made with `definePlugin`; `plugins/_<name>/` folders are drafts
| and are not loaded. Metadata is validated with VineJS here,
| so a malformed plugin stops the boot with its folder name rather than
| failing later inside an upload.
*/

import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import vine from '@vinejs/vine'
import {
  RELATED_NEEDS,
  type DocumentFormat,
  type DocumentKind,
  type Plugin,
  type PluginMeta,
} from '#plugins/contract'
import { isDocumentKind, kindIds } from '#app/core/registries/kinds'

const PLUGINS_DIRECTORY = new URL('../../../plugins/', import.meta.url)

const metaValidator = vine.create({
  id: vine.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*:[a-z0-9]+(?:-[a-z0-9]+)*$/),
  version: vine.string().regex(/^\d+\.\d+\.\d+(?:-[0-9a-z.-]+)?$/i),
  title: vine.string().minLength(3),
  description: vine.string().minLength(10),
  /* '*' or kinds of the registry, checked by assertKnownKinds (the registry may grow after boot). */
  kinds: vine.any(),
  formats: vine.array(vine.enum(['docx', 'pdf'] as const)).minLength(1),
  severity: vine.enum(['error', 'warning', 'info'] as const),
  messages: vine.record(vine.string().minLength(1)),
  defaultOptions: vine.record(vine.any()),
  reference: vine.object({
    document: vine.string().minLength(1),
    clause: vine.string().minLength(1),
  }),
  gate: vine.boolean().optional(),
  needs: vine.array(vine.enum(RELATED_NEEDS)).optional(),
  enabledByDefault: vine.boolean().optional(),
})

/** Messages the runner itself may add under any plugin's name. */
const RUNNER_MESSAGE_IDS = ['validatorFailed']

export class PluginRegistry {
  readonly #plugins: Array<Plugin<any>>

  private constructor(plugins: Array<Plugin<any>>) {
    this.#plugins = plugins
  }

  /** Import every plugin folder under `directory`, validate and set each up. */
  static async discover(directory: URL = PLUGINS_DIRECTORY): Promise<PluginRegistry> {
    const entries = await readdir(directory, { withFileTypes: true })
    const plugins: Array<Plugin<any>> = []
    for (const entry of entries
      .filter(isPluginFolder)
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const file = ['index.ts', 'index.js']
        .map((name) => new URL(`${entry.name}/${name}`, directory))
        .find((url) => existsSync(url))
      if (!file) continue
      const module = await import(pathToFileURL(file.pathname).href)
      if (!module.default) throw new Error(`Plugin folder "${entry.name}" has no default export`)
      plugins.push(module.default)
    }
    return PluginRegistry.fromPlugins(plugins)
  }

  /** A registry of the given plugins (tests, or a curated list). */
  static async fromPlugins(plugins: Array<Plugin<any>>): Promise<PluginRegistry> {
    const seen = new Set<string>()
    for (const plugin of plugins) {
      await validatePlugin(plugin)
      if (seen.has(plugin.meta.id)) throw new Error(`Duplicate plugin id ${plugin.meta.id}`)
      seen.add(plugin.meta.id)
      await plugin.setup?.()
    }
    return new PluginRegistry(plugins)
  }

  get all(): ReadonlyArray<Plugin<any>> {
    return this.#plugins
  }

  get(id: string): Plugin<any> | undefined {
    return this.#plugins.find((plugin) => plugin.meta.id === id)
  }

  /** Plugins that apply to this kind and format, gates first. */
  forDocument(kind: DocumentKind, format: DocumentFormat): Array<Plugin<any>> {
    const applicable = this.#plugins.filter(
      (plugin) => kindsOf(plugin.meta).includes(kind) && plugin.meta.formats.includes(format)
    )
    return [
      ...applicable.filter((plugin) => plugin.meta.gate),
      ...applicable.filter((plugin) => !plugin.meta.gate),
    ]
  }
}

/** The kinds a plugin checks: its list, or every registered kind for `'*'`. */
export function kindsOf(meta: Pick<PluginMeta<unknown>, 'kinds'>): DocumentKind[] {
  return meta.kinds === '*' ? kindIds() : [...meta.kinds]
}

function assertKnownKinds(kinds: unknown) {
  if (kinds === '*') return
  if (!Array.isArray(kinds) || kinds.length === 0)
    throw new Error(`kinds must be '*' or a non-empty list of kind ids`)
  const unknown = kinds.find((kind) => !isDocumentKind(kind))
  if (unknown !== undefined) throw new Error(`kinds: unknown document kind "${unknown}"`)
}

/** `_name` folders are drafts (`make:validator --draft`): kept out until renamed. */
function isPluginFolder(entry: { name: string; isDirectory(): boolean }): boolean {
  return entry.isDirectory() && !entry.name.startsWith('_') && !entry.name.startsWith('.')
}

async function validatePlugin(plugin: Plugin<any>) {
  const id = plugin?.meta?.id ?? '(no id)'
  try {
    await metaValidator.validate(plugin.meta)
    assertKnownKinds(plugin.meta.kinds)
    if (typeof plugin.check !== 'function') throw new Error('check must be a function')
    for (const messageId of RUNNER_MESSAGE_IDS) {
      if (messageId in plugin.meta.messages)
        throw new Error(`messageId ${messageId} is reserved for the runner`)
    }
    if (plugin.meta.options) await plugin.meta.options.validate(plugin.meta.defaultOptions)
  } catch (error) {
    throw new Error(`Invalid validator plugin ${id}: ${(error as Error).message}`, { cause: error })
  }
}
