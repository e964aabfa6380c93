/*
|--------------------------------------------------------------------------
| DOCX preview: mammoth's HTML, sanitized
|--------------------------------------------------------------------------
|
| Built in a parser worker (parser_pool.previewDocx: memory cap, time limit,
| fair queue) and cached beside the version file (version_preview.ts).
| Uploaded files are untrusted: the HTML keeps only text structure (headings,
| paragraphs, lists, tables, emphasis) and pictures, no scripts, links,
| styles or external URLs. Pictures are stored beside the preview and served
| by a permission-checked route, never inlined as data URIs (a photo is
| megabytes); only formats every browser shows, recognized by their bytes,
| within size limits; the others are counted and a note says so. Each block
| gets an id so findings can link to the place they talk about.
*/
import mammoth from 'mammoth'
import sanitizeHtml from 'sanitize-html'
import { foldText } from './text_folding.js'
import type DocumentVersion from '#app/documents/models/document_version'
import { imageMimeType } from '#app/documents/parsing/detect_file_type'
import { withBoundedPictures } from '#app/documents/parsing/bounded_pictures'

export interface Preview {
  html: string
  /** Folded text of each anchored block, to point findings at them. */
  blocks: Array<{ id: string; text: string }>
  /** Pictures not shown (a format browsers cannot show, such as EMF/WMF drawings, or too large). */
  imagesOmitted: number
}

/** Where the preview's pictures go: stores the n-th (1-based) and answers the URL the page loads it from. */
export type ImageSink = (n: number, bytes: Uint8Array) => Promise<string>

/** Formats every browser shows; recognized by their bytes, not by what the file declares. */
export const WEB_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp']
const MAX_IMAGES = 100
const MAX_IMAGE_BYTES = 5 * 1024 * 1024
const MAX_IMAGES_TOTAL_BYTES = 30 * 1024 * 1024

const BLOCK_TAGS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th']
const ALLOWED_TAGS = [
  ...BLOCK_TAGS,
  'strong',
  'em',
  'u',
  's',
  'sub',
  'sup',
  'ul',
  'ol',
  'table',
  'thead',
  'tbody',
  'tr',
  'br',
  'hr',
  'img',
]
/* Bump when the HTML shape changes: cached previews of older shapes are rebuilt. */
export const PREVIEW_FORMAT = 2

/** The URL of a version's n-th preview picture (see VersionsController.previewImage) is this followed by n. */
export function previewImageUrlBase(version: Pick<DocumentVersion, 'documentId' | 'number'>) {
  return `/documents/${version.documentId}/versions/${version.number}/preview/images/`
}

/** Any URL made from previewImageUrlBase, and nothing else. */
const PREVIEW_IMAGE_URL = /^\/documents\/\d+\/versions\/\d+\/preview\/images\/\d+$/

/** The preview of DOCX bytes; without a sink, pictures are left out (counted). */
export async function buildPreview(
  bytes: Uint8Array,
  saveImage?: ImageSink
): Promise<Preview | null> {
  let imagesOmitted = 0
  let shown = 0
  let shownBytes = 0
  const convertImage = mammoth.images.imgElement(async (image) => {
    const data = await image.readAsBuffer().catch(() => null)
    const fits =
      data !== null &&
      data.byteLength <= MAX_IMAGE_BYTES &&
      shownBytes + data.byteLength <= MAX_IMAGES_TOTAL_BYTES
    if (
      !saveImage ||
      !fits ||
      shown >= MAX_IMAGES ||
      !WEB_IMAGE_TYPES.includes(imageMimeType(data) ?? '')
    ) {
      imagesOmitted += 1
      return { src: '' }
    }
    shown += 1
    shownBytes += data.byteLength
    return { src: await saveImage(shown, data) }
  })
  /* A picture that would inflate past the limit (or lies about its size) is emptied first: mammoth inflates whole. */
  const bounded = withBoundedPictures(bytes, MAX_IMAGE_BYTES)
  let converted: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bounded.bytes) },
      { convertImage }
    )
    converted = result.value
  } catch {
    return null
  }
  return { ...sanitizeWithAnchors(converted), imagesOmitted }
}

export function sanitizeWithAnchors(html: string): Omit<Preview, 'imagesOmitted'> {
  const blocks: Preview['blocks'] = []
  const clean = sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      '*': ['id'],
      'td': ['colspan', 'rowspan'],
      'th': ['colspan', 'rowspan'],
      'img': ['src', 'alt', 'loading'],
    },
    allowedSchemes: [],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    /* Only pictures this preview stored itself (an empty src is one left out). */
    exclusiveFilter: (frame) =>
      frame.tag === 'img' && !PREVIEW_IMAGE_URL.test(frame.attribs.src ?? ''),
    transformTags: {
      ...Object.fromEntries(
        BLOCK_TAGS.map((tag) => [
          tag,
          (tagName: string, attribs: Record<string, string>) => {
            const id = `preview-block-${blocks.length + 1}`
            blocks.push({ id, text: '' })
            return { tagName, attribs: { ...pick(attribs, ['colspan', 'rowspan']), id } }
          },
        ])
      ),
      img: (tagName: string, attribs: Record<string, string>) => ({
        tagName,
        attribs: { src: attribs.src ?? '', ...pick(attribs, ['alt']), loading: 'lazy' },
      }),
    },
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
export function anchorFor(
  preview: Preview,
  location: { excerpt?: string; heading?: string } | null
): string | null {
  for (const needle of [location?.excerpt, location?.heading]) {
    const folded = needle ? foldText(needle) : ''
    if (folded.length < 3) continue
    const block = preview.blocks.find((b) => b.text.includes(folded))
    if (block) return block.id
  }
  return null
}
