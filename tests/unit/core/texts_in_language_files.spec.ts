import { test } from '@japa/runner'
import { readFile, readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import ts from 'typescript'
import app from '@adonisjs/core/services/app'

/*
 * What people read is in resources/lang/vi and is read through i18n
 * (ctx.i18n in a request, i18nManager.locale('vi') elsewhere): no string,
 * template or pattern in app/ holds Vietnamese letters. Comments may (they
 * quote the screen for the next engineer). The files below hold Vietnamese
 * that is not a text of the interface; each says why.
 */
const NOT_INTERFACE_TEXT: Record<string, string> = {
  /* Demo data: the content of generated documents and seeded records, not messages. */
  'app/documents/demo_files/': 'content of the generated demo plans (docx/pdf)',
  'app/workflow/seeding/': 'content of the seeded demo year (comments, reasons, lesson titles)',
  'app/organization/seeding/': 'names of the demo city, schools, groups and people',
  /* Domain vocabulary: the words teachers' files are written in, recognised, never shown. */
  'app/documents/parsing/heading_inference.ts':
    'heading words and Word style names (Tiêu đề 1) in the documents teachers write',
  'app/documents/parsing/pdf_to_model.ts': 'the "Hoạt động n" heading of a lesson plan',
  'app/documents/parsing/text_normalization.ts': 'the letter a broken PDF font writes for ư',
  'app/documents/parsing/vietnamese_legacy_encodings.ts':
    'the letters of the TCVN3 and VNI fonts old Word files use',
  'app/documents/prefill/read_metadata.ts':
    'the "(2 tiết)" of a lesson title, as teachers write it',
  'app/documents/services/search_snippet.ts':
    'the letters each unaccented search letter stands for',
  'app/documents/services/text_folding.ts': 'the letters folded for search (đ → d)',
  'app/organization/services/text_keys.ts': 'the letters folded to compare names (đ → d)',
  'app/organization/services/staff_import/columns.ts':
    'column names of the sector database, SMAS and the template, as the files write them',
  'app/organization/services/staff_import/vocabulary.ts':
    'subject and position names as staff lists write them',
  'app/organization/services/subject_catalogue.ts':
    'the official subject names of the 2018 programme, seeded as data and matched in documents',
  /* Generated source of a new plugin: plugins keep their own messages (plugins/README.md). */
  'app/documents/commands/validator_scaffold.ts':
    'the files make:validator writes into plugins/, each plugin keeping its own messages',
}

const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/iu

const LITERALS = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
])

async function applicationFiles(): Promise<string[]> {
  const entries = await readdir(app.makePath('app'), { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(app.makePath(), join(entry.parentPath, entry.name)))
}

/** `file:line: literal` for each literal holding a Vietnamese letter. */
function vietnameseLiterals(file: string, source: string): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const visit = (node: ts.Node) => {
    if (LITERALS.has(node.kind) && VIETNAMESE_LETTER.test(node.getText(tree))) {
      const { line } = tree.getLineAndCharacterOfPosition(node.getStart(tree))
      found.push(`${file}:${line + 1}: ${node.getText(tree).slice(0, 80)}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(tree)
  return found
}

test.group('Texts live in resources/lang/vi', () => {
  test('no Vietnamese text in app/ outside the files that hold domain or demo data', async ({
    assert,
  }) => {
    const files = await applicationFiles()
    assert.isAbove(files.length, 100)
    const allowed = (file: string) =>
      Object.keys(NOT_INTERFACE_TEXT).some((entry) =>
        entry.endsWith('/') ? file.startsWith(entry) : file === entry
      )
    const offenders: string[] = []
    for (const file of files.filter((path) => !allowed(path)))
      offenders.push(...vietnameseLiterals(file, await readFile(app.makePath(file), 'utf8')))
    assert.deepEqual(offenders, [], 'move the text to resources/lang/vi and read it through i18n')
  })

  test('every allowlisted file still exists and still needs its place on the list', async ({
    assert,
  }) => {
    const files = await applicationFiles()
    for (const entry of Object.keys(NOT_INTERFACE_TEXT)) {
      const covered = files.filter((file) =>
        entry.endsWith('/') ? file.startsWith(entry) : file === entry
      )
      const holding: string[] = []
      for (const file of covered)
        holding.push(...vietnameseLiterals(file, await readFile(app.makePath(file), 'utf8')))
      assert.isNotEmpty(holding, `${entry} holds no Vietnamese any more: remove it from the list`)
    }
  })
})
