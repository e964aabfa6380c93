import { onNewVersion } from '#app/documents/services/new_version_hooks'
import { recordNewVersion } from '#app/workflow/actions/record_new_version'

/*
 * A new file needs its own approval, so a returned, submitted or approved
 * document goes back to draft, in the transaction that creates the version
 * (the documents module runs this hook on every path that creates one).
 */
onNewVersion(async ({ document, uploader, trx }) => {
  await recordNewVersion(uploader, document, trx)
})
