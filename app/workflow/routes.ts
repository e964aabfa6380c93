/*
|--------------------------------------------------------------------------
| Workflow routes: submit, review, approve, report, inspect, dashboards
|--------------------------------------------------------------------------
|
| Every route is for signed-in people. Controllers call one action each and
| the action checks the rights itself (who reviews what is decided by the
| routing rules, not by which buttons a page showed).
*/
import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'

const id = router.matchers.number()

router
  .group(() => {
    router.post('documents/:id/submit', [controllers.workflow.Submissions, 'store']).where('id', id)
    router
      .post('documents/:id/withdraw', [controllers.workflow.Submissions, 'destroy'])
      .where('id', id)

    router.get('reviews', [controllers.workflow.Reviews, 'index'])
    router.post('reviews/bulk-approve', [controllers.workflow.BulkApprovals, 'store'])
    router.get('reviews/:id', [controllers.workflow.Reviews, 'show']).where('id', id)
    router.post('reviews/:id/approve', [controllers.workflow.Reviews, 'approve']).where('id', id)
    router.post('reviews/:id/return', [controllers.workflow.Reviews, 'sendBack']).where('id', id)
    router
      .post('reviews/:id/comments', [controllers.workflow.ReviewComments, 'store'])
      .where('id', id)
    router
      .post('reviews/:id/council-decision', [controllers.workflow.CouncilDecisions, 'store'])
      .where('id', id)

    /* "Báo kiểm tra chưa đúng": the owner disputes an error of a version; its reviewer decides. */
    router
      .post('documents/:id/versions/:number/disputes', [
        controllers.workflow.FindingDisputes,
        'store',
      ])
      .where('id', id)
      .where('number', id)
      .as('disputes.store')
    router
      .post('reviews/:id/disputes/:disputeId/accept', [
        controllers.workflow.FindingDisputes,
        'accept',
      ])
      .where('id', id)
      .where('disputeId', id)
      .as('disputes.accept')
    router
      .post('reviews/:id/disputes/:disputeId/uphold', [
        controllers.workflow.FindingDisputes,
        'uphold',
      ])
      .where('id', id)
      .where('disputeId', id)
      .as('disputes.uphold')

    router.get('inspection', [controllers.workflow.Inspection, 'index'])
    router.get('inspection/:id', [controllers.workflow.Inspection, 'show']).where('id', id)
    router
      .post('inspection/:id/notes', [controllers.workflow.InspectionNotes, 'store'])
      .where('id', id)

    router.get('dashboard', [controllers.workflow.Dashboard, 'show'])
    router.get('dashboard/export/:table', [controllers.workflow.Dashboard, 'export'])

    router.get('deadlines', [controllers.workflow.DeadlineViews, 'show']).as('deadlines.show')
    router
      .get('deadlines/detail', [controllers.workflow.DeadlineViews, 'detail'])
      .as('deadlines.detail')
    router
      .get('deadlines/export/:table', [controllers.workflow.DeadlineViews, 'export'])
      .as('deadlines.export')

    router.get('notifications', [controllers.workflow.Notifications, 'index'])
    router
      .get('notifications/:id/open', [controllers.workflow.Notifications, 'open'])
      .where('id', id)
    router.post('notifications/read-all', [controllers.workflow.Notifications, 'readAll'])
    router.post('notifications/email', [controllers.workflow.Notifications, 'emailPreference'])

    /* The evidence behind the rule set's counts on /admin/validators (documents module's page). */
    router
      .get('admin/validators/cases', [controllers.workflow.RuleEvidence, 'cases'])
      .as('validators.cases')
    router
      .get('admin/validators/evidence.xlsx', [controllers.workflow.RuleEvidence, 'export'])
      .as('validators.evidence')

    router.get('workflow/settings', [controllers.workflow.WorkflowSettings, 'edit'])
    router.put('workflow/settings', [controllers.workflow.WorkflowSettings, 'update'])
  })
  .use([middleware.auth(), middleware.passwordChanged()])
