/**
 * Every user-facing message lives in one catalogue, src/domain/i18n.ts. This test parses every
 * TypeScript file under src/ with the compiler and fails, naming file:line, for each string or
 * template literal holding a Vietnamese letter outside the catalogue and the content modules listed
 * below, where Vietnamese text is data (sheet names, column headers, list values, the notice's
 * wording…) rather than a message. Comments are not literals, so they never count.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Where Vietnamese text is data, not a message: each entry is a path prefix and why. Keep it short;
 * a message belongs in the catalogue even when it sits next to data.
 */
const CONTENT: Record<string, string> = {
  'src/domain/i18n.ts': 'the catalogue itself',
  'src/domain/sheets.ts': 'the record registry: sheet names and column headers, matched against the sheets',
  'src/domain/registry': 'the record registry declarations (sheet names, column headers, list values)',
  'src/domain/lists.ts': 'the `Danh mục` list names and default values, matched against the sheet',
  'src/domain/settings.ts': 'the `Cài đặt` labels, notes and yes/no words, matched against the sheet',
  'src/domain/notice/': "the notice's wording (Nghị định 30/2020/NĐ-CP layout and section prose)",
  'src/sample/': 'the sample village (Pác Khuông): names, places, records',
  'src/client/Help/content.ts': 'the text of the help page',
};

/** A letter of the Vietnamese alphabet with a diacritic (either case), đ included. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

interface Literal {
  line: number;
  text: string;
}

/** String and template literal pieces of a TypeScript source that hold Vietnamese (comments are trivia). */
function vietnameseLiterals(fileName: string, source: string): Literal[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: Literal[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node)) &&
      VIETNAMESE.test(node.text)
    )
      out.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: node.text });
    node.forEachChild(visit);
  };
  visit(file);
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [path.relative(ROOT, full).split(path.sep).join('/')] : [];
  });
}

const FILES = sourceFiles(path.join(ROOT, 'src'));
const covers = (prefixes: readonly string[], file: string) => prefixes.some((p) => file.startsWith(p));
const found = new Map(FILES.map((f) => [f, vietnameseLiterals(f, readFileSync(path.join(ROOT, f), 'utf8'))]));

describe('the scanner', () => {
  it('finds Vietnamese in string and template literals of either case, not in comments', () => {
    const source = [
      "// 'Lưu' in a line comment",
      "/* 'Đóng' in a block comment */ const save = 'Save';",
      'const a = "Đã lưu";',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source under test
      'const b = `${a} — ĐÃ XONG`;',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source under test
      'const c = `x ${a} mục ${b} y`;',
      "type Key = 'Cài đặt';",
      'const d = /[đĐ]/;',
    ].join('\n');
    expect(vietnameseLiterals('x.ts', source)).toEqual([
      { line: 3, text: 'Đã lưu' },
      { line: 4, text: ' — ĐÃ XONG' },
      { line: 5, text: ' mục ' },
      { line: 6, text: 'Cài đặt' },
    ]);
  });
});

describe('UI strings', () => {
  it('has no Vietnamese message written outside the catalogue (src/domain/i18n.ts)', () => {
    const inline = FILES.filter((f) => !covers(Object.keys(CONTENT), f)).flatMap((f) =>
      found.get(f)!.map((l) => `${f}:${l.line}: ${JSON.stringify(l.text)}`),
    );
    // Move each into the catalogue and call t(key, params); a data value belongs to its content module.
    expect(inline).toEqual([]);
  });

  it('lists only content modules that still hold Vietnamese text', () => {
    const stale = Object.keys(CONTENT).filter((prefix) => {
      const files = FILES.filter((f) => f.startsWith(prefix));
      // A prefix with no file yet (the registry, before it is written) is not stale.
      return files.length > 0 && files.every((f) => found.get(f)!.length === 0);
    });
    expect(stale).toEqual([]);
  });
});
