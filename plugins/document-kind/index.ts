/*
|--------------------------------------------------------------------------
| cv5512:document-kind — is this the kind of plan it was uploaded as?
|--------------------------------------------------------------------------
|
| Meeting minutes, a guideline letter, another appendix's frame or a
| primary-school (CV 2345) lesson plan uploaded in place of a plan would
| otherwise bury the user under dozens of "missing section" findings. This
| gate scores the document against the wordings of every kind and reports
| ONE finding; the runner then skips the other plugins (meta.gate). A
| primary-school file of many lessons, one week per section, is recognised
| by its shape first (several "TUẦN n" headings and primary-school signs):
| its many lessons would otherwise out-score any single kind.
*/

import { readFile } from 'node:fs/promises'
import {
  compileProfile,
  sectionsFound,
  type CompiledProfile,
} from '../cv5512-structure/interpreter.js'
import { loadProfiles } from '../cv5512-structure/profile.js'
import {
  compileMatcher,
  definePlugin,
  fold,
  vine,
  locate,
  normalized,
  type Matcher,
  type NormalizedDocument,
  type TextLine,
} from '../contract.js'

interface Category {
  label: string
  title: Matcher[]
  body: Matcher[]
}

/** Title wordings are looked for in the first lines only. */
const TITLE_LINES = 15
const TITLE_WEIGHT = 3
/** Below this many lines a text is too short to be any plan (no text at all is the parser's "unreadable"). */
const MIN_LINES = 5
/** … unless those few lines are long: a text of a few very long paragraphs is flattened, not short. */
const SHORT_TEXT_CHARS = 400
/**
 * A flattened text: a few paragraphs of several hundred characters each
 * (a whole plan pasted as one paragraph). Its headings are inside the
 * paragraphs, so no section check can be trusted on it.
 */
const FLAT_MAX_LINES = 8
const FLAT_MIN_CHARS = SHORT_TEXT_CHARS
const FLAT_MIN_LINE_CHARS = 250
/** Sections of its kind named inside a flattened text (one of them the first) before it is taken for a plan of that kind. */
const FLAT_MIN_SECTIONS = 3

const categories = new Map<string, Category>()
/** The structure profile of each kind: its section headings, asked when the wordings are too few to decide. */
const profiles = new Map<string, CompiledProfile>()
/**
 * A text whose own wordings are too few but which has this many of its
 * kind's section headings (one of them a main section: `I. MỤC TIÊU` and
 * `2. Năng lực`) is a plan the wordings do not know: the
 * structure checks speak, with located findings.
 */
const FRAME_SECTIONS = 3

interface WeeklyShape {
  label: string
  minWeeks: number
  minSigns: number
  signs: Matcher[]
  frame: Matcher
}

let primaryWeekly: WeeklyShape | undefined
let mergeTemplate: { label: string; minMarkers: number } | undefined
let blankFrame: { label: string; openings: Matcher; minLines: number } | undefined
let tooShortLabel = ''

interface Shape {
  kind: string
  label: string
  line: TextLine
}
/**
 * `{lessonTitle}`, `{#plans}`, `{/plans}`, `{{teacher}}`: merge fields. A
 * camelCase name, a section marker or double braces; `{Machine}` or a math
 * set `{1; 2}` in an article is text.
 */
const MERGE_FIELD_RE = /\{[a-z]+[A-Z][a-zA-Z0-9]*\}|\{[#/][a-zA-Z]\w*\}|\{\{\s*[a-zA-Z]\w*\s*\}\}/g
/** `TUẦN 12`, `Tuần 3 (từ … đến …)`: a week heading is short. */
const WEEK_RE = /^tuan\s*(\d{1,2})\b/
/** `Lớp: 1A`, `Lớp 3`: a primary grade stated on a title line. */
const PRIMARY_GRADE_RE = /(?:^|[;,]\s*)lop\s*:?\s*[1-5](?:[a-z]\d{0,2})?(?![\d-])/
const WEEK_LINE_MAX = 60

export default definePlugin({
  meta: {
    id: 'cv5512:document-kind',
    version: '1.3.0',
    title: 'Đúng loại hồ sơ',
    description:
      'Nhận biết tài liệu tải lên không phải loại hồ sơ đã chọn (biên bản, công văn hướng dẫn, khung của phụ lục khác, giáo án tiểu học theo Công văn 2345) và báo một lỗi duy nhất.',
    kinds: '*',
    formats: ['docx', 'pdf'],
    severity: 'error',
    gate: true,
    reference: {
      document: 'Công văn 5512/BGDĐT-GDTrH',
      clause: 'Phụ lục I–IV; Công văn 2345/BGDĐT-GDTH, Phụ lục 3',
    },
    messages: {
      wrongKind:
        'Tài liệu không phải {expected}: nội dung giống {detected}. Hãy kiểm tra lại tệp hoặc loại hồ sơ đã chọn.',
      unstructured:
        'Văn bản gần như không chia dòng ({paragraphs} đoạn, {characters} ký tự) nên chưa kiểm tra được các mục của {expected}. Hãy để mỗi mục, mỗi hoạt động trên một dòng riêng rồi tải lên lại.',
    },
    /**
     * minScore: how strongly the text must look like another kind before saying so;
     * minOwnScore: below this, the text does not look like the declared kind at all
     * (real plans of every kind reach it with their title or two of their own wordings).
     */
    options: vine.create({ minScore: vine.number().min(1), minOwnScore: vine.number().min(1) }),
    defaultOptions: { minScore: 5, minOwnScore: 2 },
  },

  async setup() {
    for (const [kind, profile] of await loadProfiles()) profiles.set(kind, compileProfile(profile))
    const file = JSON.parse(await readFile(new URL('./signatures.json', import.meta.url), 'utf8'))
    mergeTemplate = file.mergeTemplate
    blankFrame = {
      ...file.blankFrame,
      openings: compileMatcher({ variants: file.blankFrame.openings }),
    }
    tooShortLabel = file.tooShort.label
    const weekly = file.primaryWeekly
    primaryWeekly = {
      ...weekly,
      signs: weekly.signs.map((sign: string) =>
        compileMatcher({ variants: [sign], mode: 'contains' })
      ),
      frame: compileMatcher({ variants: weekly.frame, mode: 'contains' }),
    }
    for (const [id, category] of Object.entries<{ label: string; title: string[]; body: string[] }>(
      file.categories
    )) {
      categories.set(id, {
        label: category.label,
        title: category.title.map(titleMatcher),
        body: category.body.map((variant) =>
          compileMatcher({ variants: [variant], mode: 'contains' })
        ),
      })
    }
  },

  check({ document, submission, options, report }) {
    const view = normalized(document)
    // A kind this plugin has no wordings for (added by a department) is not judged at all.
    if (view.lines.length === 0 || !categories.has(submission.kind)) return
    const shape = shapeOf(document.text, view)
    if (shape) {
      report({
        messageId: 'wrongKind',
        data: {
          expected: kindLabel(submission.kind),
          detected: shape.label,
          detectedKind: shape.kind,
        },
        location: locate(shape.line),
      })
      return
    }
    if (isFlattened(document.text, view) && namesSectionsOf(submission.kind, view)) {
      report({
        messageId: 'unstructured',
        severity: 'warning',
        data: {
          expected: kindLabel(submission.kind),
          paragraphs: view.lines.length,
          characters: document.text.length,
        },
        location: locate(view.lines[0]),
      })
      return
    }
    const scores = [...categories].map(([id, category]) => ({
      id,
      label: category.label,
      score: score(category, view),
    }))
    const expected = scores.find((entry) => entry.id === submission.kind)
    if (!expected) return
    const best = scores
      .filter((entry) => entry.id !== submission.kind)
      .sort((a, b) => b.score - a.score)[0]
    const minScore = Number(options.minScore)
    const looksLikeOther =
      best !== undefined && best.score >= minScore && expected.score * 2 < best.score
    if (!looksLikeOther && expected.score >= Number(options.minOwnScore ?? 1)) return
    // Unsure (no other kind fits): a text laid out in its kind's frame is not refused here.
    if (!looksLikeOther && hasFrameOf(submission.kind, view)) return
    report({
      messageId: 'wrongKind',
      data: {
        expected: kindLabel(submission.kind),
        detected: looksLikeOther ? best.label : 'một loại văn bản khác',
        detectedKind: looksLikeOther ? best.id : 'unknown',
      },
      location: {
        block: view.lines[0].block,
        page: view.lines[0].page,
        excerpt: view.lines
          .slice(0, 3)
          .map((line) => line.text)
          .join(' / ')
          .slice(0, 80),
      },
    })
  },
})

/**
 * A title opens a line; a title of three words or more may also sit inside
 * one (PDF text layers join short lines: `…; lớp: 3 Tên bài học: …`).
 */
function titleMatcher(variant: string): Matcher {
  const contains = variant.split(/\s+/).length >= 3
  return compileMatcher({ variants: [variant], mode: contains ? 'contains' : 'start' })
}

/**
 * Documents recognised by their shape rather than their words: a text of a
 * few lines, an unfilled mail-merge template or CV 5512 frame, a primary
 * school file. Undefined for anything else (scored by wordings).
 */
function shapeOf(text: string, view: NormalizedDocument): Shape | undefined {
  const first = view.lines[0]
  if (view.lines.length < MIN_LINES && text.length < SHORT_TEXT_CHARS)
    return { kind: 'tooShort', label: tooShortLabel, line: first }
  if (mergeTemplate && new Set(text.match(MERGE_FIELD_RE)).size >= mergeTemplate.minMarkers) {
    return { kind: 'mergeTemplate', label: mergeTemplate.label, line: first }
  }
  const frameLeft = blankFrame?.openings.mayOccurIn(view.fullKey) ?? false
  const instructions = frameLeft
    ? view.lines.filter((line) =>
        blankFrame!.openings.exact(line.body.replace(/^[^:]{0,40}:\s*/, ''))
      )
    : []
  if (blankFrame && instructions.length >= blankFrame.minLines)
    return { kind: 'blankFrame', label: blankFrame.label, line: instructions[0] }
  const primary = primaryShape(view)
  if (!primary) return undefined
  return {
    ...primary,
    label: primary.kind === 'primaryWeekly' ? primaryWeekly!.label : kindLabel('primaryLesson'),
  }
}

/**
 * A primary-school file, judged by its shape: several `TUẦN n` weeks with
 * primary signs (many lessons), or one lesson in the CV 2345 frame with a
 * primary grade on a title line. Located at the first week or the frame.
 */
function primaryShape(
  view: NormalizedDocument
): { kind: 'primaryWeekly' | 'primaryLesson'; line: TextLine } | undefined {
  if (!primaryWeekly) return undefined
  const weeks = view.fullKey.includes('tuan') ? weekHeadings(view) : []
  const frame =
    primaryWeekly.frame.mayOccurIn(view.fullKey) && primaryWeekly.frame.exact(view.fullKey)
  // The signs are counted only for a file shaped like a primary one (most uploads are not).
  if (weeks.length < primaryWeekly.minWeeks && !frame) return undefined
  const signs = primaryWeekly.signs.filter((sign) => sign.exact(view.fullKey)).length
  if (weeks.length >= primaryWeekly.minWeeks && signs >= primaryWeekly.minSigns)
    return { kind: 'primaryWeekly', line: weeks[0] }
  if (!frame) return undefined
  const primaryGrade = view.lines
    .slice(0, TITLE_LINES)
    .some((line) => PRIMARY_GRADE_RE.test(line.key))
  if (!primaryGrade && signs < primaryWeekly.minSigns + 1) return undefined
  const frameLine = view.lines.find(
    (line) => line.text.length <= 80 && primaryWeekly!.frame.exact(line.key)
  )
  return frameLine ? { kind: 'primaryLesson', line: frameLine } : undefined
}

/** The first line of each distinct week number. */
function weekHeadings(view: NormalizedDocument): TextLine[] {
  const weeks = new Map<string, TextLine>()
  for (const line of view.lines) {
    const week = line.text.length <= WEEK_LINE_MAX ? WEEK_RE.exec(line.body) : null
    if (week && !weeks.has(week[1])) weeks.set(week[1], line)
  }
  return [...weeks.values()]
}

function score(category: Category, view: NormalizedDocument): number {
  const head = view.lines.slice(0, TITLE_LINES).filter((line) => line.text.length <= 160)
  const titleHits = category.title.filter((matcher) =>
    head.some((line) => matcher.exact(line.body))
  ).length
  // Body wordings are searched in the joined text of the whole document at once.
  const bodyHits = category.body.filter((matcher) => matcher.exact(view.fullKey)).length
  return titleHits * TITLE_WEIGHT + bodyHits
}

/**
 * Three of its kind's headings, one a main section — or three sub-sections
 * (`1. Kiến thức`, `2. Năng lực`, `3. Phẩm chất` of a text whose start is
 * cut off before `I. MỤC TIÊU`).
 */
function hasFrameOf(kind: string, view: NormalizedDocument): boolean {
  const compiled = profiles.get(kind)
  if (!compiled) return false
  const found = sectionsFound(compiled, view)
  if (found.length < FRAME_SECTIONS) return false
  return (
    found.some((section) => section.level === 'top') ||
    found.filter((section) => section.level === 'sub').length >= FRAME_SECTIONS
  )
}

function isFlattened(text: string, view: NormalizedDocument): boolean {
  return (
    view.lines.length <= FLAT_MAX_LINES &&
    text.length >= FLAT_MIN_CHARS &&
    text.length / view.lines.length >= FLAT_MIN_LINE_CHARS
  )
}

/** A flattened text naming, inside its paragraphs, the first section of the kind and two more. */
function namesSectionsOf(kind: string, view: NormalizedDocument): boolean {
  const compiled = profiles.get(kind)
  if (!compiled) return false
  const named = compiled.sections.filter(({ item }) =>
    item.variants.some((variant) => view.fullKey.includes(fold(variant)))
  )
  return named.length >= FLAT_MIN_SECTIONS && named[0] === compiled.sections[0]
}

function kindLabel(kind: string): string {
  return categories.get(kind)?.label ?? kind
}
