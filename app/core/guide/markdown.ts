import { Marked } from 'marked'
import sanitizeHtml from 'sanitize-html'

/*
 * Guide text is written by us, but it is rendered as HTML, so it goes
 * through the same allow-list as anything else shown raw: a typo in a
 * guide can never become a script on the page.
 */
const marked = new Marked({ gfm: true, breaks: false, async: false })

const ALLOWED = {
  allowedTags: ['p', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'code', 'br'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
}

/** Markdown of a guide step or FAQ answer as safe HTML. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(marked.parse(source) as string, ALLOWED)
}
