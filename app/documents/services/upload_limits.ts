import env from '#start/env'

/** Largest accepted file, in MB (UPLOAD_MAX_MB, default 20); config/bodyparser.ts allows a little more for the form fields. */
export function uploadMaxMb(): number {
  return env.get('UPLOAD_MAX_MB') ?? 20
}
