import { Exception } from '@adonisjs/core/exceptions'

/*
 * Refusals rendered by the Vietnamese 403/404 pages. A guessed id the
 * user may not see answers 404, exactly like an id that does not exist,
 * so probing reveals nothing. The messages are for logs only: people read
 * errors.status.* (app/core/exceptions/handler.ts).
 */
export function notFound(): never {
  throw new Exception('Not found', { status: 404, code: 'E_ROUTE_NOT_FOUND' })
}

export function forbidden(): never {
  throw new Exception('Forbidden', { status: 403, code: 'E_AUTHORIZATION_FAILURE' })
}
