import type { HttpContext } from '@adonisjs/core/http'
import { welcomePanel } from '#app/core/guide/welcome'

/** The signed-in user's start page, with the welcome panel of the person's main role. */
export default class HomeController {
  async show({ view, auth, request }: HttpContext) {
    const welcome = await welcomePanel(auth.getUserOrFail(), request.input('welcome') === '1')
    return view.render('pages/core/home', { welcome })
  }
}
