import { test } from '@japa/runner'
import { FairScheduler, type TaskTicket } from '#app/documents/parsing/fair_scheduler'

/*
 * The order in which waiting files get a parser thread. Tasks are
 * promises the test finishes by hand, so the order is exact, not timed.
 */
function harness(scheduler: FairScheduler) {
  const started: string[] = []
  const finishers = new Map<string, () => void>()
  const submit = (name: string, ticket: TaskTicket) =>
    scheduler.run(ticket, () => {
      started.push(name)
      return new Promise<void>((resolve) => finishers.set(name, resolve))
    })
  const finish = async (name: string) => {
    finishers.get(name)!()
    /* Let the scheduler's then/finally run. */
    for (let tick = 0; tick < 5; tick++) await Promise.resolve()
  }
  return { started, submit, finish }
}

test.group('Fair parser scheduling', () => {
  test('a colleague’s small file starts at once while one teacher’s burst of large files waits its turn', async ({
    assert,
  }) => {
    const { started, submit, finish } = harness(new FairScheduler({ slots: 2, largeSlots: 1 }))
    submit('big-1', { owner: 'lan', large: true })
    submit('big-2', { owner: 'lan', large: true })
    submit('big-3', { owner: 'lan', large: true })
    submit('small', { owner: 'minh', large: false })
    assert.deepEqual(started, ['big-1', 'small'], 'one thread stays free of large files')
    await finish('small')
    assert.deepEqual(started, ['big-1', 'small'], 'large files never take the last thread')
    await finish('big-1')
    assert.deepEqual(started, ['big-1', 'small', 'big-2'])
  })

  test('one teacher’s burst never holds every thread: the last one waits for a colleague', async ({
    assert,
  }) => {
    const { started, submit, finish } = harness(new FairScheduler({ slots: 2, largeSlots: 2 }))
    for (const name of ['lan-1', 'lan-2', 'lan-3']) submit(name, { owner: 'lan' })
    assert.deepEqual(started, ['lan-1'])
    submit('minh-1', { owner: 'minh' })
    assert.deepEqual(started, ['lan-1', 'minh-1'])
    await finish('lan-1')
    assert.deepEqual(started, ['lan-1', 'minh-1', 'lan-2'])
  })

  test('two teachers’ batches alternate instead of running one after the other', async ({
    assert,
  }) => {
    const { started, submit, finish } = harness(new FairScheduler({ slots: 1, largeSlots: 1 }))
    for (const name of ['lan-1', 'lan-2', 'lan-3']) submit(name, { owner: 'lan' })
    for (const name of ['minh-1', 'minh-2']) submit(name, { owner: 'minh' })
    for (const name of ['lan-1', 'minh-1', 'lan-2', 'minh-2']) await finish(name)
    assert.deepEqual(started, ['lan-1', 'minh-1', 'lan-2', 'minh-2', 'lan-3'])
  })

  test('no task starts before a slot is free, so a time limit set at start measures the work alone', async ({
    assert,
  }) => {
    const scheduler = new FairScheduler({ slots: 1, largeSlots: 1 })
    const { started, submit, finish } = harness(scheduler)
    submit('first', { owner: 'lan' })
    submit('second', { owner: 'minh' })
    assert.deepEqual(started, ['first'])
    assert.equal(scheduler.waiting, 1)
    await finish('first')
    assert.deepEqual(started, ['first', 'second'])
    assert.equal(scheduler.waiting, 0)
  })

  test('a failing task frees its slot and rejects only its own caller', async ({ assert }) => {
    const scheduler = new FairScheduler({ slots: 1, largeSlots: 1 })
    const failed = scheduler.run({ owner: 'lan' }, () => Promise.reject(new Error('worker died')))
    const next = scheduler.run({ owner: 'minh' }, async () => 'parsed')
    await assert.rejects(() => failed, 'worker died')
    assert.equal(await next, 'parsed')
  })

  test('each teacher learns where their own files stand: being read, waiting, and how many are ahead', async ({
    assert,
  }) => {
    const scheduler = new FairScheduler({ slots: 1, largeSlots: 1 })
    assert.deepEqual(scheduler.progressOf('lan'), { running: 0, waiting: 0, ahead: 0 })
    const own = harness(scheduler)
    own.submit('lan-1', { owner: 'lan' })
    own.submit('lan-2', { owner: 'lan' })
    own.submit('minh-1', { owner: 'minh' })
    assert.deepEqual(scheduler.progressOf('lan'), { running: 1, waiting: 1, ahead: 0 })
    assert.deepEqual(scheduler.progressOf('minh'), { running: 0, waiting: 1, ahead: 1 })
    await own.finish('lan-1')
    /* Fair order: Minh's file goes before Lan's second one. */
    assert.deepEqual(scheduler.progressOf('minh'), { running: 1, waiting: 0, ahead: 0 })
    assert.deepEqual(scheduler.progressOf('lan'), { running: 0, waiting: 1, ahead: 0 })
  })
})
