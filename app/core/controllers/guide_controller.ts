import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import { existsSync } from 'node:fs'
import { GUIDES, FAQ } from '#app/core/guide/guides'
import { GUIDE_ROLES, guideRolesFor, isGuideRole } from '#app/core/guide/guide_roles'
import { renderMarkdown } from '#app/core/guide/markdown'
import { screenshotPath, screenshotUrl } from '#app/core/guide/screenshots'
import { supportContact, telHref } from '#app/core/guide/support_contact'
import { dismissWelcome } from '#app/core/guide/welcome'

/*
 * "Hướng dẫn sử dụng": open to everyone, signed in or not, because the
 * people who need it most are the ones who cannot sign in yet.
 */
export default class GuideController {
  async index({ view, auth }: HttpContext) {
    const mine = guideRolesFor(auth.user?.currentRoles ?? [])
    const guides = GUIDE_ROLES.map((role) => ({ ...GUIDES[role], isMine: mine.includes(role) }))
    return view.render('pages/guide/index', { guides, faq: this.faq(), ...(await this.support()) })
  }

  async show({ view, params }: HttpContext) {
    const role = params.role
    if (!isGuideRole(role)) return this.notFound()
    const guide = GUIDES[role]
    const steps = guide.steps.map((step, index) => ({
      ...step,
      number: index + 1,
      html: renderMarkdown(step.body),
      desktopUrl: step.screenshot ? screenshotUrl(role, step.id, 'desktop') : null,
      phoneUrl: step.screenshot ? screenshotUrl(role, step.id, 'phone') : null,
    }))
    const others = GUIDE_ROLES.filter((other) => other !== role).map((other) => GUIDES[other])
    return view.render('pages/guide/show', {
      guide,
      steps,
      others,
      faq: this.faq(),
      ...(await this.support()),
    })
  }

  /** The committed PNGs live outside the public folder (resources/guide/screenshots), served here. */
  async screenshot({ params, response }: HttpContext) {
    const match = /^([a-z0-9-]+)-(desktop|phone)\.png$/.exec(String(params.file))
    if (!isGuideRole(params.role) || !match) return this.notFound()
    const path = screenshotPath(params.role, match[1], match[2] as 'desktop' | 'phone')
    if (!existsSync(path)) return this.notFound()
    response.header('Cache-Control', 'public, max-age=300')
    return response.download(path, true)
  }

  async dismissWelcome({ auth, response }: HttpContext) {
    await dismissWelcome(auth.getUserOrFail().id)
    return response.redirect().toRoute('home')
  }

  private faq() {
    return FAQ.map((entry) => ({ question: entry.question, html: renderMarkdown(entry.answer) }))
  }

  private async support() {
    const contact = await supportContact()
    return { contact, contactTel: telHref(contact.hotline) }
  }

  private notFound(): never {
    throw new Exception('Guide page not found', { status: 404, code: 'E_ROUTE_NOT_FOUND' })
  }
}
