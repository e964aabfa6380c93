import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'guide.index': { paramsTuple?: []; params?: {} }
    'guide.show': { paramsTuple: [ParamValue]; params: {'role': ParamValue} }
    'guide.screenshot': { paramsTuple: [ParamValue,ParamValue]; params: {'role': ParamValue,'file': ParamValue} }
    'guide.dismiss_welcome': { paramsTuple?: []; params?: {} }
    'support.edit': { paramsTuple?: []; params?: {} }
    'support.update': { paramsTuple?: []; params?: {} }
    'health.alive': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'account.password.edit': { paramsTuple?: []; params?: {} }
    'account.password.update': { paramsTuple?: []; params?: {} }
    'admin.show': { paramsTuple?: []; params?: {} }
    'school_groups.index': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'school_groups.store': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'school_groups.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'groupId': ParamValue} }
    'school_groups.update': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'groupId': ParamValue} }
    'school_groups.update_status': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'groupId': ParamValue} }
    'subgroups.store': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'groupId': ParamValue} }
    'subgroups.edit': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'schoolId': ParamValue,'groupId': ParamValue,'subgroupId': ParamValue} }
    'subgroups.update': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'schoolId': ParamValue,'groupId': ParamValue,'subgroupId': ParamValue} }
    'subgroups.update_status': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'schoolId': ParamValue,'groupId': ParamValue,'subgroupId': ParamValue} }
    'school_classes.index': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'school_classes.store': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'school_classes.store_batch': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'school_classes.update': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'classId': ParamValue} }
    'school_classes.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'classId': ParamValue} }
    'staff.index': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'staff.store': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'staff_roles.index': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'userId': ParamValue} }
    'staff_roles.store': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'userId': ParamValue} }
    'staff_roles.destroy': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'schoolId': ParamValue,'userId': ParamValue,'assignmentId': ParamValue} }
    'staff_teaching.update': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'schoolId': ParamValue,'userId': ParamValue,'assignmentId': ParamValue} }
    'staff_accounts.reset_password': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'userId': ParamValue} }
    'staff_accounts.update_status': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'userId': ParamValue} }
    'staff_imports.template': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'staff_imports.create': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'staff_imports.store': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'staff_imports.show': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'batchId': ParamValue} }
    'staff_imports.confirm': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'batchId': ParamValue} }
    'staff_imports.passwords': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'batchId': ParamValue} }
    'department_schools.index': { paramsTuple?: []; params?: {} }
    'department_schools.store': { paramsTuple?: []; params?: {} }
    'department_schools.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'department_schools.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'department_units.index': { paramsTuple?: []; params?: {} }
    'department_units.store': { paramsTuple?: []; params?: {} }
    'department_units.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'department_units.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'specialists.index': { paramsTuple?: []; params?: {} }
    'specialists.store': { paramsTuple?: []; params?: {} }
    'specialists.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'school_years.index': { paramsTuple?: []; params?: {} }
    'school_years.store': { paramsTuple?: []; params?: {} }
    'school_years.make_current': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'school_year_holidays.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'school_year_holidays.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'documents.index': { paramsTuple?: []; params?: {} }
    'documents.create': { paramsTuple?: []; params?: {} }
    'documents.store': { paramsTuple?: []; params?: {} }
    'documents.pending.index': { paramsTuple?: []; params?: {} }
    'documents.pending.store': { paramsTuple?: []; params?: {} }
    'documents.pending.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'documents.pending.confirm': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'documents.pending.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'documents.uploads.progress': { paramsTuple?: []; params?: {} }
    'documents.search': { paramsTuple?: []; params?: {} }
    'documents.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'documents.versions.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'documents.versions.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'number': ParamValue} }
    'documents.versions.status': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'number': ParamValue} }
    'documents.versions.preview': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'number': ParamValue} }
    'documents.versions.preview_image': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'id': ParamValue,'number': ParamValue,'image': ParamValue} }
    'documents.versions.download': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'number': ParamValue} }
    'documents.versions.file': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'number': ParamValue} }
    'validators.index': { paramsTuple?: []; params?: {} }
    'validators.update': { paramsTuple?: []; params?: {} }
    'validators.dry_runs.store': { paramsTuple?: []; params?: {} }
    'validators.dry_runs.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'validators.dry_runs.confirm': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'submissions.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'submissions.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'reviews.index': { paramsTuple?: []; params?: {} }
    'bulk_approvals.store': { paramsTuple?: []; params?: {} }
    'reviews.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'reviews.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'reviews.send_back': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'review_comments.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'council_decisions.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'disputes.store': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'number': ParamValue} }
    'disputes.accept': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'disputeId': ParamValue} }
    'disputes.uphold': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'disputeId': ParamValue} }
    'inspection.index': { paramsTuple?: []; params?: {} }
    'inspection.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'inspection_notes.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'dashboard.show': { paramsTuple?: []; params?: {} }
    'dashboard.export': { paramsTuple: [ParamValue]; params: {'table': ParamValue} }
    'deadlines.show': { paramsTuple?: []; params?: {} }
    'deadlines.detail': { paramsTuple?: []; params?: {} }
    'deadlines.export': { paramsTuple: [ParamValue]; params: {'table': ParamValue} }
    'notifications.index': { paramsTuple?: []; params?: {} }
    'notifications.open': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'notifications.read_all': { paramsTuple?: []; params?: {} }
    'notifications.email_preference': { paramsTuple?: []; params?: {} }
    'validators.cases': { paramsTuple?: []; params?: {} }
    'validators.evidence': { paramsTuple?: []; params?: {} }
    'workflow_settings.edit': { paramsTuple?: []; params?: {} }
    'workflow_settings.update': { paramsTuple?: []; params?: {} }
  }
  GET: {
    'guide.index': { paramsTuple?: []; params?: {} }
    'guide.show': { paramsTuple: [ParamValue]; params: {'role': ParamValue} }
    'guide.screenshot': { paramsTuple: [ParamValue,ParamValue]; params: {'role': ParamValue,'file': ParamValue} }
    'support.edit': { paramsTuple?: []; params?: {} }
    'health.alive': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'account.password.edit': { paramsTuple?: []; params?: {} }
    'admin.show': { paramsTuple?: []; params?: {} }
    'school_groups.index': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'school_groups.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'groupId': ParamValue} }
    'subgroups.edit': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'schoolId': ParamValue,'groupId': ParamValue,'subgroupId': ParamValue} }
    'school_classes.index': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'staff.index': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'staff_roles.index': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'userId': ParamValue} }
    'staff_imports.template': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'staff_imports.create': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'staff_imports.show': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'batchId': ParamValue} }
    'staff_imports.passwords': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'batchId': ParamValue} }
    'department_schools.index': { paramsTuple?: []; params?: {} }
    'department_schools.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'department_units.index': { paramsTuple?: []; params?: {} }
    'department_units.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'specialists.index': { paramsTuple?: []; params?: {} }
    'school_years.index': { paramsTuple?: []; params?: {} }
    'school_year_holidays.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'documents.index': { paramsTuple?: []; params?: {} }
    'documents.create': { paramsTuple?: []; params?: {} }
    'documents.pending.index': { paramsTuple?: []; params?: {} }
    'documents.pending.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'documents.uploads.progress': { paramsTuple?: []; params?: {} }
    'documents.search': { paramsTuple?: []; params?: {} }
    'documents.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'documents.versions.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'number': ParamValue} }
    'documents.versions.status': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'number': ParamValue} }
    'documents.versions.preview': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'number': ParamValue} }
    'documents.versions.preview_image': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'id': ParamValue,'number': ParamValue,'image': ParamValue} }
    'documents.versions.download': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'number': ParamValue} }
    'documents.versions.file': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'number': ParamValue} }
    'validators.index': { paramsTuple?: []; params?: {} }
    'validators.dry_runs.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'reviews.index': { paramsTuple?: []; params?: {} }
    'reviews.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'inspection.index': { paramsTuple?: []; params?: {} }
    'inspection.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'dashboard.show': { paramsTuple?: []; params?: {} }
    'dashboard.export': { paramsTuple: [ParamValue]; params: {'table': ParamValue} }
    'deadlines.show': { paramsTuple?: []; params?: {} }
    'deadlines.detail': { paramsTuple?: []; params?: {} }
    'deadlines.export': { paramsTuple: [ParamValue]; params: {'table': ParamValue} }
    'notifications.index': { paramsTuple?: []; params?: {} }
    'notifications.open': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'validators.cases': { paramsTuple?: []; params?: {} }
    'validators.evidence': { paramsTuple?: []; params?: {} }
    'workflow_settings.edit': { paramsTuple?: []; params?: {} }
  }
  HEAD: {
    'guide.index': { paramsTuple?: []; params?: {} }
    'guide.show': { paramsTuple: [ParamValue]; params: {'role': ParamValue} }
    'guide.screenshot': { paramsTuple: [ParamValue,ParamValue]; params: {'role': ParamValue,'file': ParamValue} }
    'support.edit': { paramsTuple?: []; params?: {} }
    'health.alive': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'account.password.edit': { paramsTuple?: []; params?: {} }
    'admin.show': { paramsTuple?: []; params?: {} }
    'school_groups.index': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'school_groups.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'groupId': ParamValue} }
    'subgroups.edit': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'schoolId': ParamValue,'groupId': ParamValue,'subgroupId': ParamValue} }
    'school_classes.index': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'staff.index': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'staff_roles.index': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'userId': ParamValue} }
    'staff_imports.template': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'staff_imports.create': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'staff_imports.show': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'batchId': ParamValue} }
    'staff_imports.passwords': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'batchId': ParamValue} }
    'department_schools.index': { paramsTuple?: []; params?: {} }
    'department_schools.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'department_units.index': { paramsTuple?: []; params?: {} }
    'department_units.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'specialists.index': { paramsTuple?: []; params?: {} }
    'school_years.index': { paramsTuple?: []; params?: {} }
    'school_year_holidays.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'documents.index': { paramsTuple?: []; params?: {} }
    'documents.create': { paramsTuple?: []; params?: {} }
    'documents.pending.index': { paramsTuple?: []; params?: {} }
    'documents.pending.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'documents.uploads.progress': { paramsTuple?: []; params?: {} }
    'documents.search': { paramsTuple?: []; params?: {} }
    'documents.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'documents.versions.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'number': ParamValue} }
    'documents.versions.status': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'number': ParamValue} }
    'documents.versions.preview': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'number': ParamValue} }
    'documents.versions.preview_image': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'id': ParamValue,'number': ParamValue,'image': ParamValue} }
    'documents.versions.download': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'number': ParamValue} }
    'documents.versions.file': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'number': ParamValue} }
    'validators.index': { paramsTuple?: []; params?: {} }
    'validators.dry_runs.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'reviews.index': { paramsTuple?: []; params?: {} }
    'reviews.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'inspection.index': { paramsTuple?: []; params?: {} }
    'inspection.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'dashboard.show': { paramsTuple?: []; params?: {} }
    'dashboard.export': { paramsTuple: [ParamValue]; params: {'table': ParamValue} }
    'deadlines.show': { paramsTuple?: []; params?: {} }
    'deadlines.detail': { paramsTuple?: []; params?: {} }
    'deadlines.export': { paramsTuple: [ParamValue]; params: {'table': ParamValue} }
    'notifications.index': { paramsTuple?: []; params?: {} }
    'notifications.open': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'validators.cases': { paramsTuple?: []; params?: {} }
    'validators.evidence': { paramsTuple?: []; params?: {} }
    'workflow_settings.edit': { paramsTuple?: []; params?: {} }
  }
  POST: {
    'guide.dismiss_welcome': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'school_groups.store': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'subgroups.store': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'groupId': ParamValue} }
    'school_classes.store': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'school_classes.store_batch': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'staff.store': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'staff_roles.store': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'userId': ParamValue} }
    'staff_accounts.reset_password': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'userId': ParamValue} }
    'staff_imports.store': { paramsTuple: [ParamValue]; params: {'schoolId': ParamValue} }
    'staff_imports.confirm': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'batchId': ParamValue} }
    'department_schools.store': { paramsTuple?: []; params?: {} }
    'department_units.store': { paramsTuple?: []; params?: {} }
    'specialists.store': { paramsTuple?: []; params?: {} }
    'school_years.store': { paramsTuple?: []; params?: {} }
    'documents.store': { paramsTuple?: []; params?: {} }
    'documents.pending.store': { paramsTuple?: []; params?: {} }
    'documents.pending.confirm': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'documents.versions.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'validators.dry_runs.store': { paramsTuple?: []; params?: {} }
    'validators.dry_runs.confirm': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'submissions.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'submissions.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'bulk_approvals.store': { paramsTuple?: []; params?: {} }
    'reviews.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'reviews.send_back': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'review_comments.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'council_decisions.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'disputes.store': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'number': ParamValue} }
    'disputes.accept': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'disputeId': ParamValue} }
    'disputes.uphold': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'disputeId': ParamValue} }
    'inspection_notes.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'notifications.read_all': { paramsTuple?: []; params?: {} }
    'notifications.email_preference': { paramsTuple?: []; params?: {} }
  }
  PUT: {
    'support.update': { paramsTuple?: []; params?: {} }
    'account.password.update': { paramsTuple?: []; params?: {} }
    'school_groups.update': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'groupId': ParamValue} }
    'school_groups.update_status': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'groupId': ParamValue} }
    'subgroups.update': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'schoolId': ParamValue,'groupId': ParamValue,'subgroupId': ParamValue} }
    'subgroups.update_status': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'schoolId': ParamValue,'groupId': ParamValue,'subgroupId': ParamValue} }
    'school_classes.update': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'classId': ParamValue} }
    'staff_teaching.update': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'schoolId': ParamValue,'userId': ParamValue,'assignmentId': ParamValue} }
    'staff_accounts.update_status': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'userId': ParamValue} }
    'department_schools.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'department_units.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'specialists.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'school_years.make_current': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'school_year_holidays.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'validators.update': { paramsTuple?: []; params?: {} }
    'workflow_settings.update': { paramsTuple?: []; params?: {} }
  }
  DELETE: {
    'school_classes.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'schoolId': ParamValue,'classId': ParamValue} }
    'staff_roles.destroy': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'schoolId': ParamValue,'userId': ParamValue,'assignmentId': ParamValue} }
    'documents.pending.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}