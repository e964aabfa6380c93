/** How notices and e-mails name a document: its lesson title or title. */
export function documentLabel(document: { title: string; lessonTitle?: string | null }) {
  return document.lessonTitle || document.title
}
