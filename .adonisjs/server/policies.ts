export const policies = {
  DocumentPolicy: () => import('#app/documents/policies/document_policy'),
}

