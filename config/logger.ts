import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, targets } from '@adonisjs/core/logger'

const loggerConfig = defineConfig({
  default: 'app',
  loggers: {
    app: {
      enabled: true,
      name: 'hscm',
      level: env.get('LOG_LEVEL'),
      /* Structured JSON lines; secrets never reach the log. */
      redact: {
        paths: [
          'password',
          '*.password',
          'newPassword',
          'currentPassword',
          'req.headers.cookie',
          'headers.cookie',
          '*.APP_KEY',
        ],
        censor: '[ẩn]',
      },
      transport: {
        targets:
          app.inProduction || app.inTest ? [targets.file({ destination: 1 })] : [targets.pretty()],
      },
    },
  },
})

export default loggerConfig

declare module '@adonisjs/core/types' {
  export interface LoggersList extends InferLoggers<typeof loggerConfig> {}
}
