/*
|--------------------------------------------------------------------------
| The process-wide plugin registry
|--------------------------------------------------------------------------
|
| Plugins are discovered, validated and set up once per process; the
| upload path, revalidation and the admin page share the result.
*/
import { PluginRegistry } from './plugin_registry.js'

let registryPromise: Promise<PluginRegistry> | undefined

export function sharedRegistry(): Promise<PluginRegistry> {
  registryPromise ??= PluginRegistry.discover()
  /* A failed discovery (a broken plugin being edited) is retried on the next call. */
  registryPromise.catch(() => (registryPromise = undefined))
  return registryPromise
}
