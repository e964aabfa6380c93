/*
|--------------------------------------------------------------------------
| Plan fixtures: correct CV 5512 plans of every kind, and faulty variants
|--------------------------------------------------------------------------
|
|   const plan = buildPlan('pl4', { layout: 'activityTable', mutations: [{ type: 'dropActivityPart', activity: 2, part: 'c' }] })
|   const bytes = await toDocx(plan)   // or toPdf(plan)
|
| A PlanSpec is a DocSpec (renderable by both builders) that also keeps its
| sections with stable keys, listed at the top of each generator file
| (plans/plan_lesson.ts, plan_group.ts, plan_school.ts).
*/
import type { DocSpec, SpecBlock } from './doc_spec.js'
import { pl1Sections, pl2Sections, pl3Sections } from './plans/plan_group.js'
import {
  lessonPlanSections,
  primaryLessonSections,
  primaryWeeklySections,
} from './plans/plan_lesson.js'
import { applyMutation } from './plans/plan_mutations.js'
import {
  articleSections,
  blankFrameSections,
  curriculumSections,
  mergeTemplateSections,
  noteSections,
  sourceMapSections,
} from './plans/plan_non_plans.js'
import {
  resolveOptions,
  type PlanKind,
  type PlanOptions,
  type PlanSection,
  type ResolvedOptions,
} from './plans/plan_options.js'
import { minutesSections, schoolPlanSections } from './plans/plan_school.js'
import { applyGroupStyle, applyStyle } from './plans/plan_styles.js'

export { toDocx } from './docx_builder.js'
export { toPdf } from './pdf_builder.js'
export { ASSESSMENT_ROWS } from './plans/plan_group.js'
export type {
  Mutation,
  PlanKind,
  PlanOptions,
  PlanSection,
  TeacherStyle,
} from './plans/plan_options.js'
export { TITLE_FORMS } from './plans/plan_styles.js'

export interface PlanSpec extends DocSpec {
  kind: PlanKind
  options: ResolvedOptions
  sections: PlanSection[]
}

const GENERATORS: Record<PlanKind, (o: ResolvedOptions) => PlanSection[]> = {
  school: schoolPlanSections,
  pl1: (o) => applyGroupStyle(pl1Sections(o), o.style),
  pl2: pl2Sections,
  pl3: pl3Sections,
  pl4: (o) => applyStyle(lessonPlanSections(o), o.style, o),
  minutes: minutesSections,
  primaryLesson: primaryLessonSections,
  primaryWeekly: primaryWeeklySections,
  curriculum: curriculumSections,
  article: articleSections,
  sourceMap: sourceMapSections,
  mergeTemplate: mergeTemplateSections,
  note: noteSections,
  blankFrame: blankFrameSections,
}

export function buildPlan(kind: PlanKind, options: PlanOptions = {}): PlanSpec {
  const o = resolveOptions(options)
  const lesson = (title: string) => lessonPlanSections(o, title)
  const sections = o.mutations.reduce(
    (acc, m) => applyMutation(acc, m, o, lesson),
    GENERATORS[kind](o)
  )
  return {
    kind,
    options: o,
    sections,
    blocks: sections.flatMap((s) => s.blocks.map((b) => transformText(b, o))),
  }
}

/** Text variants: UPPER CASE headings, unaccented typing. */
function transformText(block: SpecBlock, o: ResolvedOptions): SpecBlock {
  const plain = (text: string) => (o.withoutDiacritics ? stripDiacritics(text) : text)
  switch (block.type) {
    case 'heading':
      return { ...block, text: plain(o.upperCaseHeadings ? block.text.toUpperCase() : block.text) }
    case 'paragraph':
      return { ...block, text: plain(block.text) }
    case 'table':
      return {
        ...block,
        rows: block.rows.map((r) => ({
          ...r,
          cells: r.cells.map((c) => ({ ...c, lines: c.lines.map(plain) })),
        })),
      }
    case 'pageBreak':
      return block
  }
}

export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replaceAll('đ', 'd')
    .replaceAll('Đ', 'D')
    .normalize('NFC')
}
