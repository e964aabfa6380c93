/*
|--------------------------------------------------------------------------
| DOCX preview: mammoth's HTML, sanitized, cached beside the version file
|--------------------------------------------------------------------------
|
| Uploaded files are untrusted: the HTML keeps only text structure (headings,
| paragraphs, lists, tables, emphasis), no scripts, links, styles or
| external URLs. Images are not inlined (a note says so). Each block gets an
| id so findings can link to the place they talk about.
*/
import mammoth from 'mammoth'
import sanitizeHtml from 'sanitize-html'
import type { VersionStorage } from './version_storage.js'
import { foldText } from './text_folding.js'
import type DocumentVersion from '#app/documents/models/document_version'

export interface Preview {
  html: string
  /** Folded text of each anchored block, to point findings at them. */
  blocks: Array<{ id: string; text: string }>
  imagesOmitted: number
}

const BLOCK_TAGS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th']
const ALLOWED_TAGS = [...BLOCK_TAGS, 'strong', 'em', 'u', 's', 'sub', 'sup', 'ul', 'ol', 'table', 'thead', 'tbody', 'tr', 'br']
/* Bump when the HTML shape changes: cached previews of older shapes are rebuilt. */
const PREVIEW_FORMAT = 1

export async function docxPreview(version: DocumentVersion, storage: VersionStorage): Promise<Preview | null> {
  const cacheKey = storage.previewKey(version.storageKey)
  const cached = await storage.readText(cacheKey)
  if (cached) {
    const parsed = JSON.parse(cached) as Preview & { format?: number }
    if (parsed.format === PREVIEW_FORMAT) return parsed
  }
  const preview = await buildPreview(await storage.read(version.storageKey))
  if (preview) await storage.writeText(cacheKey, JSON.stringify({ ...preview, format: PREVIEW_FORMAT }))
  return preview
}

export async function buildPreview(bytes: Uint8Array): Promise<Preview | null> {
  let imagesOmitted = 0
  const dropImage = mammoth.images.imgElement(async () => {
    imagesOmitted += 1
    return { src: '' }
  })
  let converted: string
  try {
    converted = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { convertImage: dropImage })).value
  } catch {
    return null
  }
  return { ...sanitizeWithAnchors(converted), imagesOmitted }
}

export function sanitizeWithAnchors(html: string): Omit<Preview, 'imagesOmitted'> {
  const blocks: Preview['blocks'] = []
  const clean = sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { '*': ['id'], 'td': ['colspan', 'rowspan'], 'th': ['colspan', 'rowspan'] },
    allowedSchemes: [],
    disallowedTagsMode: 'discard',
    transformTags: Object.fromEntries(
      BLOCK_TAGS.map((tag) => [
        tag,
        (tagName: string, attribs: Record<string, string>) => {
          const id = `preview-block-${blocks.length + 1}`
          blocks.push({ id, text: '' })
          return { tagName, attribs: { ...pick(attribs, ['colspan', 'rowspan']), id } }
        },
      ])
    ),
    textFilter: (text) => {
      const current = blocks.at(-1)
      if (current) current.text += ` ${text}`
      return text
    },
  })
  return { html: clean, blocks: blocks.map((b) => ({ id: b.id, text: foldText(b.text) })) }
}

function pick(attribs: Record<string, string>, names: string[]) {
  return Object.fromEntries(Object.entries(attribs).filter(([name]) => names.includes(name)))
}

/** The preview block a finding talks about: the first that contains its excerpt, else its heading. */
export function anchorFor(preview: Preview, location: { excerpt?: string; heading?: string } | null): string | null {
  for (const needle of [location?.excerpt, location?.heading]) {
    const folded = needle ? foldText(needle) : ''
    if (folded.length < 3) continue
    const block = preview.blocks.find((b) => b.text.includes(folded))
    if (block) return block.id
  }
  return null
}
