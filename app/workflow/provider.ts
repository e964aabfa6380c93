import type { ApplicationService } from '@adonisjs/core/types'

/**
 * The workflow module's wiring at boot: its menu entries, its parts of the
 * documents, report and rule set pages, and its hook on the documents
 * module's new versions (run inside the transaction that creates each version).
 */
export default class WorkflowProvider {
  constructor(protected app: ApplicationService) {}

  async boot() {
    const { registerNavigation } = await import('#app/core/services/navigation')
    const { workflowNavigation } = await import('#app/workflow/navigation')
    const { extendDocumentPage, extendReportPage, extendRuleSetPage } =
      await import('#app/documents/services/document_page')
    const { documentPanel } = await import('#app/workflow/services/document_panel')
    const { versionDisputes } = await import('#app/workflow/services/finding_disputes')
    const { ruleEvidenceLookup } = await import('#app/workflow/services/rule_evidence')
    registerNavigation(workflowNavigation)
    /* pages/documents/show includes pages/workflow/partials/document_panel with this data. */
    extendDocumentPage('workflowPanel', documentPanel)
    /* A report's findings show their disputes (pages/workflow/partials/finding_dispute). */
    extendReportPage('disputes', versionDisputes)
    /* /admin/validators counts per message how often it fired, was disputed and overruled. */
    extendRuleSetPage('evidence', ruleEvidenceLookup)
  }

  /* After boot, with the other modules' services ready. */
  async start() {
    await import('#app/workflow/listeners/version_uploaded')
  }
}
