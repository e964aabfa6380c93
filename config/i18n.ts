import { fileURLToPath } from 'node:url'
import { defineConfig, formatters, loaders } from '@adonisjs/i18n'

/*
 * Vietnamese only for now; every user-facing string is in resources/lang/vi.
 * The location is resolved from this file, not from the app, so a process
 * that never boots the app (the `validate` command, the benches) reads the
 * same catalogue (app/core/services/texts.ts).
 */
const i18nConfig = defineConfig({
  defaultLocale: 'vi',
  supportedLocales: ['vi'],
  formatter: formatters.icu(),
  loaders: [loaders.fs({ location: fileURLToPath(new URL('../resources/lang', import.meta.url)) })],
})

export default i18nConfig
