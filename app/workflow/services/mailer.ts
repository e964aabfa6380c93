import logger from '@adonisjs/core/services/logger'
import mail from '@adonisjs/mail/services/main'

/* E-mail goes through @adonisjs/mail (config/mail.ts): SMTP in production, files in development and tests. */

export interface OutgoingMail {
  to: string
  subject: string
  text: string
  html: string
}

/** Sends one message; a failure is logged, never thrown: the in-app notice is already saved. */
export async function sendMail(message: OutgoingMail) {
  try {
    await mail.send((m) => {
      m.to(message.to).subject(message.subject).text(message.text).html(message.html)
    })
    return true
  } catch (error) {
    logger.error({ err: error, to: message.to }, 'e-mail not sent')
    return false
  }
}
