import app from '@adonisjs/core/services/app'
import { configProvider } from '@adonisjs/core'
import { I18nManager, type I18n } from '@adonisjs/i18n'
import i18nConfig from '#config/i18n'

/*
 * The Vietnamese catalogue (resources/lang/vi) for code that also runs in a
 * process that never boots the app: the parser's refusals and the plugin
 * runner's findings are produced by `node ace validate` and by the benches
 * too. Once the app has booted its own manager answers; before that (or
 * without an app at all) a manager loaded from the same files and settings
 * (config/i18n.ts) does.
 */

/* Imported only when there is an app: that module waits for it to boot. */
const appI18n = app ? await import('@adonisjs/i18n/services/main') : undefined
const ownManager = app?.isBooted ? undefined : await loadOwnManager()

async function loadOwnManager(): Promise<I18nManager> {
  const config = await configProvider.resolve<ConstructorParameters<typeof I18nManager>[1]>(
    app,
    i18nConfig
  )
  /* Outside the app nobody listens for "missing translation" events. */
  const manager = new I18nManager({ emit() {} } as never, config!)
  await manager.loadTranslations()
  return manager
}

export function vietnamese(): I18n {
  const manager = (app?.isBooted ? appI18n?.default : undefined) ?? ownManager!
  return manager.locale('vi')
}
