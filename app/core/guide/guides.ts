import i18nManager from '@adonisjs/i18n/services/main'
import type { GuideRole } from '#app/core/guide/guide_roles'
import type { RoutesList } from '@adonisjs/core/types/http'

/*
 * The user guide, one manual per role: the guide pages render it, the
 * browser suite walks the same steps on the demo data and photographs each
 * one (tests/browser/guide), and the PDF is printed from the page. This file
 * keeps its shape (which steps, in which order, where each first step
 * leads); the words are in resources/lang/vi/guide.json (guide.manuals.<role>,
 * guide.faq.entries). Step bodies are Markdown; every button name is quoted
 * exactly as the screen writes it, so a reader can find it. A step has a
 * screenshot when its text has a caption.
 */

export interface GuideScreenshot {
  /** Shown under the picture. */
  caption: string
  /** Read aloud by screen readers instead of the picture. */
  alt: string
}

export interface GuideStep {
  /** Stable id: the screenshot files are named after it. */
  id: string
  title: string
  /** Markdown. */
  body: string
  screenshot?: GuideScreenshot
}

export interface WelcomeItem {
  text: string
  /** Name of the page's route (app/<module>/routes.ts), checked by the typecheck. */
  route: keyof RoutesList['GET']
  action: string
}

export interface Guide {
  role: GuideRole
  title: string
  /** Who this manual is for, in one line. */
  audience: string
  intro: string
  steps: GuideStep[]
  /** Three or four first steps shown on the start page at first sign-in. */
  welcome: WelcomeItem[]
}

export interface FaqEntry {
  question: string
  /** Markdown. */
  answer: string
}

interface ManualShape {
  role: GuideRole
  /** Step ids, in order: guide.manuals.<role>.steps.<id>. */
  steps: string[]
  /** guide.manuals.<role>.welcome.<key>, and where its button leads. */
  welcome: { key: string; route: WelcomeItem['route'] }[]
}

const MANUALS: ManualShape[] = [
  {
    role: 'teacher',
    steps: [
      'dang-nhap',
      'doi-mat-khau',
      'trang-chu',
      'tai-len',
      'ket-qua-kiem-tra',
      'phien-ban-moi',
      'nop-duyet',
      'ket-qua-duyet',
    ],
    welcome: [
      { key: 'upload', route: 'documents.create' },
      { key: 'check', route: 'documents.index' },
      { key: 'submit', route: 'documents.index' },
      { key: 'follow', route: 'notifications.index' },
    ],
  },
  {
    role: 'group-head',
    steps: ['hang-cho-duyet', 'xem-va-duyet', 'tra-lai', 'duyet-hang-loat', 'tong-quan'],
    welcome: [
      { key: 'queue', route: 'reviews.index' },
      { key: 'review', route: 'reviews.index' },
      { key: 'bulk', route: 'reviews.index' },
      { key: 'dashboard', route: 'dashboard.show' },
    ],
  },
  {
    role: 'principal',
    steps: ['ke-hoach-to', 'ke-hoach-nha-truong', 'da-bao-cao', 'tong-quan'],
    welcome: [
      { key: 'groupPlans', route: 'reviews.index' },
      { key: 'council', route: 'reviews.index' },
      { key: 'dashboard', route: 'dashboard.show' },
    ],
  },
  {
    role: 'school-admin',
    steps: ['to-nhom', 'nhap-excel', 'mat-khau-ban-dau', 'cap-lai-mat-khau'],
    welcome: [
      { key: 'groups', route: 'admin.show' },
      { key: 'import', route: 'admin.show' },
      { key: 'passwords', route: 'admin.show' },
    ],
  },
  {
    role: 'inspector',
    steps: ['pham-vi', 'bo-loc', 'nhan-xet'],
    welcome: [
      { key: 'scope', route: 'inspection.index' },
      { key: 'filter', route: 'inspection.index' },
      { key: 'note', route: 'inspection.index' },
    ],
  },
  {
    role: 'dept-admin',
    steps: ['truong-hoc', 'phong-quan-ly', 'nam-hoc', 'bo-kiem-tra', 'ho-tro'],
    welcome: [
      { key: 'schools', route: 'department_schools.index' },
      { key: 'years', route: 'school_years.index' },
      { key: 'validators', route: 'validators.index' },
      { key: 'support', route: 'support.edit' },
    ],
  },
]

/*
 * What the automatic check looks at and what the common findings mean,
 * in the words the findings use (plugins/<name>/index.ts, meta.messages).
 */
const FAQ_KEYS = [
  'checks',
  'severities',
  'sections',
  'tables',
  'metadata',
  'oneLesson',
  'activities',
  'blanks',
  'wrongKind',
  'unreadable',
  'password',
]

const texts = () => i18nManager.locale('vi')

function manual(shape: ManualShape): Guide {
  const prefix = `guide.manuals.${shape.role}`
  const t = (key: string) => texts().t(`${prefix}.${key}`)
  const step = (id: string): GuideStep => ({
    id,
    title: t(`steps.${id}.title`),
    body: t(`steps.${id}.body`),
    ...(texts().hasMessage(`${prefix}.steps.${id}.caption`)
      ? { screenshot: { caption: t(`steps.${id}.caption`), alt: t(`steps.${id}.alt`) } }
      : {}),
  })
  return {
    role: shape.role,
    title: t('title'),
    audience: t('audience'),
    intro: t('intro'),
    steps: shape.steps.map(step),
    welcome: shape.welcome.map(({ key, route }) => ({
      text: t(`welcome.${key}.text`),
      route,
      action: t(`welcome.${key}.action`),
    })),
  }
}

/* Built when first imported: by then the app has booted and loaded the language files. */
export const GUIDES = Object.fromEntries(
  MANUALS.map((shape) => [shape.role, manual(shape)])
) as Record<GuideRole, Guide>

export const FAQ: FaqEntry[] = FAQ_KEYS.map((key) => ({
  question: texts().t(`guide.faq.entries.${key}.question`),
  answer: texts().t(`guide.faq.entries.${key}.answer`),
}))
