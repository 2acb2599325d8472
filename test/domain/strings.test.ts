/**
 * Every user-facing message lives in one catalogue, src/domain/i18n.ts. This test parses every
 * TypeScript file under src/ with the compiler and fails, naming file:line, for each string or
 * template literal holding a Vietnamese letter outside the catalogue and the content modules listed
 * below, where Vietnamese text is data (sheet names, column headers, list values, the notice's
 * wording…) rather than a message. Comments are not literals, so they never count. It also fails
 * for a key of the catalogue that no code under src/ names.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { VI } from '../../src/domain/i18n';

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

/**
 * How a source names catalogue keys: every string literal (`t('form.save')`, a key kept in a table
 * or a type), and each template, value or type, that starts with an area and a dot
 * (`record.${type.key}.tab`, `count.${key}`), as a pattern in which each substitution stands for
 * one segment of a key. A key built any other way (concatenation, a template starting with a
 * substitution) is not seen.
 */
function keyReferences(fileName: string, source: string): { literals: string[]; patterns: RegExp[] } {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const literals: string[] = [];
  const patterns: RegExp[] = [];
  const quote = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.push(node.text);
    else if ((ts.isTemplateExpression(node) || ts.isTemplateLiteralTypeNode(node)) && /^\w+\./.test(node.head.text)) {
      const pieces = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
      patterns.push(new RegExp(`^${pieces.map(quote).join('\\w+')}$`));
    }
    node.forEachChild(visit);
  };
  visit(file);
  return { literals, patterns };
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
const SOURCES = new Map(FILES.map((f) => [f, readFileSync(path.join(ROOT, f), 'utf8')]));
const found = new Map(FILES.map((f) => [f, vietnameseLiterals(f, SOURCES.get(f)!)]));

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

  it('finds the keys a source names, as literals and as templates that start with an area', () => {
    const source = [
      "t('form.save'); const k: MessageKey = 'ui.close';",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source under test
      't(`record.${type.key}.tab`); type L = `record.${RecordKey}.log`;',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source under test
      'const id = `${prefix}-${n}`;',
    ].join('\n');
    const { literals, patterns } = keyReferences('x.ts', source);
    expect(literals).toEqual(['form.save', 'ui.close']);
    const matches = (key: string) => patterns.some((p) => p.test(key));
    expect(['record.teams.tab', 'record.members.log'].filter(matches)).toHaveLength(2);
    expect(['record.teams.title', 'record.tab', 'record.a.b.tab', 'x-1'].filter(matches)).toEqual([]);
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

  it('has no catalogue key that no code names', () => {
    const refs = FILES.filter((f) => f !== 'src/domain/i18n.ts').map((f) => keyReferences(f, SOURCES.get(f)!));
    const literals = new Set(refs.flatMap((r) => r.literals));
    const patterns = refs.flatMap((r) => r.patterns);
    const unused = Object.keys(VI).filter((key) => !literals.has(key) && !patterns.some((p) => p.test(key)));
    // Delete each from VI; a key built by concatenation needs a template (`area.${x}`) to be seen.
    expect(unused).toEqual([]);
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
