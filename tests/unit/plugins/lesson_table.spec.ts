import { test } from '@japa/runner'
import { fold, isLessonRow, parsePeriods, parseWeeks } from '#plugins/contract'

/** Cells are read folded, as the normalized view keys them. */
const periods = (cell: string) => parsePeriods(fold(cell))
const weeks = (cell: string) => parseWeeks(fold(cell))

test.group('Contract lesson-table readers (one reading for every plugin and the host)', () => {
  test('period counts as teachers write them', ({ assert }) => {
    assert.equal(periods('2'), 2)
    assert.equal(periods('02'), 2)
    assert.equal(periods('3 tiết'), 3)
    assert.equal(periods('3 tiết.'), 3)
    assert.equal(periods('(Tiết 1, 2)'), 2)
    assert.equal(periods('Tiết 3-5'), 3)
    assert.equal(periods('Tiết 1; 2; 4-5'), 4)
    assert.equal(periods('  4  '), 4)
  })

  test('what is not a count of periods is not read as one', ({ assert }) => {
    for (const cell of ['0', '00', 'hai', '', '2 tuần', '1000', 'Tiết', '2,5'])
      assert.isUndefined(periods(cell), cell)
  })

  test('the weeks a Thời điểm cell names, first to last', ({ assert }) => {
    assert.deepEqual(weeks('Tuần 14'), { from: 14, to: 14 })
    assert.deepEqual(weeks('Tuần 14-15'), { from: 14, to: 15 })
    assert.deepEqual(weeks('Tuần 14, 15'), { from: 14, to: 15 })
    assert.deepEqual(weeks('Tuần 14 đến tuần 16'), { from: 14, to: 16 })
    assert.deepEqual(weeks('Tuần thứ 3'), { from: 3, to: 3 })
    assert.deepEqual(weeks('14-15'), { from: 14, to: 15 })
    assert.isUndefined(weeks('Tháng 9'))
    assert.isUndefined(weeks('Tuần 60'))
  })

  test('lesson rows: not a term header across the table, not a marker row; in a PDF numbered and whole', ({
    assert,
  }) => {
    assert.isTrue(isLessonRow(['1', 'bai 1', '2', 'tuan 1'], 4, false))
    assert.isFalse(isLessonRow(['hoc ki i', 'hoc ki i', 'hoc ki i', 'hoc ki i'], 4, false))
    assert.isFalse(isLessonRow(['(1)', '(2)', '(3)', '(4)'], 4, false))
    assert.isTrue(isLessonRow(['1', 'bai 1', '2', 'tuan 1'], 4, true))
    assert.isFalse(isLessonRow(['', 'tiep theo cua bai 1'], 4, true), 'a wrapped line')
    assert.isFalse(isLessonRow(['1', 'bai 1', '2'], 4, true), 'a row missing a cell')
    assert.isTrue(isLessonRow(['', 'bai 1', '2', ''], 4, false))
  })
})
