export const policies = {
  DocumentPolicy: () => import('#app/documents/policies/document_policy'),
  OrganizationDepartmentAdminPolicy: () => import('#app/organization/policies/department_admin_policy'),
  OrganizationSchoolAdminPolicy: () => import('#app/organization/policies/school_admin_policy'),
  OrganizationStaffPolicy: () => import('#app/organization/policies/staff_policy'),
  WorkflowFindingDisputePolicy: () => import('#app/workflow/policies/finding_dispute_policy'),
}

