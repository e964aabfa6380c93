import { configApp } from '@adonisjs/eslint-config'

// The AdonisJS preset; shipped migrations are frozen (database/migrations.sha256), never reformatted.
export default configApp({
  ignores: ['database/migrations/**', 'tmp/**', 'storage/**', '.node/**'],
})
