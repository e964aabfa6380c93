/*
|--------------------------------------------------------------------------
| Positioned text items → visual lines split into segments
|--------------------------------------------------------------------------
|
| Items whose baselines (nearly) coincide form one visual line, read left
| to right. A wide horizontal gap inside a line (wider than any word space)
| splits it into segments: the cells of a table row, or the two halves of
| a header block. Ordinary text lines have a single segment.
*/
import type { PdfTextItem } from './pdf_text_items.js'

export interface PdfSegment {
  text: string
  /** Left and right edges in points. */
  x: number
  right: number
}

export interface PdfLine {
  segments: PdfSegment[]
  /** Baseline, in points from the top of the page. */
  y: number
  /** Largest font size on the line. */
  size: number
  /** 0-based line number on its page. */
  index: number
}

/** Baselines closer than this (× font size) belong to the same line (sub/superscripts included). */
const SAME_LINE = 0.4
/** A gap wider than this (× font size) separates segments; a word space is about 0.25–0.35. */
export const SEGMENT_GAP = 0.7
/** A gap wider than this (× font size) between two items of one segment is a space. */
const WORD_GAP = 0.1
/** Word widths are estimated from the average character width: a word must fit with this much to spare. */
const FIT_MARGIN = 1.3

export function pageLines(items: PdfTextItem[]): PdfLine[] {
  const sorted = items.flatMap(splitAtTypedGaps).sort((a, b) => a.y - b.y || a.x - b.x)
  const groups: PdfTextItem[][] = []
  for (const item of sorted) {
    const group = groups.at(-1)
    if (group && item.y - group[0].y <= SAME_LINE * Math.max(item.size, group[0].size))
      group.push(item)
    else groups.push([item])
  }
  return groups.map((group, index) => toLine(group, index))
}

/** Three or more spaces, or a tab, typed inside one text item. */
const TYPED_GAP = /\s{3,}|\t/

/**
 * Word exports a line laid out with typed spaces ("NHÓM TRƯỞNG      TỔ
 * TRƯỞNG") as one text item, where a table would give one item per cell.
 * Such an item is cut at each run of spaces, every piece placed where its
 * characters fall (by the item's mean character width), so the line splits
 * into segments like a laid-out one when the gap is wide enough.
 */
function splitAtTypedGaps(item: PdfTextItem): PdfTextItem[] {
  if (!TYPED_GAP.test(item.text)) return [item]
  const charWidth = item.width / Math.max(item.text.length, 1)
  const pieces: PdfTextItem[] = []
  for (const match of item.text.matchAll(/\S+(?:[ \u00a0]{1,2}\S+)*/g)) {
    const x = item.x + match.index * charWidth
    pieces.push({ ...item, text: match[0], x, width: match[0].length * charWidth })
  }
  return pieces
}

/** A repeat of the same text closer than this (× font size) is the same text drawn again. */
const OVERPRINT = 0.12

/**
 * Fake bold draws a run twice (or more), a fraction of a point apart: the
 * text layer holds every bold word or glyph twice ("I. Mục tiêuI. Mục
 * tiêu", "MMụụcc"). Of items with the same text starting (nearly) at the
 * same place on a line, the first is kept. Two real letters in a row are a
 * glyph's width apart, far more than any overprint offset.
 */
export function withoutOverprint(items: PdfTextItem[]): PdfTextItem[] {
  const kept: PdfTextItem[] = []
  for (const item of items) {
    const tolerance = OVERPRINT * item.size
    let repeat = false
    for (let k = kept.length - 1; k >= 0 && item.x - kept[k].x <= tolerance; k--) {
      if (kept[k].text === item.text) {
        repeat = true
        break
      }
    }
    if (!repeat) kept.push(item)
  }
  return kept
}

function toLine(group: PdfTextItem[], index: number): PdfLine {
  const items = withoutOverprint(group.sort((a, b) => a.x - b.x))
  const size = Math.max(...items.map((i) => i.size))
  const segments: PdfSegment[] = []
  let current: PdfSegment | undefined
  for (const item of items) {
    const gap = current ? item.x - current.right : 0
    if (!current || gap > SEGMENT_GAP * size) {
      current = { text: item.text, x: item.x, right: item.x + item.width }
      segments.push(current)
      continue
    }
    const space = gap > WORD_GAP * size && !/\s$/.test(current.text) && !/^\s/.test(item.text)
    current.text += (space ? ' ' : '') + item.text
    current.right = Math.max(current.right, item.x + item.width)
  }
  for (const segment of segments) segment.text = segment.text.trim()
  return { segments, y: items[0].y, size, index }
}

/** The whole line as text, segments separated by a space. */
export function lineText(line: PdfLine): string {
  return line.segments.map((s) => s.text).join(' ')
}

/**
 * Whether the first word of `next` would have fitted at the end of
 * `above` before `rightEdge`. When it would, the line was broken on
 * purpose; when not, it may have wrapped. `rightEdge` is where the widest
 * text ends, at or before the true margin or cell edge.
 */
export function firstWordFits(above: PdfSegment, next: PdfSegment, rightEdge: number): boolean {
  const charWidth = (next.right - next.x) / Math.max(next.text.length, 1)
  const firstWord = next.text.split(/\s/, 1)[0]
  return above.right + (firstWord.length + 1) * charWidth * FIT_MARGIN <= rightEdge
}
