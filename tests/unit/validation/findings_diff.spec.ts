import { test } from '@japa/runner'
import { diffFindings } from '#app/documents/validation/findings_diff'

const missing = (section: string, block: number) => ({
  pluginId: 'cv5512:structure',
  messageId: 'sectionMissing',
  data: { section },
  location: { block },
})

test.group('diffFindings', () => {
  test('tells fixed, new and remaining findings apart, ignoring block positions', ({ assert }) => {
    const previous = [missing('I. Mục tiêu', 3), missing('II. Thiết bị dạy học và học liệu', 9)]
    const current = [
      missing('II. Thiết bị dạy học và học liệu', 14),
      missing('III. Tiến trình dạy học', 20),
    ]
    const diff = diffFindings(previous, current)
    assert.deepEqual(
      diff.fixed.map((f) => f.data.section),
      ['I. Mục tiêu']
    )
    assert.deepEqual(
      diff.new.map((f) => f.data.section),
      ['III. Tiến trình dạy học']
    )
    assert.deepEqual(
      diff.remaining.map((f) => f.data.section),
      ['II. Thiết bị dạy học và học liệu']
    )
  })

  test('counts repeated findings one by one', ({ assert }) => {
    const placeholder = { messageId: 'placeholderLeft', data: {}, location: { excerpt: '……' } }
    const diff = diffFindings([placeholder, placeholder], [placeholder])
    assert.lengthOf(diff.remaining, 1)
    assert.lengthOf(diff.fixed, 1)
    assert.lengthOf(diff.new, 0)
  })
})
