import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Seeds an organization (and with `--with-documents` its year of plans,
 * hence it lives in workflow, the module that may use both): the demo one (`--scale=demo`, only into an empty
 * database) or a city-sized one for benchmarks (`--scale=city`: 600
 * schools, 25,000 teachers), both with batched multi-row inserts.
 * `--with-documents` adds the current school year of plans: the demo
 * schools' year, or every city school's (generated files through the real
 * actions, a school at a time; run it again to resume).
 */
export default class Seed extends BaseCommand {
  static commandName = 'hscm:seed'
  static description =
    'Seed the demo organization or a city-sized one (--scale=city) for benchmarks'
  static options: CommandOptions = { startApp: true }

  @flags.string({ description: 'demo or city', default: 'demo' })
  declare scale: string

  @flags.boolean({
    description:
      'Also seed the current school year of plans, school by school (schools that have plans are skipped)',
  })
  declare withDocuments: boolean

  @flags.number({ description: 'City with documents: teachers per group with plans', default: 1 })
  declare teachersPerGroup: number

  @flags.number({ description: 'City with documents: lesson plans per teacher', default: 2 })
  declare lessonsPerTeacher: number

  @flags.number({ description: 'Schools of the city seed', default: 600 })
  declare schools: number

  @flags.number({ description: 'Teachers of the city seed', default: 25000 })
  declare teachers: number

  async run() {
    const started = performance.now()
    if (this.scale === 'city') await this.seedCity()
    else if (this.scale === 'demo') await this.seedDemo()
    else return this.fail(`Unknown scale "${this.scale}": use demo or city`)
    this.logger.info(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }

  private async seedDemo() {
    const { seedDemoIfEmpty } = await import('#app/organization/seeding/demo')
    if (await seedDemoIfEmpty()) this.logger.success('Seeded the demo organization')
    else
      this.logger.warning(
        'The database already has accounts: the demo organization only goes into an empty database'
      )
    if (!this.withDocuments) return
    const { seedDemoYear } = await import('#app/workflow/seeding/demo_year')
    this.reportPlans(await seedDemoYear())
  }

  private async seedCity() {
    const { seedCity } = await import('#app/organization/seeding/seed_city')
    const result = await seedCity({ schools: this.schools, teachers: this.teachers, offices: 40 })
    if (result)
      this.logger.success(
        `Seeded ${result.schools} schools, ${result.people} accounts, ${result.assignments} role assignments`
      )
    else if (this.withDocuments)
      this.logger.info('The database already has schools: adding the plans of those without any')
    else
      return this.fail(
        'The city seed needs a database without schools (run node ace migration:fresh first)'
      )
    if (this.withDocuments) await this.seedCityPlans()
  }

  /** Every school's year of plans, a school per transaction, one progress line per school. */
  private async seedCityPlans() {
    const { allSchoolCodes, seedYearOfPlans } = await import('#app/workflow/seeding/demo_year')
    const started = performance.now()
    const created = await seedYearOfPlans({
      schoolCodes: await allSchoolCodes(),
      size: { teachersPerGroup: this.teachersPerGroup, lessonsPerTeacher: this.lessonsPerTeacher },
      onSchool: ({ code, plans, skipped, done, total }) => {
        const elapsed = ((performance.now() - started) / 1000).toFixed(0)
        const what = skipped ? 'already has plans, skipped' : `${plans} plans`
        this.logger.info(`[${done}/${total}] ${code}: ${what} (${elapsed} s)`)
      },
    })
    this.reportPlans(created)
  }

  private reportPlans(created: number) {
    this.logger.info(
      created
        ? `Seeded ${created} plans`
        : 'The current school year already has plans: nothing added'
    )
  }

  private fail(message: string) {
    this.logger.error(message)
    this.exitCode = 1
  }
}
