/*
|--------------------------------------------------------------------------
| Fair scheduler: who parses next when every thread is busy
|--------------------------------------------------------------------------
|
| Tasks wait here, not inside the worker pool, so a task's time limit
| starts when a thread takes it (the limit measures the work, not the
| wait). The next task goes to the owner (uploader) with the fewest tasks
| running, then the one served longest ago, so one teacher's batch cannot
| starve a colleague: two uploaders share the threads turn by turn, and one
| owner never holds every thread (the last one stays for someone else). Large files run on
| at most `largeSlots` threads, leaving the others for small files.
|
|   const scheduler = new FairScheduler({ slots: 2, largeSlots: 1 })  // one owner: 1 slot
|   await scheduler.run({ owner: 'u12', large: true }, () => parse(bytes))
*/
export interface SchedulerOptions {
  /** Tasks running at once (the pool's threads). */
  slots: number
  /** Of those, at most this many large ones. */
  largeSlots: number
  /** At most this many of one owner's (so a burst never holds every slot; default: all but one). */
  ownerSlots?: number
}

export interface TaskTicket {
  /** Whose task (an uploader's id); tasks without one share the "system" owner. */
  owner?: string
  large?: boolean
}

export interface OwnerProgress {
  running: number
  waiting: number
  /** Tasks queued before the owner's oldest waiting one (0 when nothing waits). */
  ahead: number
}

interface Waiting {
  owner: string
  large: boolean
  start: () => void
}

export class FairScheduler {
  #waiting: Waiting[] = []
  #running = 0
  #runningLarge = 0
  #runningByOwner = new Map<string, number>()
  #lastServed = new Map<string, number>()
  #served = 0

  readonly #ownerSlots: number

  constructor(readonly options: SchedulerOptions) {
    this.#ownerSlots = options.ownerSlots ?? Math.max(1, options.slots - 1)
  }

  /** Runs the task when its turn comes; resolves or rejects with it. */
  run<T>(ticket: TaskTicket, task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const owner = ticket.owner ?? 'system'
      const large = ticket.large ?? false
      this.#waiting.push({
        owner,
        large,
        start: () => {
          task()
            .then(resolve, reject)
            .finally(() => this.#finish(owner, large))
        },
      })
      this.#pump()
    })
  }

  /** Tasks waiting for a thread (for the page that says "đang chờ xử lý"). */
  get waiting() {
    return this.#waiting.length
  }

  /**
   * Where one owner's tasks stand: how many run now, how many wait, and how
   * many other tasks were queued before the owner's oldest waiting one (the
   * fair order may serve it sooner, never later than after those).
   */
  progressOf(owner: string): OwnerProgress {
    const first = this.#waiting.findIndex((task) => task.owner === owner)
    return {
      running: this.#runningByOwner.get(owner) ?? 0,
      waiting: this.#waiting.filter((task) => task.owner === owner).length,
      ahead: first === -1 ? 0 : first,
    }
  }

  #pump() {
    while (this.#running < this.options.slots) {
      const index = this.#nextIndex()
      if (index === -1) return
      const [next] = this.#waiting.splice(index, 1)
      this.#running += 1
      if (next.large) this.#runningLarge += 1
      this.#runningByOwner.set(next.owner, (this.#runningByOwner.get(next.owner) ?? 0) + 1)
      this.#lastServed.set(next.owner, this.#served++)
      next.start()
    }
  }

  /**
   * The oldest waiting task of the owner with the fewest tasks running and,
   * among those, the one served longest ago (round robin); large tasks are
   * skipped while their slots are full.
   */
  #nextIndex() {
    let best = -1
    let bestKey: [number, number] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
    for (const [index, candidate] of this.#waiting.entries()) {
      if (candidate.large && this.#runningLarge >= this.options.largeSlots) continue
      if ((this.#runningByOwner.get(candidate.owner) ?? 0) >= this.#ownerSlots) continue
      const key: [number, number] = [
        this.#runningByOwner.get(candidate.owner) ?? 0,
        this.#lastServed.get(candidate.owner) ?? -1,
      ]
      if (key[0] < bestKey[0] || (key[0] === bestKey[0] && key[1] < bestKey[1])) {
        best = index
        bestKey = key
      }
    }
    return best
  }

  #finish(owner: string, large: boolean) {
    this.#running -= 1
    if (large) this.#runningLarge -= 1
    const left = (this.#runningByOwner.get(owner) ?? 1) - 1
    if (left > 0) this.#runningByOwner.set(owner, left)
    else this.#runningByOwner.delete(owner)
    /* Forget an owner with nothing left, so the maps hold only current uploaders. */
    if (left <= 0 && !this.#waiting.some((task) => task.owner === owner))
      this.#lastServed.delete(owner)
    this.#pump()
  }
}
