import Seed from '#app/workflow/commands/seed'

/** `node ace db:seed:city`: the same as `node ace hscm:seed --scale=city`. */
export default class SeedCity extends Seed {
  static commandName = 'db:seed:city'
  static description =
    'Seed a city-sized organization (600 schools, 25,000 teachers) for benchmarks'

  async run() {
    this.scale = 'city'
    return super.run()
  }
}
