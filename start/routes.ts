/*
|--------------------------------------------------------------------------
| Routes: each module declares its own; this file only imports them
|--------------------------------------------------------------------------
*/
import '#app/core/routes'
import '#app/organization/routes'
import '#app/documents/routes'
import '#app/workflow/routes'
