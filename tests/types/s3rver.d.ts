/* s3rver ships no types; the storage tests only start and stop it. */
declare module 's3rver'
