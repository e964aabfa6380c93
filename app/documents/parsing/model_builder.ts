/*
|--------------------------------------------------------------------------
| Collects blocks in reading order and produces the DocumentModel
|--------------------------------------------------------------------------
*/
import type {
  Block,
  DocumentFormat,
  DocumentModel,
  HeadingBlock,
  ListInfo,
  ParagraphBlock,
  SourcePosition,
  TableRow,
} from '../../../plugins/document_model.js'
import { inferHeadingLevel, numberingPrefix } from './heading_inference.js'
import { normalizeText } from './text_normalization.js'

/** Bump when the model built from the same bytes changes: stored models are then rebuilt. */
export const PARSER_VERSION = '1.3.1'

type WithoutIndex<T> = T extends Block ? Omit<T, 'index'> : never

export interface TextLine {
  raw: string
  source: SourcePosition
  styleName?: string | null
  bold?: boolean
  list?: ListInfo
}

export class ModelBuilder {
  readonly blocks: Block[] = []
  readonly warnings: string[] = []

  add(block: WithoutIndex<Block>): void {
    this.blocks.push({ ...block, index: this.blocks.length } as Block)
  }

  /** A line of body text: becomes a heading or a paragraph. Empty lines are dropped. */
  addLine(line: TextLine, text = normalizeText(line.raw)): void {
    if (!text) return
    const level = inferHeadingLevel({ text, styleName: line.styleName, bold: line.bold })
    const list = line.list ?? manualNumbering(text)
    const common = {
      text,
      raw: line.raw,
      source: line.source,
      ...(line.styleName ? { style: line.styleName } : {}),
      ...(list ? { list } : {}),
    }
    if (level) this.add({ type: 'heading', level, ...common } satisfies WithoutIndex<HeadingBlock>)
    else
      this.add({
        type: 'paragraph',
        ...common,
        ...(line.bold ? { bold: true } : {}),
      } satisfies WithoutIndex<ParagraphBlock>)
  }

  addPageBreak(source: SourcePosition): void {
    if (this.blocks.at(-1)?.type === 'pageBreak') return
    this.add({ type: 'pageBreak', source })
  }

  build(format: DocumentFormat, extra: Partial<DocumentModel> = {}): DocumentModel {
    return {
      format,
      parserVersion: PARSER_VERSION,
      blocks: this.blocks,
      text: modelText(this.blocks),
      warnings: this.warnings,
      ...extra,
    }
  }
}

/** Numbering typed into the text ("II.", "2.1.", "a)"): the label as written, the text keeps it. */
function manualNumbering(text: string): ListInfo | undefined {
  const prefix = numberingPrefix(text)
  return prefix ? { level: prefix.level - 1, ordered: true, label: prefix.label } : undefined
}

function modelText(blocks: Block[]): string {
  const lines: string[] = []
  for (const block of blocks) {
    if (block.type === 'table') lines.push(...block.rows.map(rowText))
    else if (block.type !== 'pageBreak') lines.push(block.text)
  }
  return lines.join('\n')
}

function rowText(row: TableRow): string {
  return row.cells
    .filter((c) => !c.mergedFromAbove)
    .map((c) => c.text)
    .join(' | ')
}
