/*
|--------------------------------------------------------------------------
| Options and section model shared by the plan generators
|--------------------------------------------------------------------------
|
| A plan is built as an ordered list of sections, each with a stable key
| ("I", "I.1", "III.HD2.c", "signature"…). Mutations work on those keys, so
| a test can say "drop section II.3" or "drop c) of activity 2" without
| knowing how the text is laid out.
*/
import type { HeadingMarkup, SpecBlock } from '../doc_spec.js'

export type PlanKind =
  | 'school' // Kế hoạch giáo dục của nhà trường (spec §7)
  | 'pl1' // Phụ lục I: kế hoạch dạy học của tổ chuyên môn (§3)
  | 'pl2' // Phụ lục II: kế hoạch tổ chức các hoạt động giáo dục (§4)
  | 'pl3' // Phụ lục III: kế hoạch giáo dục của giáo viên (§5)
  | 'pl4' // Phụ lục IV: kế hoạch bài dạy (§6)
  | 'minutes' // wrong kind: biên bản sinh hoạt tổ chuyên môn
  | 'primaryLesson' // wrong kind: CV 2345 Phụ lục 3 primary lesson plan (§6.5)
  | 'primaryWeekly' // wrong kind: a primary-school file of many lessons, one week per section
  | 'curriculum' // not a plan: a subject curriculum (objectives, topics)
  | 'article' // not a plan: a research article
  | 'sourceMap' // not a plan: a table of references
  | 'mergeTemplate' // not a plan: a mail-merge template never filled
  | 'note' // not a plan: a few lines
  | 'blankFrame' // not a plan: the PL IV frame never filled

export interface PlanSection {
  key: string
  blocks: SpecBlock[]
}

export interface PlanOptions {
  school?: string
  group?: string
  teacher?: string
  subject?: string
  grade?: number
  /** "2025 - 2026" */
  schoolYear?: string
  /** Rows of the programme tables (PL I, PL III), activities per grade (PL II). */
  rows?: number
  /** PL I / PL III: these lessons in the programme table instead of `rows` generated ones (cross-plan tests). */
  lessons?: ProgrammeLesson[]
  /** PL IV: the lesson's title and periods (`Thời gian thực hiện`). */
  lessonTitle?: string
  lessonPeriods?: number
  /** PL IV: extra lines at the end of I.2 Về năng lực and of activity n's a) and d) (e.g. digital-competence codes). */
  competenceLines?: string[]
  activityLines?: Record<number, { a?: string; d?: string }>
  /** PL IV: how many of the 4 standard activities (1–4). */
  activities?: number
  /** PL IV: d) as step paragraphs ("headings") or as the two-column table "HOẠT ĐỘNG CỦA GV VÀ HS | SẢN PHẨM DỰ KIẾN". */
  layout?: 'headings' | 'activityTable'
  /** Word heading styles or bold paragraphs. */
  headingMarkup?: HeadingMarkup
  /** Headings in UPPER CASE. */
  upperCaseHeadings?: boolean
  /** Strip every diacritic (unaccented typing). */
  withoutDiacritics?: boolean
  /** Approximate length; the generator adds content (sub-activities, table rows) to reach it. */
  pages?: number
  /** PL I: term sub-header rows "HỌC KÌ I" / "HỌC KÌ II" spanning the programme table. */
  termRows?: boolean
  /** PL IV: ways real teachers write a correct plan (plans/plan_styles.ts). */
  style?: TeacherStyle
  mutations?: Mutation[]
}

/**
 * Correct plans written the way teachers write them, each a layout that
 * once gave false findings on real files.
 */
export interface TeacherStyle {
  /** `none`: no subject/grade/duration lines; `school`: the school's own lines (Tiết theo KHDH, Dạy lớp, Tuần – Tiết). */
  header?: 'none' | 'school' | 'oneLine'
  /** The lesson title as teachers write it, instead of `TÊN BÀI DẠY: …`. */
  title?:
    | 'section'
    | 'unnumbered'
    | 'periods'
    | 'review'
    | 'practice'
    | 'topic'
    | 'cell'
    | 'endOfChapter'
    | 'periodList'
    | 'planColon'
    | 'periodRange'
    | 'weekPeriod'
  /** Part labels after a typed `* ` / `- ` / `+ ` bullet instead of a) … d). */
  partBullets?: boolean
  /**
   * `competenceQualities`: I. Mục tiêu with only 1. Về năng lực and 2. Về phẩm chất (knowledge folded into competences);
   * `combined`: `1. Kiến thức, kĩ năng:` then `2. Năng lực, phẩm chất:` with `- Năng lực: …` and `- Phẩm chất: …` under it;
   * `combinedAbout`: `2. Về năng lực và phẩm chất` with `* Phẩm chất: …` under it;
   * `combinedRow`: the objectives in a table, rows `Kiến thức` and `Năng lực – phẩm chất`.
   */
  objectives?: 'competenceQualities' | 'combined' | 'combinedAbout' | 'combinedRow'
  /** II. written as a plain line (no number, not bold): `Đồ dùng dạy học: …`, `Thiết bị dạy học và học liệu` alone, or (with `english`) `Teaching aids: …`. */
  equipmentLine?: 'aids' | 'alone'
  /** A Tiếng Anh plan written in English (I. OBJECTIVES, II. MATERIALS, III. PROCEDURES, 1. Warm up, a. Aims … d. Organization). */
  english?: boolean
  /** A Ngữ văn unit plan over many periods: parts Văn bản 1, 2, Thực hành tiếng Việt, Viết, Nói và nghe, each with I. … IV. */
  unitParts?: boolean
  /** Sections lettered A. YÊU CẦU CẦN ĐẠT, B. THIẾT BỊ, HỌC LIỆU VÀ CHUẨN BỊ CỦA HỌC SINH, C. TIẾN TRÌNH DẠY HỌC, D. … */
  letteredSections?: boolean
  /** Older names kept in schools' own templates: II. CHUẨN BỊ, III. CÁC HOẠT ĐỘNG DẠY – HỌC. */
  sectionNames?: 'schoolTemplate'
  /** PL I: `I.` alone on its line then `Đặc điểm tình hình:`, or the heading without a numeral. */
  situationHeading?: 'numeralAlone' | 'unnumbered'
  /** PL I: the programme table with the school's own columns besides the frame's. */
  ownColumns?: boolean
  /** a) Mục đích, b) Nội dung hoạt động, c) Sản phẩm học tập, d) Tổ chức hoạt động / Cách thức tổ chức. */
  partNames?: 'synonyms'
  /** `mergedRows`: the activities in one table, each opened by a merged row `HOẠT ĐỘNG n: …`; `lettered`: A. KHỞI ĐỘNG … D. VẬN DỤNG. */
  activities?: 'mergedRows' | 'lettered' | 'paragraphs' | 'phasesWithTasks'
  /** Board notes `I. …`, `II. …` inside Hoạt động 2 (content, not sections of the plan). */
  boardHeadings?: boolean
  /** Blanks left on purpose: Ngày soạn …/…/…, exercise blanks, 0,1666…, Điều chỉnh sau bài dạy, worksheets in an appendix. */
  blanksByDesign?: boolean
  /** `I MỤC TIÊU`, `1 Về kiến thức`, `II THIẾT BỊ …`: section numbers typed without their dot. */
  headingNumbers?: 'withoutDots'
  /** With `english`: objectives `2. Skills`, `3. Attitude` and `II. TEACHER AND STUDENTS’ PREPARATIONS`, names kept from older English plans. */
  englishNames?: 'skillsAttitude'
  /** The whole plan pasted as three long paragraphs (headings inside the text, no line breaks). */
  flattened?: boolean
}

export interface ProgrammeLesson {
  title: string
  periods: number
  /** PL III `Thời điểm`, e.g. `Tuần 14, 15`. */
  week?: string
}

export type Mutation =
  | { type: 'dropSection'; key: string }
  | { type: 'swapSections'; a: string; b: string }
  | { type: 'dropActivityPart'; activity: number; part: 'a' | 'b' | 'c' | 'd' }
  | { type: 'dropTableColumn'; header: string }
  | { type: 'dropAssessmentRow'; row: string }
  | { type: 'twoLessons' }
  /** Several lessons in one file, one per title line written as given (the first keeps its TÊN BÀI DẠY line). */
  | { type: 'lessons'; titles: string[] }
  | { type: 'placeholders' }

export type ResolvedOptions = Required<
  Omit<PlanOptions, 'mutations' | 'pages' | 'lessons' | 'lessonTitle' | 'lessonPeriods'>
> & {
  pages?: number
  lessons?: ProgrammeLesson[]
  lessonTitle?: string
  lessonPeriods?: number
  mutations: Mutation[]
}

export function resolveOptions(options: PlanOptions): ResolvedOptions {
  return {
    school: 'THCS Nguyễn Du',
    group: 'Khoa học tự nhiên',
    teacher: 'Nguyễn Thị Lan',
    subject: 'Toán',
    grade: 6,
    schoolYear: '2025 - 2026',
    rows: 12,
    activities: 4,
    layout: 'headings',
    headingMarkup: 'style',
    upperCaseHeadings: false,
    withoutDiacritics: false,
    termRows: false,
    style: {},
    competenceLines: [],
    activityLines: {},
    mutations: [],
    ...options,
  }
}

/** Characters of body text on one A4 page at 11–13 pt, used to size long plans. */
export const CHARS_PER_PAGE = 2200
