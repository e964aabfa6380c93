import { test } from '@japa/runner'
import { staticRead, withStaticReads } from '#app/core/services/static_reads'

test.group('Static reads', () => {
  test('inside a job a read is done once and shared; outside, every time', async ({ assert }) => {
    let reads = 0
    const read = () => staticRead('roles:1', async () => ++reads)

    assert.deepEqual(await withStaticReads(async () => [await read(), await read()]), [1, 1])
    assert.equal(await read(), 2)
    assert.equal(await read(), 3)
    assert.equal(await withStaticReads(read), 4)
  })

  test('a failed read is not remembered', async ({ assert }) => {
    let reads = 0
    const read = () =>
      staticRead('roles:2', async () => {
        if (++reads === 1) throw new Error('database busy')
        return reads
      })

    await withStaticReads(async () => {
      await assert.rejects(read, 'database busy')
      assert.equal(await read(), 2)
      assert.equal(await read(), 2)
    })
  })
})
