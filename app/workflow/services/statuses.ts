/*
 * The workflow's words for a document's life: nháp → đã nộp → đã duyệt
 * or trả lại → (new version) → nháp … The status column lives on the
 * documents table; only the actions in app/workflow/actions change it.
 */
export type { DocumentStatus } from '#app/documents/models/document'
export type { DocumentKind } from '#app/documents/kinds'
import type { DocumentKind } from '#app/documents/kinds'

export const TEACHER_KINDS: readonly DocumentKind[] = ['pl3', 'pl4']
export const GROUP_KINDS: readonly DocumentKind[] = ['pl1', 'pl2']
/** Plans due by the school year's deadline (15/9 by default); lesson plans are due before their lesson. */
export const YEARLY_KINDS: readonly DocumentKind[] = ['school_plan', 'pl1', 'pl2', 'pl3']
