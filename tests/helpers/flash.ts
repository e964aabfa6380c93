import type { ApiResponse } from '@japa/api-client'

/** The flash messages of a response, typed loosely: tests read nested bags by field name. */
export function flashOf(response: ApiResponse): Record<string, any> {
  return (response.flashMessages() ?? {}) as Record<string, any>
}
