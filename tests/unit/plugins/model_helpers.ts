/*
|--------------------------------------------------------------------------
| Document models built in code, for plugin tests
|--------------------------------------------------------------------------
|
| `lines()` turns short markup into a model (a paragraph per line, `# ` for
| headings, `**…**` for bold paragraphs, `| a | b |` rows for tables);
| `fromSpec()` turns a fixture DocSpec (tests/fixtures/plans.ts) into the
| model the DOCX parser would build, so plugins are tested on every plan
| layout without parsing files. Accuracy tests through real DOCX and PDF
| files live in tests/unit/validation/.
*/

import type { Block, DocumentFormat, DocumentModel, TableCell, TableRow } from '#plugins/contract'
import type { DocSpec, SpecTable } from '#tests/fixtures/doc_spec'
import type { SubmissionMetadata } from '#plugins/contract'

export function model(
  blocks: Array<Omit<Block, 'index' | 'source'>>,
  format: DocumentFormat = 'docx'
): DocumentModel {
  const indexed = blocks.map((block, index) => ({ ...block, index, source: { index } }) as Block)
  return {
    format,
    parserVersion: 'test',
    blocks: indexed,
    text: indexed.map(blockText).join('\n'),
    warnings: [],
  }
}

function blockText(block: Block): string {
  if (block.type === 'table')
    return block.rows.map((row) => row.cells.map((cell) => cell.text).join(' | ')).join('\n')
  return block.type === 'pageBreak' ? '' : block.text
}

/**
 * Markup, one block per line:
 *   `# Title` heading level 1 (`## ` level 2), `**Bold line**` bold paragraph,
 *   `| a | b |` table row (consecutive rows form one table; the first is the header),
 *   `|~ a | b |` row of a borderless layout table, anything else a paragraph.
 * Inside a cell, `<br>` separates the cell's lines.
 */
export function lines(markup: string, format: DocumentFormat = 'docx'): DocumentModel {
  const blocks: Array<Omit<Block, 'index' | 'source'>> = []
  let table: { rows: TableRow[]; layout: boolean } | undefined
  for (const raw of markup.split('\n')) {
    const line = raw.trim()
    if (line.startsWith('|')) {
      const layout = line.startsWith('|~')
      const cells = line
        .replace(/^\|~?/, '')
        .replace(/\|$/, '')
        .split('|')
        .map((text) =>
          textCell(
            text
              .trim()
              .split('<br>')
              .map((part) => part.trim())
          )
        )
      if (!table) {
        table = { rows: [], layout }
        blocks.push({ type: 'table', rows: table.rows, layout } as Omit<Block, 'index' | 'source'>)
      }
      table.rows.push({ cells, isHeader: table.rows.length === 0 && !layout })
      continue
    }
    table = undefined
    if (line === '') continue
    const heading = /^(#{1,3})\s+(.*)$/.exec(line)
    if (heading)
      blocks.push({
        type: 'heading',
        level: heading[1].length,
        text: heading[2],
        raw: heading[2],
      } as Omit<Block, 'index' | 'source'>)
    else if (/^\*\*.*\*\*$/.test(line))
      blocks.push({
        type: 'paragraph',
        text: line.slice(2, -2),
        raw: line.slice(2, -2),
        bold: true,
      } as Omit<Block, 'index' | 'source'>)
    else
      blocks.push({ type: 'paragraph', text: line, raw: line } as Omit<Block, 'index' | 'source'>)
  }
  return model(blocks, format)
}

function textCell(paragraphs: string[], colSpan = 1, rowSpan = 1): TableCell {
  return { text: paragraphs.join('\n'), paragraphs, colSpan, rowSpan }
}

/** The model the DOCX parser builds from a fixture DocSpec. */
export function fromSpec(spec: DocSpec, format: DocumentFormat = 'docx'): DocumentModel {
  const blocks: Array<Omit<Block, 'index' | 'source'>> = spec.blocks.map((block) => {
    switch (block.type) {
      case 'heading':
        return block.markup === 'bold'
          ? ({ type: 'paragraph', text: block.text, raw: block.text, bold: true } as Omit<
              Block,
              'index' | 'source'
            >)
          : ({
              type: 'heading',
              level: block.level,
              text: block.text,
              raw: block.text,
              style: `Heading${block.level}`,
            } as Omit<Block, 'index' | 'source'>)
      case 'paragraph':
        return { type: 'paragraph', text: block.text, raw: block.text, bold: block.bold } as Omit<
          Block,
          'index' | 'source'
        >
      case 'table':
        return { type: 'table', rows: tableRows(block), layout: block.borderless === true } as Omit<
          Block,
          'index' | 'source'
        >
      case 'pageBreak':
        return { type: 'pageBreak' } as Omit<Block, 'index' | 'source'>
    }
  })
  return model(blocks, format)
}

/** Vertical merges: the rows below a `rowSpan` cell get a `mergedFromAbove` cell in that column. */
function tableRows(table: SpecTable): TableRow[] {
  const pending: number[] = []
  return table.rows.map((row) => {
    const cells: TableCell[] = []
    let column = 0
    const source = [...row.cells]
    while (source.length > 0 || (pending[column] ?? 0) > 0) {
      if ((pending[column] ?? 0) > 0) {
        pending[column]--
        cells.push({ text: '', paragraphs: [], colSpan: 1, rowSpan: 1, mergedFromAbove: true })
        column++
        continue
      }
      const cell = source.shift()!
      const span = cell.colSpan ?? 1
      if ((cell.rowSpan ?? 1) > 1)
        for (let c = column; c < column + span; c++) pending[c] = (cell.rowSpan ?? 1) - 1
      cells.push(textCell(cell.lines, span, cell.rowSpan ?? 1))
      column += span
    }
    return { cells, isHeader: row.header === true }
  })
}

export function submission(overrides: Partial<SubmissionMetadata> = {}): SubmissionMetadata {
  return {
    kind: 'pl4',
    subject: { code: 'TOAN', name: 'Toán' },
    grade: 6,
    className: '6A1',
    schoolLevel: 'thcs',
    schoolYear: '2025-2026',
    ...overrides,
  }
}
