import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/core/http'

export const appUrl = env.get('APP_URL')

export const http = defineConfig({
  /* Every log line of a request carries its id (x-request-id). */
  generateRequestId: true,

  /* HTML forms spoof PUT/DELETE through a _method field. */
  allowMethodSpoofing: true,

  useAsyncLocalStorage: false,

  /*
   * Behind a reverse proxy in production: trust X-Forwarded-* from loopback
   * and private networks only, so the rate limiter sees the real client IP.
   */
  trustProxy: (address) => ['127.0.0.1', '::1'].includes(address) || /^10\./.test(address),

  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    /* Cookies travel only over HTTPS in production. */
    secure: app.inProduction,
    sameSite: 'lax',
  },
})
