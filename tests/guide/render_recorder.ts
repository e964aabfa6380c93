import app from '@adonisjs/core/services/app'
import edge from 'edge.js'
import { I18n } from '@adonisjs/i18n'
import { existsSync } from 'node:fs'

/*
 * What a screen is made of, recorded while the browser suite renders it.
 * The HTTP server runs in the test process, so every template Edge loads
 * (page, layout, partials, components) and every translation namespace the
 * page asks for goes through here. The screenshot manifest stores the hash
 * of each of these files: change one and the screenshot is stale.
 */

/** Always part of the look of a page. */
const ALWAYS = ['resources/public/css/app.css']

export class RenderRecorder {
  #templates = new Set<string>()
  #namespaces = new Set<string>()
  #restore: (() => void) | null = null

  start() {
    const loader = edge.loader
    const resolve = loader.resolve.bind(loader)
    loader.resolve = (templatePath: string) => {
      this.#templates.add(loader.makePath(templatePath))
      return resolve(templatePath)
    }
    const formatMessage = I18n.prototype.formatMessage
    const namespaces = this.#namespaces
    I18n.prototype.formatMessage = function (this: I18n, identifier: string, ...rest: unknown[]) {
      namespaces.add(identifier.split('.')[0])
      return (formatMessage as (...args: unknown[]) => string).call(this, identifier, ...rest)
    }
    this.#restore = () => {
      loader.resolve = resolve
      I18n.prototype.formatMessage = formatMessage
    }
  }

  stop() {
    this.#restore?.()
    this.#restore = null
  }

  /** Absolute paths of the files rendered since the last call, then forgets them. */
  take(): string[] {
    const translations = [...this.#namespaces]
      .map((namespace) => app.makePath('resources/lang/vi', `${namespace}.json`))
      .filter((path) => existsSync(path))
    /* Templates registered in memory by packages have no file of ours to hash. */
    const templates = [...this.#templates].filter((path) => path.startsWith(app.makePath()) && existsSync(path))
    const files = [...templates, ...translations, ...ALWAYS.map((path) => app.makePath(path))]
    this.#templates.clear()
    this.#namespaces.clear()
    return [...new Set(files)].sort()
  }
}
