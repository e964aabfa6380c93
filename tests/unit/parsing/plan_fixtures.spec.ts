import { test } from '@japa/runner'
import type { HeadingBlock } from '#plugins/document_model'
import { parseBytes } from '#app/documents/parsing/parse_bytes'
import { DEFAULT_LIMITS } from '#app/documents/parsing/parse_outcome'
import { buildPlan, toDocx, type Mutation, type PlanKind } from '#tests/fixtures/plans'

async function modelOf(kind: PlanKind, mutations: Mutation[] = [], extra = {}) {
  const outcome = await parseBytes(
    await toDocx(buildPlan(kind, { mutations, ...extra })),
    DEFAULT_LIMITS
  )
  if (outcome.status !== 'parsed') throw new Error(outcome.reason)
  return outcome.model
}

const headingTexts = (model: Awaited<ReturnType<typeof modelOf>>) =>
  model.blocks.filter((b): b is HeadingBlock => b.type === 'heading').map((h) => h.text)

test.group('Plan fixtures read back with their mutations', () => {
  test('dropping and swapping sections', async ({ assert }) => {
    const dropped = await modelOf('pl4', [{ type: 'dropSection', key: 'II' }])
    assert.notInclude(headingTexts(dropped), 'II. Thiết bị dạy học và học liệu')
    const swapped = headingTexts(await modelOf('pl4', [{ type: 'swapSections', a: 'I', b: 'II' }]))
    assert.isBelow(
      swapped.indexOf('II. Thiết bị dạy học và học liệu'),
      swapped.indexOf('I. Mục tiêu')
    )
  })

  test("removing an activity's c) Sản phẩm", async ({ assert }) => {
    const model = await modelOf('pl4', [{ type: 'dropActivityPart', activity: 2, part: 'c' }])
    assert.lengthOf(model.text.match(/^c\) Sản phẩm/gm) ?? [], 3)
  })

  test('dropping a table column and an assessment row', async ({ assert }) => {
    const model = await modelOf('pl1', [
      { type: 'dropTableColumn', header: 'Số tiết' },
      { type: 'dropAssessmentRow', row: 'Giữa Học kỳ 2' },
    ])
    assert.notInclude(model.text, 'Giữa Học kỳ 2')
    assert.include(model.text, 'STT | Bài học\n(1) | Yêu cầu cần đạt\n(3)')
  })

  test('two lessons in one file, placeholders, and wrong kinds', async ({ assert }) => {
    const two = await modelOf('pl4', [{ type: 'twoLessons' }])
    assert.lengthOf(two.text.match(/TÊN BÀI DẠY:/g) ?? [], 2)
    const blank = await modelOf('pl4', [{ type: 'placeholders' }])
    assert.include(blank.text, 'Trường: ……………………')
    assert.include(blank.text, '1. Về kiến thức: Nêu cụ thể nội dung kiến thức')
    const model = await modelOf('minutes')
    assert.include(model.text, 'BIÊN BẢN')
    const primaryLessonModel = await modelOf('primaryLesson')
    assert.include(primaryLessonModel.text, '3. Các hoạt động dạy học chủ yếu:')
  })

  test('unaccented typing', async ({ assert }) => {
    const model = await modelOf('pl4', [], { withoutDiacritics: true })
    assert.include(headingTexts(model), 'III. Tien trinh day hoc')
  })
})
