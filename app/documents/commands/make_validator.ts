import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { args, BaseCommand, flags } from '@adonisjs/core/ace'
import type { DocumentKind } from '#plugins/contract/types'
import { isDocumentKind, kindIds } from '#app/core/registries/kinds'
import { NAME_PATTERN, validatorScaffold } from './validator_scaffold.js'
import { vietnamese } from '#app/core/services/texts'

/* The command's words (documents.commands.makeValidator.*); this command never boots the app. */
const t = (key: string, data?: Record<string, unknown>) =>
  vietnamese().t(`documents.commands.makeValidator.${key}`, data)

/**
 * Scaffolds a validator plugin: plugins/<name>/index.ts, its README.md and
 * a pluginTester spec that passes as generated. Never overwrites a file.
 */
export default class MakeValidator extends BaseCommand {
  static commandName = 'make:validator'
  static description =
    'Create a validator plugin (index.ts, README.md) and its RuleTester-style spec'

  @args.string({ description: 'Plugin folder name, kebab-case (e.g. lesson-objectives)' })
  declare name: string

  @flags.string({ description: 'Id namespace: the id becomes <namespace>:<name>', default: 'dept' })
  declare namespace: string

  @flags.array({
    description: 'Document kinds it checks (ids of app/core/registries/kinds.ts); all by default',
  })
  declare kind?: string[]

  @flags.boolean({
    description: 'Write to plugins/_<name>/, which the application does not load until renamed',
  })
  declare draft?: boolean

  async run() {
    const kinds = this.kind?.length ? this.kind : kindIds()
    const unknownKind = kinds.find((kind) => !isDocumentKind(kind))
    if (!NAME_PATTERN.test(this.name) || !NAME_PATTERN.test(this.namespace) || unknownKind) {
      this.logger.error(unknownKind ? t('badKind', { kind: unknownKind }) : t('badName'))
      this.exitCode = 2
      return
    }
    const files = validatorScaffold({
      name: this.name,
      namespace: this.namespace,
      kinds: kinds as DocumentKind[],
      draft: this.draft,
    })
    const existing = files.find((file) => existsSync(this.app.makePath(file.path)))
    if (existing) {
      this.logger.error(t('exists', { path: existing.path }))
      this.exitCode = 1
      return
    }
    for (const file of files) {
      await mkdir(dirname(this.app.makePath(file.path)), { recursive: true })
      await writeFile(this.app.makePath(file.path), file.contents)
      this.logger.action(`create ${file.path}`).succeeded()
    }
    this.logger.info(t('tryIt', { path: files[2].path }))
  }
}
