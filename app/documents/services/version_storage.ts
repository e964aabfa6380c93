/*
|--------------------------------------------------------------------------
| Where version files live (Drive: local disk by default, S3 by config)
|--------------------------------------------------------------------------
|
| Every version gets a fresh random key, so writing a file can never
| overwrite an earlier version's; removing a key only ever removes the file
| this upload wrote. Derived files (the preview) sit beside it.
*/
import { randomUUID } from 'node:crypto'
import type { Readable } from 'node:stream'
import drive from '@adonisjs/drive/services/main'
import type { Disk } from '@adonisjs/drive'
import type { DocumentFormat } from '#plugins/document_model'

export class VersionStorage {
  constructor(private readonly disk: Disk = drive.use()) {}

  /** versions/2025/09/<uuid>.docx — dated folders keep directories small. */
  newKey(format: DocumentFormat | 'doc', now = new Date()): string {
    const month = String(now.getUTCMonth() + 1).padStart(2, '0')
    return `versions/${now.getUTCFullYear()}/${month}/${randomUUID()}.${format}`
  }

  async write(key: string, bytes: Uint8Array): Promise<void> {
    await this.disk.put(key, bytes)
  }

  read(key: string): Promise<Uint8Array> {
    return this.disk.getBytes(key)
  }

  stream(key: string): Promise<Readable> {
    return this.disk.getStream(key)
  }

  exists(key: string): Promise<boolean> {
    return this.disk.exists(key)
  }

  /** Best effort: a missing file is not an error (the goal is "it is gone"). */
  async remove(key: string): Promise<void> {
    await this.disk.delete(key)
  }

  previewKey(versionKey: string): string {
    return `previews/${versionKey.replace(/^versions\//, '')}.html`
  }

  /** The preview's n-th picture (1-based), beside the preview. */
  previewImageKey(versionKey: string, n: number): string {
    return `${this.previewImagesFolder(versionKey)}/${n}`
  }

  /** The preview and its pictures (derived files: rebuilt on demand). */
  async removePreview(versionKey: string): Promise<void> {
    await this.disk.delete(this.previewKey(versionKey))
    await this.disk.deleteAll(this.previewImagesFolder(versionKey))
  }

  private previewImagesFolder(versionKey: string) {
    return `previews/${versionKey.replace(/^versions\//, '')}.images`
  }

  async readText(key: string): Promise<string | null> {
    return (await this.disk.exists(key)) ? this.disk.get(key) : null
  }

  async writeText(key: string, text: string): Promise<void> {
    await this.disk.put(key, text)
  }
}

/** The application's configured disk (DRIVE_DISK). */
export function defaultStorage(): VersionStorage {
  return new VersionStorage(drive.use())
}
