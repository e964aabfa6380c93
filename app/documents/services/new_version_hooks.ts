import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type Document from '#app/documents/models/document'
import type DocumentVersion from '#app/documents/models/document_version'
import type User from '#app/organization/models/user'

/*
 * What other modules must do when a version becomes current, done inside
 * the transaction that creates it, whatever created it (HTTP, a command, a
 * job): a hook that throws rolls the version back with it, and uploadVersion
 * removes the stored file. The documents module does not know the
 * workflow (dependencies point from workflow to documents), so the
 * workflow registers its consequence here (app/workflow/listeners).
 */
export interface NewVersionEvent {
  document: Document
  version: DocumentVersion
  uploader: User
  trx: TransactionClientContract
}

export type NewVersionHook = (event: NewVersionEvent) => Promise<void>

const hooks: NewVersionHook[] = []

export function onNewVersion(hook: NewVersionHook) {
  if (!hooks.includes(hook)) hooks.push(hook)
}

export async function runNewVersionHooks(event: NewVersionEvent) {
  for (const hook of hooks) await hook(event)
}
