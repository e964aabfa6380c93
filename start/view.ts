/*
|--------------------------------------------------------------------------
| Edge globals shared by every template
|--------------------------------------------------------------------------
*/
import edge from 'edge.js'
import { DateTime } from 'luxon'
import { navigationFor } from '#app/core/services/navigation'

edge.global('navigation', navigationFor)

/** Dates as Vietnamese readers write them: 15/09/2025, 14:30. */
edge.global('formatDate', (value: DateTime | Date | null | undefined, withTime = false) => {
  if (!value) return ''
  const date = value instanceof DateTime ? value : DateTime.fromJSDate(value)
  return date.setZone('Asia/Ho_Chi_Minh').toFormat(withTime ? 'dd/MM/yyyy HH:mm' : 'dd/MM/yyyy')
})
