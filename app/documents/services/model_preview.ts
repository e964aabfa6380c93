/*
|--------------------------------------------------------------------------
| PDF preview as text: the document model read back as HTML
|--------------------------------------------------------------------------
|
| A PDF shows inline in a desktop browser, but phones often only offer to
| download it, and findings cannot point into it. The model the validators
| read (headings, paragraphs, tables, pages) is shown instead, as HTML that
| goes through the same sanitizer and gets the same anchors as a DOCX
| preview, so each finding links to the block it talks about.
*/
import escapeHtml from 'escape-html'
import type { Block, DocumentModel, TableBlock } from '#plugins/document_model'
import { sanitizeWithAnchors, type Preview } from './preview.js'

export function modelPreview(model: DocumentModel, pageLabel: (page: number) => string): Preview {
  const html = model.blocks.map((block) => blockHtml(block, pageLabel)).join('\n')
  return { ...sanitizeWithAnchors(html), imagesOmitted: 0 }
}

function blockHtml(block: Block, pageLabel: (page: number) => string): string {
  switch (block.type) {
    case 'heading': {
      /* Level 1 is an h2: the page's h1 is the document's title. */
      const tag = `h${Math.min(block.level + 1, 6)}`
      return `<${tag}>${escapeHtml(block.text)}</${tag}>`
    }
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`
    case 'table':
      return tableHtml(block)
    case 'pageBreak':
      return block.source.page
        ? `<hr><p><em>${escapeHtml(pageLabel(block.source.page))}</em></p>`
        : '<hr>'
  }
}

function tableHtml(table: TableBlock): string {
  const rows = table.rows.map((row) => {
    const cells = row.cells
      .filter((cell) => !cell.mergedFromAbove)
      .map((cell) => {
        const tag = row.isHeader ? 'th' : 'td'
        const spans = `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}`
        const lines = (cell.paragraphs.length ? cell.paragraphs : [cell.text])
          .map((line) => escapeHtml(line))
          .join('<br>')
        return `<${tag}${spans}>${lines}</${tag}>`
      })
    return `<tr>${cells.join('')}</tr>`
  })
  return `<table><tbody>${rows.join('')}</tbody></table>`
}
