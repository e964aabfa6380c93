import emitter from '@adonisjs/core/services/emitter'
import User from '#app/organization/models/user'
import { recordNewVersion } from '#app/workflow/actions/record_new_version'

/*
 * The documents module announces each new version of an existing
 * document (it does not know the workflow: dependencies point from
 * workflow to documents). A new file needs its own approval, so a
 * returned, submitted or approved document goes back to draft.
 */
declare module '@adonisjs/core/types' {
  interface EventsList {
    'document:version_uploaded': { documentId: number; userId: number }
  }
}

emitter.on('document:version_uploaded', async ({ documentId, userId }) => {
  const user = await User.find(userId)
  if (user) await recordNewVersion(user, documentId)
})
