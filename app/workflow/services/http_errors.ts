import { Exception } from '@adonisjs/core/exceptions'

/*
 * Refusals rendered by the Vietnamese 403/404 pages. A guessed id the
 * user may not see answers 404, exactly like an id that does not exist,
 * so probing reveals nothing.
 */
export function notFound(): never {
  throw new Exception('Không tìm thấy', { status: 404, code: 'E_ROUTE_NOT_FOUND' })
}

export function forbidden(): never {
  throw new Exception('Không có quyền', { status: 403, code: 'E_AUTHORIZATION_FAILURE' })
}
