/*
|--------------------------------------------------------------------------
| nls:digital-competence — lesson plans state and develop digital competence
|--------------------------------------------------------------------------
|
| Guidance from 2025–2026 (Thông tư 02/2025/TT-BGDĐT, Công văn 3456/
| BGDĐT-GDPT): a lesson plan states the digital-competence (năng lực số)
| objectives it develops in I. Mục tiêu, by indicator code (`1.1.TC1a`),
| and shows in its activities where they are developed. Off by default:
| the department enables it per school year (README.md). The framework is
| data (framework.json, validated at boot).
|
| Confidence (spec nls-framework.md): the code table and levels by grade
| are [C]; how a plan must cite codes is [U]. So only a code that does
| not exist, or a level two steps from the grade's, may be an error, and
| only when the department marks the rule `required`.
*/

import {
  definePlugin,
  locate,
  normalized,
  vine,
  type NormalizedDocument,
  type TextLine,
} from '../contract.js'
import { citationsIn, type Citation } from './citations.js'
import { loadFramework, type Framework } from './framework.js'

let framework: Framework

const OBJECTIVES_RE = /^(?:i\s*[.:)/-]\s*)?muc tieu\b/
const ACTIVITIES_RE = /^(?:iii\s*[.:)/-]\s*)?tien trinh day hoc\b/
const ACTIVITY_RE = /^(?:\d+(?:\.\d+)*\s*[.:)-]?\s*)?hoat dong\b/

export default definePlugin({
  meta: {
    id: 'nls:digital-competence',
    version: '1.0.0',
    title: 'Năng lực số trong kế hoạch bài dạy',
    description:
      'Kiểm tra mục tiêu năng lực số (mã chỉ báo theo Khung năng lực số, Thông tư 02/2025/TT-BGDĐT) nêu trong I. Mục tiêu: mã có trong khung, đúng mức theo khối lớp, và được phát triển trong ít nhất một hoạt động.',
    kinds: ['pl4'],
    formats: ['docx', 'pdf'],
    severity: 'warning',
    reference: {
      document: 'Thông tư 02/2025/TT-BGDĐT; Công văn 3456/BGDĐT-GDPT',
      clause: 'Khung năng lực số cho người học, bảng mã chỉ báo',
    },
    enabledByDefault: false,
    messages: {
      objectivesMissing:
        'Mục I. Mục tiêu chưa nêu mục tiêu năng lực số bằng mã chỉ báo (ví dụ {example}).',
      unknownCode: 'Mã năng lực số "{code}" không có trong Khung năng lực số{hint}.',
      incompleteCode:
        'Mã năng lực số "{code}" chưa đủ: cần ghi cả chữ cái chỉ báo (ví dụ {example}).',
      levelNeighbour:
        'Mã "{code}" thuộc mức {level}; lớp {grade} theo khung là mức {expected} (mức liền kề, cần xem lại).',
      levelMismatch: 'Mã "{code}" thuộc mức {level}, không phù hợp lớp {grade} (mức {expected}).',
      notDeveloped:
        'Mục tiêu năng lực số "{code}" không được nêu ở a) Mục tiêu hay d) Tổ chức thực hiện của hoạt động nào.',
    },
    /**
     * required: the department requires the codes; a code not in the
     * framework and a level far from the grade's become errors.
     * checkActivities: each objective code must be cited in an activity.
     */
    options: vine.create({ required: vine.boolean(), checkActivities: vine.boolean() }),
    defaultOptions: { required: false, checkActivities: true },
  },

  async setup() {
    framework = await loadFramework(new URL('./framework.json', import.meta.url))
  },

  check({ document, submission, options, report }) {
    const view = normalized(document)
    const parts = planParts(view)
    const expected = framework.levelOfGrade.get(submission.grade)
    const objectives = cited(view, parts.objectives)
    if (objectives.length === 0) {
      const location =
        parts.objectives[0] !== undefined ? locate(view.lines[parts.objectives[0]]) : {}
      return report({
        messageId: 'objectivesMissing',
        data: { example: `1.1.${expected ?? 'TC1'}a` },
        location,
      })
    }
    const strict = options.required ? 'error' : 'warning'
    const valid: string[] = []
    for (const { citation, line } of objectives) {
      const location = locate(line)
      if (!citation.letter) {
        report({
          messageId: 'incompleteCode',
          data: { code: citation.code, example: `${citation.code}a` },
          location,
        })
      } else if (!framework.codes.has(citation.code)) {
        report({
          messageId: 'unknownCode',
          severity: strict,
          data: { code: citation.code, hint: hint(citation) },
          location,
        })
      } else {
        valid.push(citation.code)
        const distance =
          expected === undefined
            ? 0
            : Math.abs(framework.order.indexOf(citation.level) - framework.order.indexOf(expected))
        const data = {
          code: citation.code,
          level: citation.level,
          expected: expected ?? '',
          grade: submission.grade,
        }
        if (distance === 1) report({ messageId: 'levelNeighbour', data, location })
        else if (distance > 1)
          report({ messageId: 'levelMismatch', severity: strict, data, location })
      }
    }
    if (!options.checkActivities) return
    const developed = new Set(
      cited(view, parts.activityGoalsAndSteps).map(({ citation }) => citation.code)
    )
    for (const code of new Set(valid)) {
      if (!developed.has(code)) {
        const line = objectives.find(({ citation }) => citation.code === code)!.line
        report({ messageId: 'notDeveloped', data: { code }, location: locate(line) })
      }
    }
  },
})

/**
 * Line numbers of I. Mục tiêu (up to the next roman part) and of the
 * activities' a) Mục tiêu and d) Tổ chức thực hiện (with the lines and
 * tables that follow them up to the next part or activity).
 */
function planParts(view: NormalizedDocument) {
  const objectives: number[] = []
  const activityGoalsAndSteps: number[] = []
  let part: 'objectives' | 'other' | 'activities' | undefined
  let activityPart: string | undefined
  for (const line of view.lines) {
    if (line.origin !== 'cell' && line.labelKind === 'roman') {
      part = OBJECTIVES_RE.test(line.key)
        ? 'objectives'
        : ACTIVITIES_RE.test(line.key)
          ? 'activities'
          : 'other'
      activityPart = undefined
    } else if (part === undefined && OBJECTIVES_RE.test(line.key) && line.emphasis) {
      part = 'objectives'
    }
    if (part === 'objectives') objectives.push(line.i)
    if (part !== 'activities') continue
    if (ACTIVITY_RE.test(line.body)) activityPart = undefined
    if (line.labelKind === 'lower' && line.label && 'abcd'.includes(line.label))
      activityPart = line.label
    if (activityPart === 'a' || activityPart === 'd') activityGoalsAndSteps.push(line.i)
  }
  return { objectives, activityGoalsAndSteps }
}

function cited(
  view: NormalizedDocument,
  lineNumbers: number[]
): Array<{ citation: Citation; line: TextLine }> {
  return lineNumbers.flatMap((i) =>
    citationsIn(view.lines[i].text).map((citation) => ({ citation, line: view.lines[i] }))
  )
}

/** `1.2.CB1 chỉ có a`, or nothing when the component or level itself is unknown. */
function hint(citation: Citation): string {
  const letters = framework.letters.get(citation.component)?.[citation.level]
  return letters
    ? ` (${citation.component}.${citation.level} chỉ có ${[...letters].join(', ')})`
    : ''
}
