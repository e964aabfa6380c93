import i18nManager from '@adonisjs/i18n/services/main'
import { staticRead } from '#app/core/services/static_reads'
import Subject from '#app/organization/models/subject'
import type Document from '#app/documents/models/document'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { indexDocument } from './search_index.js'

/** Indexes what a searcher may type: the kind's name, the subject, title, lesson, class and the file's text. */
export async function indexDocumentWithText(
  document: Document,
  extractedText: string | null,
  trx: TransactionClientContract
) {
  const subject = document.subjectId
    ? await staticRead(`subject:${document.subjectId}`, () =>
        Subject.find(document.subjectId!, { client: trx })
      )
    : null
  const kindTitle = i18nManager.locale('vi').t(`documents.kinds.${document.kind}`)
  await indexDocument(
    document.id,
    [
      kindTitle,
      subject?.name,
      document.title,
      document.lessonTitle,
      document.className,
      extractedText,
    ],
    trx
  )
}
