import env from '#start/env'
import i18nManager from '@adonisjs/i18n/services/main'
import { errors as bouncerErrors } from '@adonisjs/bouncer'
import { Exception } from '@adonisjs/core/exceptions'
import { type HttpContext, ExceptionHandler } from '@adonisjs/core/http'
import type { HttpError, StatusPageRange, StatusPageRenderer } from '@adonisjs/core/types/http'

/*
 * Every error a user can meet answers in Vietnamese, with no stack trace,
 * file path, query or cookie in it: a page for browsers, `{ message }` for
 * JSON. Youch's detailed pages appear only when the developer asks for them
 * (`npm run dev`, which sets ERROR_DETAILS=true), never merely because
 * NODE_ENV is development, which `npm start` uses too.
 */
const ERROR_DETAILS = env.get('ERROR_DETAILS') ?? false

/** Statuses with their own text in resources/lang/vi/errors.json (status.<code>); others use the 4xx or 5xx text. */
const EXPLAINED = [400, 401, 403, 404, 405, 408, 413, 415, 422, 429, 500, 503]

export default class HttpExceptionHandler extends ExceptionHandler {
  protected debug = ERROR_DETAILS

  protected renderStatusPages = !ERROR_DETAILS

  /* Later entries win: 403 and 404 have their own pages, any other 4xx the generic one. */
  protected statusPages: Record<StatusPageRange, StatusPageRenderer> = {
    '400..499': (error, ctx) => this.page('pages/errors/client_error', error, ctx),
    '403': (error, ctx) => this.page('pages/errors/forbidden', error, ctx),
    '404': (error, ctx) => this.page('pages/errors/not_found', error, ctx),
    '500..599': (error, ctx) => this.page('pages/errors/server_error', error, ctx),
  }

  async handle(error: unknown, ctx: HttpContext) {
    // A policy hiding a record (denied with 404) answers exactly like a record that does not exist, whatever the method.
    if (error instanceof bouncerErrors.E_AUTHORIZATION_FAILURE && error.response.status === 404) {
      return super.handle(
        new Exception('Not found', { status: 404, code: 'E_ROUTE_NOT_FOUND' }),
        ctx
      )
    }
    // Bouncer answers a refused page view with bare text; people get the Vietnamese 403 page.
    if (
      error instanceof bouncerErrors.E_AUTHORIZATION_FAILURE &&
      ctx.request.method() === 'GET' &&
      ctx.request.accepts(['html', 'json']) !== 'json'
    ) {
      return ctx.response
        .status(403)
        .send(await this.page('pages/errors/forbidden', error as unknown as HttpError, ctx))
    }
    return super.handle(error, ctx)
  }

  /* JSON callers get the same Vietnamese explanation, never the exception's own (English, possibly revealing) message. */
  async renderErrorAsJSON(error: HttpError, ctx: HttpContext) {
    if (this.isDebuggingEnabled(ctx)) return super.renderErrorAsJSON(error, ctx)
    ctx.response.status(error.status).send({ message: this.explain(error, ctx).title })
  }

  async renderErrorAsJSONAPI(error: HttpError, ctx: HttpContext) {
    if (this.isDebuggingEnabled(ctx)) return super.renderErrorAsJSONAPI(error, ctx)
    ctx.response.status(error.status).send({
      errors: [{ title: this.explain(error, ctx).title, code: error.code, status: error.status }],
    })
  }

  /** Title and advice for the status, in Vietnamese. */
  private explain(error: HttpError, ctx: HttpContext) {
    const i18n = this.i18nOf(ctx)
    const status = Number(error.status) || 500
    const key = EXPLAINED.includes(status) ? String(status) : status >= 500 ? '500' : '400'
    return {
      status,
      title: i18n.t(`errors.status.${key}.title`),
      body: i18n.t(`errors.status.${key}.body`),
    }
  }

  /** Errors raised before the i18n middleware ran (413 from the body parser, an unknown route) still speak Vietnamese. */
  private i18nOf(ctx: HttpContext) {
    return ctx.i18n ?? i18nManager.locale(i18nManager.defaultLocale)
  }

  private page(template: string, error: HttpError, ctx: HttpContext) {
    return ctx.view.render(template, {
      explained: this.explain(error, ctx),
      i18n: this.i18nOf(ctx),
    })
  }
}
