/*
 * Events the documents module emits. Other modules listen (the workflow:
 * a new version sends a document back to draft); documents knows none of them.
 */
declare module '@adonisjs/core/types' {
  interface EventsList {
    /** A new version of an existing document was stored and checked. */
    'document:version_uploaded': { documentId: number; userId: number }
  }
}

export {}
