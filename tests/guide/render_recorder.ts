import app from '@adonisjs/core/services/app'
import edge from 'edge.js'
import { I18n } from '@adonisjs/i18n'
import { existsSync } from 'node:fs'

/*
 * What a screen is made of, recorded while the browser suite renders it.
 * The HTTP server runs in the test process, so every template Edge loads
 * (page, layout, partials, components) and every translation the page asks
 * for goes through here. The screenshot manifest stores the hash of each:
 * change one and the screenshot is stale.
 */

/** Always part of the look of a page. */
const ALWAYS = ['resources/public/css/app.css']

export class RenderRecorder {
  #templates = new Set<string>()
  #messages = new Set<string>()
  #restore: (() => void) | null = null

  start() {
    const loader = edge.loader
    const resolve = loader.resolve.bind(loader)
    loader.resolve = (templatePath: string) => {
      this.#templates.add(loader.makePath(templatePath))
      return resolve(templatePath)
    }
    const formatMessage = I18n.prototype.formatMessage
    const messages = this.#messages
    I18n.prototype.formatMessage = function (this: I18n, identifier: string, ...rest: unknown[]) {
      messages.add(identifier)
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

  /**
   * The sources rendered since the last call, then forgets them: template
   * files (absolute paths) and translations ("resources/lang/vi/<file>.json#<key>").
   */
  take(): string[] {
    /* Templates registered in memory by packages have no file of ours to hash. */
    const templates = [...this.#templates].filter(
      (path) => path.startsWith(app.makePath()) && existsSync(path)
    )
    const translations = [...this.#messages]
      .map((identifier) => {
        const [namespace, ...key] = identifier.split('.')
        return { file: `resources/lang/vi/${namespace}.json`, key: key.join('.') }
      })
      .filter(({ file }) => existsSync(app.makePath(file)))
      .map(({ file, key }) => `${file}#${key}`)
    const files = [...templates, ...ALWAYS.map((path) => app.makePath(path))].map((path) =>
      path.slice(app.makePath().length + 1)
    )
    this.#templates.clear()
    this.#messages.clear()
    return [...new Set([...files, ...translations])].sort()
  }
}
