import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createTransport } from 'nodemailer'
import { MailResponse } from '@adonisjs/mail'
import type { MailTransportContract, NodeMailerMessage } from '@adonisjs/mail/types'

export interface StoredMail {
  to: string[]
  subject: string
  text: string
  html: string
}

/**
 * A transport that stores each message as a JSON file instead of sending
 * it (development and tests). nodemailer's JSON transport builds the
 * message exactly as SMTP would receive it.
 */
export class FileMailTransport implements MailTransportContract {
  #builder = createTransport({ jsonTransport: true })
  #sequence = 0

  constructor(readonly directory: string) {}

  async send(message: NodeMailerMessage) {
    const built = await this.#builder.sendMail(message)
    const json = JSON.parse(String(built.message))
    const stored: StoredMail = {
      to: (json.to ?? []).map((address: { address: string }) => address.address),
      subject: json.subject ?? '',
      text: json.text ?? '',
      html: json.html ?? '',
    }
    await mkdir(this.directory, { recursive: true })
    this.#sequence += 1
    const name = `${Date.now()}-${String(this.#sequence).padStart(5, '0')}.json`
    await writeFile(join(this.directory, name), JSON.stringify(stored, null, 2))
    return new MailResponse(built.messageId, built.envelope, built)
  }
}

/** The messages stored in a folder, oldest first. */
export async function storedMails(directory: string): Promise<StoredMail[]> {
  const names = await readdir(directory).catch(() => [] as string[])
  const sorted = names.filter((name) => name.endsWith('.json')).sort()
  return Promise.all(
    sorted.map(async (name) => JSON.parse(await readFile(join(directory, name), 'utf8')))
  )
}

export async function clearStoredMails(directory: string) {
  /* Retried: a message still being written makes a single rm fail with ENOTEMPTY. */
  await rm(directory, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })
}
