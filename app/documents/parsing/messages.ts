import { vietnamese } from '#app/core/services/texts'

/*
|--------------------------------------------------------------------------
| What the user reads when an upload cannot be parsed
|--------------------------------------------------------------------------
|
| One message per refusal, each saying what happened and what to do next,
| in resources/lang/vi/documents.json (documents.parsing.*). Parser results
| carry only the key; the text is looked up when it is shown.
*/

export const PARSING_MESSAGE_KEYS = [
  'parsing.empty',
  'parsing.legacy_doc',
  'parsing.legacy_doc_conversion_failed',
  'parsing.image',
  'parsing.zip_not_docx',
  'parsing.corrupt',
  'parsing.lock_file',
  'parsing.unknown',
  'parsing.encrypted',
  'parsing.too_large',
  'parsing.unsafe_xml',
  'parsing.too_many_pages',
  'parsing.no_text_layer',
  'parsing.timeout',
  'parsing.failed',
] as const

export type ParsingMessageKey = (typeof PARSING_MESSAGE_KEYS)[number]

export function parsingMessage(key: ParsingMessageKey): string {
  return vietnamese().t(`documents.${key}`)
}
