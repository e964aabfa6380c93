/*
|--------------------------------------------------------------------------
| PDF bytes → positioned text items, page by page (pdf.js)
|--------------------------------------------------------------------------
|
| pdf-parse's getText flattens a page to a string and loses where each
| piece of text sits, which is what tables are rebuilt from. So pages are
| read with pdf.js directly (the same pdfjs-dist build pdf-parse uses):
| one getTextContent() per page, the same work getText does, and every
| item keeps its position. Coordinates are turned top-down (y grows down
| the page, like reading order) through the page viewport.
|
| Text set at a slant (neither horizontal nor vertical) is a watermark
| ("TÀI LIỆU THAM KHẢO" across the page), never the document's own text:
| it is left out, so it neither cuts paragraphs and tables nor passes for
| the text of a scan.
*/
import {
  getDocument,
  VerbosityLevel,
  type PDFDocumentProxy,
  type PDFPageProxy,
} from 'pdfjs-dist/legacy/build/pdf.mjs'
import { ParseRefusal } from './parse_refusal.js'

export interface PdfTextItem {
  text: string
  /** Left edge of the text, in points from the left of the page. */
  x: number
  /** Baseline, in points from the top of the page. */
  y: number
  width: number
  /** Font size in points (the item's height on the page). */
  size: number
}

export interface PdfPages {
  /** Text items of each page, in content-stream order; whitespace-only items are dropped. */
  pages: PdfTextItem[][]
}

export async function readPdfTextItems(bytes: Uint8Array, maxPages: number): Promise<PdfPages> {
  const document = await getDocument({
    data: new Uint8Array(bytes),
    verbosity: VerbosityLevel.ERRORS,
    // Uploaded files are untrusted: no code generated from font programs.
    isEvalSupported: false,
  }).promise
  try {
    if (document.numPages > maxPages)
      throw new ParseRefusal('rejected', 'too_many_pages', 'parsing.too_many_pages')
    const pages: PdfTextItem[][] = []
    for (let number = 1; number <= document.numPages; number++)
      pages.push(await pageItems(document, number))
    return { pages }
  } finally {
    await document.destroy()
  }
}

async function pageItems(document: PDFDocumentProxy, number: number): Promise<PdfTextItem[]> {
  const page: PDFPageProxy = await document.getPage(number)
  const viewport = page.getViewport({ scale: 1 })
  const content = await page.getTextContent()
  const items: PdfTextItem[] = []
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue
    const [a, b, c, d, e, f] = item.transform as number[]
    if (isSlanted(a, b)) continue
    const [x, y] = viewport.convertToViewportPoint(e, f)
    const size = item.height || Math.hypot(c, d) || Math.hypot(a, b)
    items.push({ text: item.str, x, y, width: item.width, size })
  }
  page.cleanup()
  return items
}

/** Angles (degrees) within this of horizontal or vertical are upright text (landscape pages and vertical headers included). */
const UPRIGHT_TOLERANCE = 10

function isSlanted(a: number, b: number): boolean {
  const angle = Math.abs((Math.atan2(b, a) * 180) / Math.PI) % 90
  return angle > UPRIGHT_TOLERANCE && angle < 90 - UPRIGHT_TOLERANCE
}
