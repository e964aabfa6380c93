import app from '@adonisjs/core/services/app'
import { defineConfig, formatters, loaders } from '@adonisjs/i18n'

/* Vietnamese only for now; every user-facing string is in resources/lang/vi. */
const i18nConfig = defineConfig({
  defaultLocale: 'vi',
  supportedLocales: ['vi'],
  formatter: formatters.icu(),
  loaders: [loaders.fs({ location: app.languageFilesPath() })],
})

export default i18nConfig
