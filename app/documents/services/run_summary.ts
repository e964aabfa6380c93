import type ValidationRun from '#app/documents/models/validation_run'

export interface RunSummary {
  /** CSS badge variant. */
  variant: 'success' | 'error' | 'warning' | 'info'
  /** i18n key under documents.result and its data. */
  key: string
  data: Record<string, number>
}

/** "Đạt" / "2 lỗi, 1 cảnh báo" / "Không đọc được nội dung — cần kiểm tra thủ công" / "Chưa có kết quả". */
export function summarizeRun(run: ValidationRun | null | undefined): RunSummary {
  if (!run) return { variant: 'info', key: 'documents.result.pending', data: {} }
  const data = { errors: run.errors, warnings: run.warnings }
  if (run.status === 'unreadable')
    return { variant: 'warning', key: 'documents.result.unreadable', data }
  if (run.status === 'failed') return { variant: 'error', key: 'documents.result.failed', data }
  if (run.warnings > 0) return { variant: 'warning', key: 'documents.result.warningsOnly', data }
  return { variant: 'success', key: 'documents.result.passed', data }
}

export const STATUS_BADGES: Record<string, RunSummary['variant']> = {
  draft: 'info',
  submitted: 'warning',
  approved: 'success',
  returned: 'error',
}
