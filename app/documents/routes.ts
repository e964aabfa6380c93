/*
|--------------------------------------------------------------------------
| Documents routes: own plans, upload, versions, reports, search
|--------------------------------------------------------------------------
|
| Every route is for signed-in people; each controller action loads the
| record and authorizes it (DocumentPolicy) before reading anything else.
*/
import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'

router
  .group(() => {
    router.get('documents', [controllers.documents.Documents, 'index'])
    router.get('documents/new', [controllers.documents.Documents, 'create'])
    router.post('documents', [controllers.documents.Documents, 'store']).use(middleware.upload())
    /* The two-step upload: the file first, then the metadata read from it, confirmed. */
    router
      .group(() => {
        router.get('/', [controllers.documents.PendingUploads, 'index']).as('index')
        router
          .post('/', [controllers.documents.PendingUploads, 'store'])
          .as('store')
          .use(middleware.upload())
        router.get(':id', [controllers.documents.PendingUploads, 'show']).as('show')
        /* upload.js confirms with the form's multipart body (its file input disabled). */
        router
          .post(':id/confirm', [controllers.documents.PendingUploads, 'confirm'])
          .as('confirm')
          .use(middleware.upload())
        router.delete(':id', [controllers.documents.PendingUploads, 'destroy']).as('destroy')
      })
      .prefix('documents/pending')
      .as('documents.pending')
      .where('id', router.matchers.number())
    router
      .get('documents/uploads/progress', [controllers.documents.Documents, 'uploadProgress'])
      .as('documents.uploads.progress')
    router.get('documents/search', [controllers.documents.Search, 'index']).as('documents.search')
    router
      .get('documents/:id', [controllers.documents.Documents, 'show'])
      .where('id', router.matchers.number())

    router
      .group(() => {
        router.post('versions', [controllers.documents.Versions, 'store']).use(middleware.upload())
        router.get('versions/:number', [controllers.documents.Versions, 'show'])
        router
          .get('versions/:number/status', [controllers.documents.Versions, 'status'])
          .as('versions.status')
        router.get('versions/:number/preview', [controllers.documents.Versions, 'preview'])
        router
          .get('versions/:number/preview/images/:image', [
            controllers.documents.Versions,
            'previewImage',
          ])
          .where('image', router.matchers.number())
        router.get('versions/:number/download', [controllers.documents.Versions, 'download'])
        router.get('versions/:number/file', [controllers.documents.Versions, 'file'])
      })
      .prefix('documents/:id')
      .as('documents')
      .where('id', router.matchers.number())
      .where('number', router.matchers.number())

    /* The department's validator rule set per school year (department and system administrators). */
    router
      .get('admin/validators', [controllers.documents.ValidatorSettings, 'index'])
      .as('validators.index')
    router
      .put('admin/validators', [controllers.documents.ValidatorSettings, 'update'])
      .as('validators.update')
    /* A change is tried first (dry run, queued, with progress), then confirmed. */
    router
      .post('admin/validators/dry-runs', [controllers.documents.ValidatorDryRuns, 'store'])
      .as('validators.dry_runs.store')
    router
      .get('admin/validators/dry-runs/:id', [controllers.documents.ValidatorDryRuns, 'show'])
      .where('id', router.matchers.number())
      .as('validators.dry_runs.show')
    router
      .post('admin/validators/dry-runs/:id/confirm', [
        controllers.documents.ValidatorDryRuns,
        'confirm',
      ])
      .where('id', router.matchers.number())
      .as('validators.dry_runs.confirm')
  })
  .use([middleware.auth(), middleware.passwordChanged()])
