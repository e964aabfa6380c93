import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, transports } from '@adonisjs/mail'
import type { InferMailers } from '@adonisjs/mail/types'
import { FileMailTransport } from '#app/core/mail/file_mail_transport'

/*
 * E-mail for reminders and review notices, sent through @adonisjs/mail's
 * provider (registered in adonisrc.ts; the `mail` service). Production sends through SMTP
 * (MAIL_MAILER=smtp); development and tests store each message as a JSON
 * file (tmp/mail, or one folder per test process) so nobody is e-mailed
 * by accident and tests can read what was sent.
 */
const username = env.get('SMTP_USERNAME')

const mailConfig = defineConfig({
  default: env.get('MAIL_MAILER', 'file'),

  /* The sender every message shows; a real mailbox of the department in production. */
  from: { address: env.get('MAIL_FROM', 'hscm@localhost'), name: 'HSCM' },

  mailers: {
    smtp: transports.smtp({
      host: env.get('SMTP_HOST', '127.0.0.1'),
      port: env.get('SMTP_PORT', 587),
      /* No credentials → an open relay inside the department's network. */
      auth: username
        ? { type: 'login', user: username, pass: env.get('SMTP_PASSWORD')?.release() ?? '' }
        : undefined,
    }),

    file: () =>
      new FileMailTransport(
        app.makePath(
          env.get('MAIL_STORE_PATH', app.inTest ? `tmp/test-mail-${process.pid}` : 'tmp/mail')
        )
      ),
  },
})

export default mailConfig

declare module '@adonisjs/mail/types' {
  export interface MailersList extends InferMailers<typeof mailConfig> {}
}
