import type { HttpContext } from '@adonisjs/core/http'

/** The signed-in user's start page. */
export default class HomeController {
  async show({ view }: HttpContext) {
    return view.render('pages/core/home')
  }
}
