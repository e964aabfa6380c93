/*
|--------------------------------------------------------------------------
| Building blocks shared by every plan: header block, titles, signatures
|--------------------------------------------------------------------------
*/
import {
  cell,
  heading,
  paragraph,
  row,
  table,
  type SpecBlock,
  type SpecHeading,
} from '../doc_spec.js'
import type { PlanSection, ResolvedOptions } from './plan_options.js'

export const MOTTO = ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']

/** The borderless two-column header block (spec §2.2). */
export function headerBlock(left: string[], right: string[]): PlanSection {
  return {
    key: 'header',
    blocks: [
      table([row([cell(left), cell(right, { bold: true })])], { borderless: true, widths: [2, 3] }),
    ],
  }
}

export function groupHeader(o: ResolvedOptions, withTeacher = false): PlanSection {
  const left = [`TRƯỜNG: ${o.school.toUpperCase()}`, `TỔ: ${o.group.toUpperCase()}`]
  if (withTeacher) left.push(`Họ và tên giáo viên: ${o.teacher}`)
  return headerBlock(left, MOTTO)
}

/** Centered bold title lines (not numbered, so they are titles, not sections). */
export function titleSection(lines: string[]): PlanSection {
  return {
    key: 'title',
    blocks: lines.map((text, i) =>
      i === 0
        ? { ...heading(text, 1, 'bold'), align: 'center' as const }
        : paragraph(text, { bold: true, align: 'center' })
    ),
  }
}

export function yearLine(o: ResolvedOptions): string {
  return `(Năm học ${o.schoolYear})`
}

export function signatureSection(left: string[], right: string[]): PlanSection {
  return {
    key: 'signature',
    blocks: [
      table([row([cell(left, { bold: true }), cell(right, { bold: true })])], { borderless: true }),
    ],
  }
}

export function dateLine(place = 'Hà Nội'): string {
  return `${place}, ngày 05 tháng 9 năm 2025`
}

/** A section made of a heading and body blocks. */
export function section(
  key: string,
  title: string,
  level: number,
  o: ResolvedOptions,
  body: SpecBlock[] = []
): PlanSection {
  return { key, blocks: [sectionHeading(title, level, o), ...body] }
}

export function sectionHeading(text: string, level: number, o: ResolvedOptions): SpecHeading {
  return heading(text, level, o.headingMarkup)
}

export function notes(lines: string[]): SpecBlock[] {
  return lines.map((text) => paragraph(text, { italic: true }))
}
