import { type DateTime, Settings } from 'luxon'

/**
 * Runs a step of the demo year as if it happened at `when`: every
 * timestamp the actions write (Lucid's autoCreate, events, notifications)
 * comes from Luxon's clock, so the real actions write back-dated rows.
 * Only for seeding, before the server serves anything (the clock is
 * process-wide).
 */
export async function backDated<T>(when: DateTime, step: () => Promise<T>): Promise<T> {
  const previous = Settings.now
  const at = when.toMillis()
  Settings.now = () => at
  try {
    return await step()
  } finally {
    Settings.now = previous
  }
}
