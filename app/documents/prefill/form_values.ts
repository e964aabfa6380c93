/*
|--------------------------------------------------------------------------
| The confirm page's values: what the teacher typed, else what the file says
|--------------------------------------------------------------------------
|
| Only fields the kind's form asks are filled. A typed value always wins;
| a value read from the file is marked so the page can say "đọc từ tệp".
| The subject read as text becomes one of the subjects the person may
| choose, or nothing (never a subject outside their choices).
*/
import { fold, startsWithPhrase } from '#plugins/contract'
import { formFields, type DocumentKind, type MetadataField } from '#app/core/registries/kinds'
import type { ReadMetadata } from '#app/documents/prefill/read_metadata'
import type { TypedValues } from '#app/documents/models/pending_upload'

export interface PrefilledForm {
  values: Record<string, string>
  /** Fields whose value came from the file. */
  readFields: MetadataField[]
}

export function prefilledForm(
  kind: DocumentKind,
  typed: TypedValues,
  read: ReadMetadata,
  subjects: Array<{ id: number; name: string }>
): PrefilledForm {
  const fromFile: Partial<Record<MetadataField, string>> = {
    lessonTitle: read.lessonTitle,
    periods: read.periods?.toString(),
    grade: read.grade?.toString(),
    className: read.className,
    teachingWeek: read.teachingWeek?.toString(),
    teachingDate: read.teachingDate,
    subjectId: read.subjectText ? subjectIdFor(read.subjectText, subjects)?.toString() : undefined,
  }
  const values: Record<string, string> = { ...typed }
  const readFields: MetadataField[] = []
  for (const field of formFields(kind)) {
    const value = fromFile[field]
    if (!value || (typed[field] ?? '') !== '') continue
    values[field] = value
    readFields.push(field)
  }
  return { values, readFields }
}

/** "Khoa học tự nhiên" or "TOÁN" to the subject so named (the longest name that opens the text). */
function subjectIdFor(
  text: string,
  subjects: Array<{ id: number; name: string }>
): number | undefined {
  const key = fold(text)
  const named = subjects.filter((subject) => startsWithPhrase(key, fold(subject.name)))
  named.sort((a, b) => b.name.length - a.name.length)
  return named[0]?.id
}
