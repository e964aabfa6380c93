/*
|--------------------------------------------------------------------------
| Ace entry point (JavaScript, so that `node ace` works without a build)
|--------------------------------------------------------------------------
*/
import '@poppinss/ts-exec'

await import('./bin/console.js')
