/*
|--------------------------------------------------------------------------
| Mutations: turn a correct plan into the faulty ones validators must catch
|--------------------------------------------------------------------------
*/
import { pageBreak, paragraph, type SpecBlock, type SpecTable } from '../doc_spec.js'
import type { Mutation, PlanSection, ResolvedOptions } from './plan_options.js'
import { retitle } from './plan_styles.js'

type Sections = PlanSection[]

/** `lesson(title)`: the sections of another correct lesson plan titled `TÊN BÀI DẠY: title`. */
export function applyMutation(
  sections: Sections,
  mutation: Mutation,
  o: ResolvedOptions,
  lesson: (title: string) => Sections
): Sections {
  switch (mutation.type) {
    case 'dropSection':
      return sections.filter((s) => !isWithin(s.key, mutation.key))
    case 'dropActivityPart':
      return sections.filter((s) => s.key !== `III.HD${mutation.activity}.${mutation.part}`)
    case 'swapSections':
      return swapSections(sections, mutation.a, mutation.b)
    case 'dropTableColumn':
      return mapTables(sections, (t) => dropColumn(t, mutation.header))
    case 'dropAssessmentRow':
      return mapTables(sections, (t) => ({
        ...t,
        rows: t.rows.filter((r) => r.cells[0]?.lines.join(' ') !== mutation.row),
      }))
    case 'twoLessons':
      return [
        ...sections,
        { key: 'L2:break', blocks: [pageBreak] },
        ...prefixKeys(lesson('Bài 6. So sánh phân số'), 'L2:'),
      ]
    case 'lessons':
      return [
        ...sections,
        ...mutation.titles.flatMap((title, i) => [
          { key: `L${i + 2}:break`, blocks: [pageBreak] },
          ...prefixKeys(retitle(lesson(title), title), `L${i + 2}:`),
        ]),
      ]
    case 'placeholders':
      return leavePlaceholders(sections, o)
  }
}

/** "II" covers "II", "II.1", "II.3"…, but not "III". */
export function isWithin(key: string, root: string): boolean {
  return key === root || key.startsWith(`${root}.`)
}

function swapSections(sections: Sections, a: string, b: string): Sections {
  const groupA = sections.filter((s) => isWithin(s.key, a))
  const groupB = sections.filter((s) => isWithin(s.key, b))
  const out: Sections = []
  for (const s of sections) {
    if (s === groupA[0]) out.push(...groupB)
    else if (s === groupB[0]) out.push(...groupA)
    else if (!groupA.includes(s) && !groupB.includes(s)) out.push(s)
  }
  return out
}

function mapTables(sections: Sections, fn: (t: SpecTable) => SpecTable): Sections {
  return sections.map((s) => ({
    ...s,
    blocks: s.blocks.map((b) => (b.type === 'table' ? fn(b) : b)),
  }))
}

/** Removes the grid column whose header cell starts with `header` (tables without it are unchanged). */
function dropColumn(t: SpecTable, header: string): SpecTable {
  const headerRow = t.rows.find((r) => r.header)
  const column = headerRow?.cells.findIndex((c) => c.lines[0]?.startsWith(header)) ?? -1
  if (!headerRow || column < 0) return t
  const widths = t.widths?.filter((_, i) => i !== column)
  const rows = t.rows.map((r) => {
    const spanning = r.cells.length === 1 && (r.cells[0].colSpan ?? 1) > 1
    if (spanning)
      return { ...r, cells: [{ ...r.cells[0], colSpan: (r.cells[0].colSpan ?? 1) - 1 }] }
    return { ...r, cells: r.cells.filter((_, i) => i !== column) }
  })
  return { ...t, rows, widths }
}

function prefixKeys(sections: Sections, prefix: string): Sections {
  return sections.map((s) => ({ ...s, key: prefix + s.key }))
}

/** Template text left unreplaced: dotted blanks and the frame's "Nêu cụ thể …" instructions. */
function leavePlaceholders(sections: Sections, o: ResolvedOptions): Sections {
  const instructions: Record<string, string> = {
    'I.1':
      '1. Về kiến thức: Nêu cụ thể nội dung kiến thức học sinh cần học trong bài theo yêu cầu cần đạt của nội dung giáo dục/chủ đề tương ứng trong chương trình môn học/hoạt động giáo dục.',
    'III.HD1.a':
      'a) Mục tiêu: Nêu mục tiêu giúp học sinh xác định được vấn đề/nhiệm vụ cụ thể cần giải quyết trong bài học.',
  }
  return sections.map((s) => {
    if (instructions[s.key]) return { ...s, blocks: [paragraph(instructions[s.key])] }
    if (s.key === 'header') return { ...s, blocks: s.blocks.map((b) => blankHeaderValues(b, o)) }
    return s
  })
}

function blankHeaderValues(block: SpecBlock, o: ResolvedOptions): SpecBlock {
  if (block.type !== 'table') return block
  const values = [o.school, o.school.toUpperCase(), o.group, o.group.toUpperCase(), o.teacher]
  const blank = (line: string) => values.reduce((text, v) => text.replace(v, '……………………'), line)
  return {
    ...block,
    rows: block.rows.map((r) => ({
      ...r,
      cells: r.cells.map((c) => ({ ...c, lines: c.lines.map(blank) })),
    })),
  }
}
