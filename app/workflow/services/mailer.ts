import app from '@adonisjs/core/services/app'
import emitter from '@adonisjs/core/services/emitter'
import logger from '@adonisjs/core/services/logger'
import { configProvider } from '@adonisjs/core'
import { MailManager } from '@adonisjs/mail'
import mailConfig from '#config/mail'

/*
 * The mail manager built from config/mail.ts. Built here, on first use,
 * rather than by the package's provider, so the workflow module owns its
 * only dependency on e-mail.
 */
let manager: MailManager<any> | undefined

export async function mailManager() {
  if (!manager) {
    const config = await configProvider.resolve<any>(app, mailConfig)
    manager = new MailManager(emitter as any, config)
  }
  return manager
}

export interface OutgoingMail {
  to: string
  subject: string
  text: string
  html: string
}

/** Sends one message; a failure is logged, never thrown: the in-app notice is already saved. */
export async function sendMail(message: OutgoingMail) {
  try {
    const mail = await mailManager()
    await mail.send((m) => {
      m.to(message.to).subject(message.subject).text(message.text).html(message.html)
    })
    return true
  } catch (error) {
    logger.error({ err: error, to: message.to }, 'e-mail not sent')
    return false
  }
}
