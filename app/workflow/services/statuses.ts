/*
 * The workflow's words for a document's life: nháp → đã nộp → đã duyệt
 * or trả lại → (new version) → nháp … The status column lives on the
 * documents table; only the actions in app/workflow/actions change it.
 */
export type { DocumentStatus } from '#app/documents/models/document'
export type { DocumentKind } from '#app/core/registries/kinds'
