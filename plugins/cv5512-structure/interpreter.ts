/*
|--------------------------------------------------------------------------
| The generic profile interpreter
|--------------------------------------------------------------------------
|
| Walks a document's normalized lines and tables against one structure
| profile. Headings are found wherever they live (heading styles, bold
| paragraphs, upper-case lines, table cells); tables are matched by column
| *concepts* in order, extra columns allowed, `(n)` markers ignored.
*/

import {
  compileMatcher,
  fold,
  locate,
  locateExpected,
  locateTable,
  normalized,
  bodyWithNext,
  termKey,
  type DocumentModel,
  type Matcher,
  type NormalizedDocument,
  type NormalizedTable,
  type ReportInput,
  type Severity,
  type SubmissionMetadata,
  type TextLine,
} from '../contract.js'
import type { ProfileItem, ProfileSection, ProfileTable, StructureProfile } from './profile.js'

/** Lines searched for header fields, and (from the end) for signatures. */
const HEAD_LINES = 50
const TAIL_LINES = 40
/** Signature captions are short; a long line mentioning "Hiệu trưởng" is prose. */
const SIGNATURE_MAX_LENGTH = 60
/** `2 Về năng lực`: a sub-section heading whose number lost its dot (short lines only). */
const BARE_NUMBER_RE = /^\d{1,2}\s+/
const BARE_NUMBER_MAX = 60
/** A table header flattened by a PDF text layer: one line of short column names. */
const HEADER_LINE_MAX = 120

interface CompiledItem<Item> {
  item: Item
  matcher: Matcher
}

interface CompiledTable {
  table: ProfileTable
  columns: Array<CompiledItem<ProfileTable['columns'][number]>>
  anchor: Matcher
  rows?: Array<{ label: string; matcher: Matcher; term: string }>
}

export interface CompiledProfile {
  profile: StructureProfile
  headerFields: Array<CompiledItem<ProfileItem>>
  sections: Array<
    CompiledItem<ProfileSection> & {
      otherNames?: Matcher
      /** Folded wordings, for a plain line that must be exactly one of them. */
      wordings: Set<string>
      /** The wordings anywhere in a text (combined headings, the parent's prose). */
      within: Matcher
      /** A plain heading a PDF text layer joined to the end of the paragraph before it (`… nhóm. Đồ dùng dạy học: …`). */
      joinedHeading: RegExp
    }
  >
  tables: CompiledTable[]
  signatures: Array<CompiledItem<ProfileItem>>
}

/** Compile every matcher of a profile once, at boot. */
export function compileProfile(profile: StructureProfile): CompiledProfile {
  const compileItem = <Item extends ProfileItem>(item: Item) => ({
    item,
    matcher: compileMatcher({ variants: item.variants, patterns: item.patterns, mode: item.match }),
  })
  return {
    profile,
    headerFields: profile.headerFields.map(compileItem),
    sections: profile.sections.map((section) => ({
      ...compileItem(section),
      otherNames: section.otherNames ? compileMatcher({ variants: section.otherNames }) : undefined,
      wordings: new Set(section.variants.map(fold)),
      joinedHeading: joinedHeadingPattern(section.variants),
      within: compileMatcher({ variants: section.variants, mode: 'contains' }),
    })),
    signatures: profile.signatures.map(compileItem),
    tables: profile.tables.map((table) => ({
      table,
      columns: table.columns.map((column) => ({
        item: column,
        matcher: compileMatcher({ variants: column.variants, mode: 'contains' }),
      })),
      anchor: compileMatcher({
        variants: table.columns.find((column) => column.id === table.anchor)!.variants,
        mode: 'contains',
      }),
      rows: table.fixedRows?.rows.map((row) => ({
        label: row.label,
        matcher: compileMatcher({ variants: row.variants }),
        term: termKey(row.label),
      })),
    })),
  }
}

type Report = (finding: ReportInput) => void

function joinedHeadingPattern(variants: string[]): RegExp {
  const escaped = variants.map((variant) => fold(variant).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`\\S[.;!?]\\s+(?:${escaped.join('|')})\\s*(?::|$)`)
}

/**
 * Severity of a missing element (the policy of plugins/README.md):
 * required [C]/[S]/[D] → error, required [U] or recommended → warning,
 * conditional → warning when its condition holds, `form` (a value the
 * upload form already asks for) → info, optional → nothing.
 */
function missingSeverity(
  element: Pick<ProfileItem, 'presence' | 'confidence' | 'condition'>,
  submission: SubmissionMetadata
): Severity | null {
  switch (element.presence) {
    case 'optional':
      return null
    case 'form':
      return 'info'
    case 'recommended':
      return 'warning'
    case 'conditional':
      return element.condition && element.condition.schoolLevel !== submission.schoolLevel
        ? null
        : 'warning'
    case 'required':
      return element.confidence === 'U' ? 'warning' : 'error'
  }
}

export function interpret(
  compiled: CompiledProfile,
  document: DocumentModel,
  submission: SubmissionMetadata,
  report: Report
) {
  const view = normalized(document)
  const { profile } = compiled
  const reference = (clause: string) => ({ document: profile.reference.document, clause })

  checkHeaderFields(compiled, view, submission, report, reference)
  const sectionLines = checkSections(compiled, view, submission, report, reference)
  checkTables(compiled, document, view, sectionLines, submission, report, reference)
  checkSignatures(compiled, view, submission, report, reference)
}

type ReferenceOf = (clause: string) => { document: string; clause: string }

/*
|--------------------------------------------------------------------------
| Header fields and signatures: unordered, in the first / last lines
|--------------------------------------------------------------------------
*/

function checkHeaderFields(
  compiled: CompiledProfile,
  view: NormalizedDocument,
  submission: SubmissionMetadata,
  report: Report,
  reference: ReferenceOf
) {
  const head = view.lines.slice(0, HEAD_LINES)
  for (const { item, matcher } of compiled.headerFields) {
    if (head.some((line) => itemMatches(item, matcher, line))) continue
    const severity = missingSeverity(item, submission)
    if (severity)
      report({
        messageId: 'headerFieldMissing',
        data: { field: item.label },
        severity,
        location: locateExpected(view, 'start'),
        reference: reference(item.clause),
      })
  }
}

function checkSignatures(
  compiled: CompiledProfile,
  view: NormalizedDocument,
  submission: SubmissionMetadata,
  report: Report,
  reference: ReferenceOf
) {
  const tail = view.lines
    .slice(-TAIL_LINES)
    .filter((line) => line.text.length <= SIGNATURE_MAX_LENGTH)
  for (const { item, matcher } of compiled.signatures) {
    if (tail.some((line) => matcher.exact(line.body) || matcher.exact(line.key))) continue
    const severity = missingSeverity(item, submission)
    if (severity)
      report({
        messageId: 'signatureMissing',
        data: { signature: item.label },
        severity,
        location: locateExpected(view, 'end'),
        reference: reference(item.clause),
      })
  }
}

function itemMatches(item: ProfileItem, matcher: Matcher, line: TextLine): boolean {
  return item.match === 'contains'
    ? matcher.exact(line.key)
    : matcher.test(line.body) || matcher.exact(line.key)
}

/*
|--------------------------------------------------------------------------
| Sections: in order, judged on the longest in-order chain
|--------------------------------------------------------------------------
|
| A greedy left-to-right search blames every section after one that moved
| (swap I and II, and II's sub-sections are blamed too). Instead: find each
| section's candidate lines, keep the longest chain of sections whose lines
| increase (a longest increasing subsequence), and report only the sections
| outside it — and a sub-section only when it did not move with its parent.
*/

function checkSections(
  compiled: CompiledProfile,
  view: NormalizedDocument,
  submission: SubmissionMetadata,
  report: Report,
  reference: ReferenceOf
): Map<string, number> {
  const found = new Map<string, number>()
  const candidates = compiled.sections.map(({ item, matcher }) =>
    sectionCandidates(item, matcher, view)
  )
  const parents = parentSections(compiled.sections.map(({ item }) => item))
  const loose = findLoose(compiled.sections, view, candidates, parents)
  const reportedMissing = new Set<number>()
  compiled.sections.forEach(({ item }, index) => {
    if (candidates[index].length > 0) {
      const combined = loose.get(index)
      if (combined?.kind === 'combined')
        report({
          messageId: 'sectionCombined',
          data: { section: item.label, heading: combined.line.text.slice(0, 60) },
          severity: 'info',
          location: locate(combined.line),
          reference: reference(item.clause),
        })
      return
    }
    // A missing section's own sub-sections are missing with it: one finding, the section's.
    const parent = parents[index]
    if (parent !== undefined && reportedMissing.has(parent)) return
    const severity = missingSeverity(item, submission)
    const otherName = severity && otherNameLine(compiled.sections, view, candidates, index)
    const inText = loose.get(index)?.kind === 'text' ? loose.get(index) : undefined
    if (severity && !otherName && inText) {
      reportedMissing.add(index)
      report({
        messageId: 'sectionInText',
        data: { section: item.label, heading: inText.line.text.slice(0, 60) },
        severity: 'warning',
        location: locate(inText.line),
        reference: reference(item.clause),
      })
    } else if (severity && otherName) {
      reportedMissing.add(index)
      report({
        messageId: 'sectionOtherName',
        data: { section: item.label, heading: otherName.text.slice(0, 60) },
        severity: 'warning',
        location: locate(otherName),
        reference: reference(item.clause),
      })
    } else if (severity) {
      reportedMissing.add(index)
      report({
        messageId: 'sectionMissing',
        data: { section: item.label },
        severity,
        location: expectedSectionLocation(view, candidates, index),
        reference: reference(item.clause),
      })
    }
  })
  if (!compiled.profile.ordered) {
    compiled.sections.forEach(
      ({ item }, index) => candidates[index].length > 0 && found.set(item.id, candidates[index][0])
    )
    return found
  }

  const chain = longestInOrderChain(candidates)
  compiled.sections.forEach(({ item }, index) => {
    if (candidates[index].length === 0) return
    if (chain.has(index)) return found.set(item.id, chain.get(index)!)
    const parent = parents[index]
    const parentLine =
      parent === undefined || chain.has(parent)
        ? undefined
        : found.get(compiled.sections[parent].item.id)
    const withParent =
      parentLine === undefined ? undefined : candidates[index].find((line) => line > parentLine)
    found.set(item.id, withParent ?? candidates[index][0])
    // Moved together with its (reported) parent: one inversion, one warning.
    if (withParent !== undefined) return
    const after = [...chain.keys()].filter((chained) => chained < index).at(-1)
    report({
      messageId: 'sectionOutOfOrder',
      data: {
        section: item.label,
        after: after === undefined ? '' : compiled.sections[after].item.label,
      },
      severity: 'warning',
      location: locate(view.lines[candidates[index][0]]),
      reference: reference(item.clause),
    })
  })
  return found
}

interface LooseMatch {
  /** `plain`: a plain-line heading; `combined`: inside another heading; `text`: only in the parent's text. */
  kind: 'plain' | 'combined' | 'text'
  line: TextLine
}

/** A line's words before its first colon, without a typed list marker (`- Phẩm chất: …` → `pham chat`). */
const TYPED_BULLET_RE = /^[-*+•▪●]\s*/
const COMBINED_HEAD_MAX = 60

function headOf(line: TextLine): string {
  return line.body
    .replace(TYPED_BULLET_RE, '')
    .split(':')[0]
    .replace(/[\s.;,]+$/, '')
    .trim()
}

/**
 * Sections without a heading of their own that are still written: main
 * sections first (a plain-line heading becomes a candidate, silently), then
 * sub-sections inside their parent's part (a combined heading or typed
 * bullet becomes a candidate, reported as info; a mention in the text is
 * kept for a warning instead of an error). Fills `candidates` in place.
 */
function findLoose(
  sections: CompiledProfile['sections'],
  view: NormalizedDocument,
  candidates: number[][],
  parents: Array<number | undefined>
): Map<number, LooseMatch> {
  const found = new Map<number, LooseMatch>()
  for (const level of ['top', 'sub'] as const) {
    sections.forEach((section, index) => {
      const { item } = section
      if (item.level !== level || candidates[index].length > 0) return
      if (!(level === 'top' ? item.plainLine : item.combined)) return
      const parent = parents[index]
      if (parent !== undefined && candidates[parent].length === 0) return
      const [from, to] = partOf(sections, candidates, index, parent)
      const lines = view.lines.filter((line) => line.i > from && line.i < to)
      const match = level === 'top' ? plainHeading(section, lines) : combinedHeading(section, lines)
      if (match) found.set(index, match)
      if (match && match.kind !== 'text') candidates[index] = [match.line.i]
    })
  }
  return found
}

/** Lines (exclusive bounds) where a section belongs: after its parent or the main section before it, before the next main section. */
function partOf(
  sections: CompiledProfile['sections'],
  candidates: number[][],
  index: number,
  parent: number | undefined
): [number, number] {
  const isTop = (at: number) => sections[at].item.level === 'top' && candidates[at].length > 0
  const before =
    parent !== undefined
      ? candidates[parent][0]
      : (candidates[sections.findLastIndex((_, at) => at < index && isTop(at))]?.[0] ?? -1)
  const next = sections.findIndex((_, at) => at > index && isTop(at))
  const after = next === -1 ? undefined : candidates[next].find((line) => line > before)
  return [before, after ?? Infinity]
}

function plainHeading(
  section: CompiledProfile['sections'][number],
  lines: TextLine[]
): LooseMatch | undefined {
  const line = lines.find(
    (candidate) =>
      (!candidate.labelKind && section.wordings.has(headOf(candidate))) ||
      section.joinedHeading.test(candidate.body)
  )
  return line && { kind: 'plain', line }
}

function combinedHeading(
  section: CompiledProfile['sections'][number],
  lines: TextLine[]
): LooseMatch | undefined {
  if (!lines.some((line) => section.within.exact(line.key))) return undefined
  const line = lines.find((candidate) => {
    const head = headOf(candidate)
    return head.length <= COMBINED_HEAD_MAX && section.within.exact(head)
  })
  if (line) return { kind: 'combined', line }
  const mention = lines.find((candidate) => section.within.exact(candidate.key))!
  return { kind: 'text', line: mention }
}

/**
 * A heading under another name inside the part of the document where the
 * missing section belongs: after the main section found before it, before
 * the next main section found (`4. Attitude` may come before `5. Competence`).
 */
function otherNameLine(
  sections: CompiledProfile['sections'],
  view: NormalizedDocument,
  candidates: number[][],
  index: number
): TextLine | undefined {
  const section = sections[index]
  if (!section.otherNames || !section.otherNames.mayOccurIn(view.fullKey)) return undefined
  const isTop = (at: number) => sections[at].item.level === 'top' && candidates[at].length > 0
  const before = candidates[sections.findLastIndex((_, at) => at < index && isTop(at))]?.[0] ?? -1
  const after = candidates[sections.findIndex((_, at) => at > index && isTop(at))]?.[0] ?? Infinity
  return view.lines.find(
    (line) =>
      line.i > before &&
      line.i < after &&
      (line.label !== undefined || line.emphasis) &&
      levelAccepts(section.item.level, line) &&
      section.otherNames!.exact(line.body)
  )
}

/** A missing section was expected after the nearest section found before it (or before the next one found). */
function expectedSectionLocation(view: NormalizedDocument, candidates: number[][], index: number) {
  for (let before = index - 1; before >= 0; before--)
    if (candidates[before].length > 0) return locateExpected(view, candidates[before][0])
  const after = candidates.slice(index + 1).find((lines) => lines.length > 0)
  return locateExpected(view, after ? after[0] : 'start')
}

/**
 * The most sections (by profile index) that can be given one candidate
 * line each with lines not decreasing (one line may hold two sections: `2. Năng
 * lực, phẩm chất`, a heading a PDF joined to the paragraph before it): section index → chosen line.
 * Quadratic in the number of candidate lines, a few dozen per document.
 * Ties keep the earlier sections, so of two swapped sections the later
 * one in the profile is the one reported.
 */
export function longestInOrderChain(candidates: number[][]): Map<number, number> {
  const points = candidates.flatMap((lines, section) => lines.map((line) => ({ section, line })))
  const length: number[] = []
  const previous: number[] = []
  let best = -1
  points.forEach((point, k) => {
    length[k] = 1
    previous[k] = -1
    for (let j = 0; j < k; j++) {
      const other = points[j]
      if (other.section < point.section && other.line <= point.line && length[j] + 1 > length[k]) {
        length[k] = length[j] + 1
        previous[k] = j
      }
    }
    if (best === -1 || length[k] > length[best]) best = k
  })
  const chain = new Map<number, number>()
  for (let k = best; k !== -1; k = previous[k]) chain.set(points[k].section, points[k].line)
  return new Map([...chain].sort((a, b) => a[0] - b[0]))
}

/** For each `sub` section, the index of the `top` section above it in the profile. */
function parentSections(sections: ProfileSection[]): Array<number | undefined> {
  let top: number | undefined
  return sections.map((section, index) => {
    if (section.level === 'top') {
      top = index
      return undefined
    }
    return section.level === 'sub' ? top : undefined
  })
}

/**
 * The profile's sections that have a heading in the document (exact
 * wordings only): the document-kind gate asks it before refusing a text
 * whose words it cannot place, so a plan written in the frame is left to
 * the located findings of this plugin.
 */
export function sectionsFound(
  compiled: CompiledProfile,
  view: NormalizedDocument
): ProfileSection[] {
  return compiled.sections
    .filter(
      ({ item, matcher }) =>
        matcher.mayOccurIn(view.fullKey) &&
        view.lines.some(
          (line) =>
            levelAccepts(item.level, line) && matchesSection(item, matcher.exact, line, view)
        )
    )
    .map(({ item }) => item)
}

/** Line indexes where the section may start: exact matches, else fuzzy ones (damaged PDF text). */
function sectionCandidates(
  section: ProfileSection,
  matcher: Matcher,
  view: NormalizedDocument
): number[] {
  const eligible = view.lines.filter((line) => levelAccepts(section.level, line))
  const exact = matcher.mayOccurIn(view.fullKey)
    ? eligible
        .filter((line) => matchesSection(section, matcher.exact, line, view))
        .map((line) => line.i)
    : []
  if (exact.length > 0 || section.match === 'contains') return exact
  return eligible
    .filter((line) => line.text.length <= 120 && matchesSection(section, matcher.fuzzy, line, view))
    .map((line) => line.i)
}

function matchesSection(
  section: ProfileSection,
  test: (key: string) => boolean,
  line: TextLine,
  view: NormalizedDocument
): boolean {
  if (section.match === 'contains') return test(line.key)
  if (test(line.body)) return true
  // `2 Về năng lực`: a sub-section number typed without its dot.
  const bare = !line.label && section.level === 'sub' && line.text.length <= BARE_NUMBER_MAX
  if (bare && BARE_NUMBER_RE.test(line.body) && test(line.body.replace(BARE_NUMBER_RE, '')))
    return true
  const joined = bodyWithNext(view, line.i)
  return joined !== undefined && test(joined)
}

/** `top`: labelled I./1./A. or an emphasized unlabelled line; `sub`: 1./1.1./a) or unlabelled. */
function levelAccepts(level: ProfileSection['level'], line: TextLine): boolean {
  if (level === 'any') return true
  if (level === 'top') {
    if (!line.labelKind) return line.emphasis
    return line.labelKind === 'roman' || line.labelKind === 'arabic' || line.labelKind === 'upper'
  }
  return (
    !line.labelKind ||
    line.labelKind === 'arabic' ||
    line.labelKind === 'multi' ||
    line.labelKind === 'lower'
  )
}

/*
|--------------------------------------------------------------------------
| Tables: by column concepts in order
|--------------------------------------------------------------------------
*/

interface HeaderMatch {
  /** Folded header text per grid column. */
  header: string[]
  /** The row holding the anchor concept, and the first data row. */
  headerRow: number
  bodyStart: number
  table?: NormalizedTable
  /** First line of the header when the table exists only as text (PDF). */
  line?: TextLine
  /**
   * PDF only: the words of the whole header. Text layers split header cells
   * over several rows and drop empty cells, so columns cannot be trusted;
   * a concept is present when all words of one of its wordings are.
   */
  words?: Set<string>
}

function checkTables(
  compiled: CompiledProfile,
  document: DocumentModel,
  view: NormalizedDocument,
  sectionLines: Map<string, number>,
  submission: SubmissionMetadata,
  report: Report,
  reference: ReferenceOf
) {
  const used = new Set<number>()
  for (const compiledTable of compiled.tables) {
    const { table } = compiledTable
    const severity = missingSeverity(table, submission)
    const pdf = document.format === 'pdf'
    const match =
      findTable(compiledTable, view, used, pdf) ??
      (pdf ? findTableInText(compiledTable, view, sectionLines) : undefined)
    if (!match) {
      const expectedAt = (table.section ? sectionLines.get(table.section) : undefined) ?? 'end'
      if (severity)
        report({
          messageId: 'tableMissing',
          data: { table: table.label },
          severity,
          location: locateExpected(view, expectedAt),
          reference: reference(table.clause),
        })
      continue
    }
    if (match.table) used.add(match.table.block)
    const location = match.table
      ? locateTable(view, match.table, match.headerRow)
      : match.line
        ? locate(match.line)
        : locateExpected(view, 'end')
    checkColumns(compiledTable, match, severity ?? 'warning', location, report, reference)
    if (match.table && compiledTable.rows) {
      const labels = pdf
        ? pdfRowLabels(match.table, view)
        : rowLabels(compiledTable, match, match.table)
      checkFixedRows(compiledTable, labels, view, match.table, match.bodyStart, report, reference)
    }
  }
}

/** The best unused document table whose header holds the anchor concept and most required concepts. */
function findTable(
  compiledTable: CompiledTable,
  view: NormalizedDocument,
  used: Set<number>,
  pdf: boolean
): HeaderMatch | undefined {
  let best: { match: HeaderMatch; score: number } | undefined
  const required = compiledTable.columns.filter((column) => column.item.required)
  for (const table of view.tables) {
    if (table.layout || used.has(table.block)) continue
    const match = headerOf(table, compiledTable.anchor)
    if (!match) continue
    if (pdf) match.words = headerWords(table, match.headerRow)
    const score = required.filter((column) => hasColumn(column, match)).length
    if (score >= Math.min(2, required.length) && (!best || score > best.score))
      best = { match, score }
  }
  return best?.match
}

/** The header is the first of the top three rows holding the anchor, plus a row of `(n)` markers below it. */
function headerOf(table: NormalizedTable, anchor: Matcher): HeaderMatch | undefined {
  for (let row = 0; row < Math.min(3, table.grid.length); row++) {
    if (!table.grid[row].some((key) => anchor.exact(key))) continue
    const next = table.grid[row + 1]
    const markerRow =
      next !== undefined && next.every((key) => key === '' || /^(\(\d\)\s*)+$/.test(key))
    const rows = markerRow ? [row, row + 1] : [row]
    const header = Array.from({ length: table.columnCount }, (_, column) =>
      [...new Set(rows.map((r) => table.grid[r][column] ?? ''))]
        .join(' ')
        .replace(/\(\d\)/g, '')
        .trim()
    )
    return { header, headerRow: row, bodyStart: rows.at(-1)! + 1, table }
  }
  return undefined
}

/** A data row starts with its number (`1`, `2.`). */
const DATA_ROW_RE = /^\d{1,3}\.?$/
const MAX_PDF_HEADER_ROWS = 6

/** Words of the header rows (from the anchor row down to the first numbered data row). */
function headerWords(table: NormalizedTable, anchorRow: number): Set<string> {
  const words = new Set<string>()
  for (
    let row = anchorRow;
    row < Math.min(table.grid.length, anchorRow + MAX_PDF_HEADER_ROWS);
    row++
  ) {
    const cells = table.grid[row]
    if (row > anchorRow && DATA_ROW_RE.test(cells.find((key) => key !== '') ?? '')) break
    for (const key of cells) for (const word of key.split(/[^a-z0-9]+/)) if (word) words.add(word)
  }
  return words
}

function hasColumn(column: CompiledTable['columns'][number], match: HeaderMatch): boolean {
  if (match.words)
    return column.item.variants.some((variant) =>
      wordsOf(variant).every((word) => match.words!.has(word))
    )
  return match.header.some((key) => column.matcher.exact(key))
}

function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
}

/**
 * PDF text layers flatten tables into lines: accept a header whose column
 * names appear in a few consecutive short lines, starting with the anchor.
 * Notes under a table (`(2) Số tiết được sử dụng …`) are long and skipped.
 */
function findTableInText(
  compiledTable: CompiledTable,
  view: NormalizedDocument,
  sectionLines: Map<string, number>
): HeaderMatch | undefined {
  const start = compiledTable.table.section
    ? (sectionLines.get(compiledTable.table.section) ?? 0)
    : 0
  const required = compiledTable.columns.filter((column) => column.item.required)
  for (let i = start; i < view.lines.length; i++) {
    const line = view.lines[i]
    if (
      line.table !== undefined ||
      line.text.length > HEADER_LINE_MAX ||
      !compiledTable.anchor.exact(line.key)
    )
      continue
    const window = view.lines
      .slice(i, i + 8)
      .filter((candidate) => candidate.text.length <= HEADER_LINE_MAX)
      .map((candidate) => candidate.key)
    const score = required.filter((column) =>
      window.some((key) => column.matcher.exact(key))
    ).length
    if (score >= Math.min(3, required.length))
      return { header: window, headerRow: 0, bodyStart: 0, line }
  }
  return undefined
}

/** Header columns that match none of the frame's columns (`Tuần CM`, `Tên văn bản`, `Ghi chú` of a Sở template). */
function hasOwnColumns(compiledTable: CompiledTable, match: HeaderMatch): boolean {
  return match.header.some(
    (key) => key.trim() !== '' && !compiledTable.columns.some(({ matcher }) => matcher.exact(key))
  )
}

function checkColumns(
  compiledTable: CompiledTable,
  match: HeaderMatch,
  severity: Severity,
  location: ReportInput['location'],
  report: Report,
  reference: ReferenceOf
) {
  let lastColumn = -1
  // A school's own column set (columns the frame does not name) may hold a required concept under another name: not certain.
  const absentSeverity = !match.words && hasOwnColumns(compiledTable, match) ? 'warning' : severity
  for (const column of compiledTable.columns) {
    const { item, matcher } = column
    if (match.words) {
      // Column order cannot be read from a PDF text layer: presence only.
      if (item.required && !hasColumn(column, match)) {
        report({
          messageId: 'tableColumnMissing',
          data: { table: compiledTable.table.label, column: item.label },
          severity,
          location,
          reference: reference(compiledTable.table.clause),
        })
      }
      continue
    }
    const positions = match.header.flatMap((key, index) => (matcher.exact(key) ? [index] : []))
    if (positions.length === 0) {
      if (item.required) {
        report({
          messageId: 'tableColumnMissing',
          data: { table: compiledTable.table.label, column: item.label },
          severity: absentSeverity,
          location,
          reference: reference(compiledTable.table.clause),
        })
      }
      continue
    }
    // Merged header cells put two concepts in one column: same index is in order.
    const inOrder = positions.find((index) => index >= lastColumn)
    if (inOrder === undefined) {
      report({
        messageId: 'tableColumnOutOfOrder',
        data: { table: compiledTable.table.label, column: item.label },
        severity: 'warning',
        location,
        reference: reference(compiledTable.table.clause),
      })
      continue
    }
    lastColumn = inOrder
  }
}

/** Keys of the fixed-row column of each data row. */
function rowLabels(
  compiledTable: CompiledTable,
  match: HeaderMatch,
  table: NormalizedTable
): string[] {
  const fixed = compiledTable.table.fixedRows!
  const labelColumn = compiledTable.columns.find((column) => column.item.id === fixed.column)!
  const column = match.header.findIndex((key) => labelColumn.matcher.exact(key))
  return table.grid.slice(match.bodyStart).map((row) => row[Math.max(0, column)] ?? '')
}

/**
 * PDF: rows may come out as plain lines after the header table; take the
 * first cell of each row and the lines that follow, up to the next heading.
 */
function pdfRowLabels(table: NormalizedTable, view: NormalizedDocument): string[] {
  const labels = table.grid.map((row) => row.find((key) => key !== '') ?? '')
  const first = view.lines.findIndex((line) => line.table === table.block)
  const afterTable = view.lines
    .slice(first)
    .filter((line) => line.table !== table.block)
    .slice(0, 80)
  for (const line of afterTable) {
    if (line.origin === 'heading' || (line.labelKind === 'roman' && line.emphasis)) break
    labels.push(line.key)
  }
  return labels
}

/** Fixed rows (the four assessments of PL I T5): each present, in order. */
function checkFixedRows(
  compiledTable: CompiledTable,
  labels: string[],
  view: NormalizedDocument,
  table: NormalizedTable,
  bodyStart: number,
  report: Report,
  reference: ReferenceOf
) {
  const fixed = compiledTable.table.fixedRows!
  const severity: Severity = fixed.confidence === 'U' ? 'warning' : 'error'
  let lastRow = -1
  for (const row of compiledTable.rows!) {
    const positions = labels.flatMap((key, index) =>
      row.matcher.exact(key) || termKey(key) === row.term ? [index] : []
    )
    if (positions.length === 0) {
      // Expected in the table's last rows, where the assessments are listed.
      const location = locateTable(view, table, table.grid.length - 1)
      report({
        messageId: 'fixedRowMissing',
        data: { table: compiledTable.table.label, row: row.label },
        severity,
        location,
        reference: reference(compiledTable.table.clause),
      })
      continue
    }
    const inOrder = positions.find((index) => index > lastRow)
    if (inOrder === undefined) {
      const rowIndex = Math.min(bodyStart + positions[0], table.grid.length - 1)
      report({
        messageId: 'fixedRowOutOfOrder',
        data: { table: compiledTable.table.label, row: row.label },
        severity: 'warning',
        location: locateTable(view, table, rowIndex),
        reference: reference(compiledTable.table.clause),
      })
      continue
    }
    lastRow = inOrder
  }
}
