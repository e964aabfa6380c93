/*
|--------------------------------------------------------------------------
| The digital-competence framework as data (framework.json)
|--------------------------------------------------------------------------
|
| Levels with their grades, components with the indicator letters each
| level has. Validated with VineJS when the plugin is set up: a malformed
| file (a level no grade maps to, a letter outside a–d, an indicator under
| an undeclared level) stops the boot instead of misjudging plans. A new
| version of the framework is a change of this file only.
*/

import { readFile } from 'node:fs/promises'
import { vine } from '../contract.js'

const LEVEL_CODE = /^[A-Z]{2}\d$/

const schema = vine.create({
  id: vine.string().minLength(1),
  title: vine.string().minLength(10),
  reference: vine.object({
    document: vine.string().minLength(1),
    clause: vine.string().minLength(1),
  }),
  levels: vine
    .array(
      vine.object({
        code: vine.string().regex(LEVEL_CODE),
        name: vine.string().minLength(1),
        grades: vine.array(vine.number().withoutDecimals().range([1, 12])).minLength(1),
      })
    )
    .minLength(1),
  domains: vine
    .array(vine.object({ id: vine.string().regex(/^\d$/), name: vine.string().minLength(1) }))
    .minLength(1),
  components: vine
    .array(
      vine.object({
        id: vine.string().regex(/^\d\.\d$/),
        name: vine.string().minLength(1),
        indicators: vine.record(vine.string().regex(/^a?b?c?d?$/)),
      })
    )
    .minLength(1),
})

export interface Framework {
  id: string
  reference: { document: string; clause: string }
  /** Level codes in order (CB1 … NC1): neighbours are one step apart. */
  order: string[]
  levelOfGrade: Map<number, string>
  /** Every valid code, e.g. `1.1.TC1a`. */
  codes: Set<string>
  /** Component id → its letters per level (for "1.2.CB1 only has a"). */
  letters: Map<string, Record<string, string>>
}

export async function loadFramework(file: URL): Promise<Framework> {
  let data
  try {
    data = await schema.validate(JSON.parse(await readFile(file, 'utf8')))
  } catch (error) {
    throw new Error(
      `Digital-competence framework ${file.pathname} is invalid: ${(error as Error).message}`,
      { cause: error }
    )
  }
  const order = data.levels.map((level) => level.code)
  const levelOfGrade = new Map<number, string>()
  for (const level of data.levels) {
    for (const grade of level.grades) {
      if (levelOfGrade.has(grade))
        throw new Error(`Digital-competence framework: grade ${grade} is in two levels`)
      levelOfGrade.set(grade, level.code)
    }
  }
  const domains = new Set(data.domains.map((domain) => domain.id))
  const codes = new Set<string>()
  const letters = new Map<string, Record<string, string>>()
  for (const component of data.components) {
    if (!domains.has(component.id.split('.')[0]))
      throw new Error(`Digital-competence framework: component ${component.id} has no domain`)
    for (const [level, set] of Object.entries(component.indicators)) {
      if (!order.includes(level))
        throw new Error(
          `Digital-competence framework: component ${component.id} uses undeclared level ${level}`
        )
      for (const letter of set) codes.add(`${component.id}.${level}${letter}`)
    }
    letters.set(component.id, component.indicators)
  }
  return { id: data.id, reference: data.reference, order, levelOfGrade, codes, letters }
}
