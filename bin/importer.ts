/**
 * The application root and the importer the Ignitor uses to load files
 * relative to it (shared by the server, console and test entry points).
 */
export const APP_ROOT = new URL('../', import.meta.url)

export function appImporter(filePath: string) {
  if (filePath.startsWith('./') || filePath.startsWith('../')) {
    return import(new URL(filePath, APP_ROOT).href)
  }
  return import(filePath)
}
