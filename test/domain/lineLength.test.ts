/**
 * Line length ≤ 120 characters in every tracked .ts/.mjs/.css/.json file (package-lock.json aside): the width Biome
 * formats to. Biome cannot break a string literal or a comment, so a long one would slip past `biome check`.
 * Characters are counted as code points (what an editor's ruler shows), not bytes: `ệ` is one character.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const MAX_LINE_LENGTH = 120;
const CHECKED = /\.(ts|mjs|css|json)$/;

const trackedFiles = (): string[] =>
  execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((file) => CHECKED.test(file) && path.basename(file) !== 'package-lock.json')
    .filter((file) => existsSync(path.join(ROOT, file)));

describe('line length', () => {
  test(`no line of a tracked source file is longer than ${MAX_LINE_LENGTH} characters`, () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(0);
    const tooLong: string[] = [];
    for (const file of files) {
      readFileSync(path.join(ROOT, file), 'utf8')
        .split(/\r?\n/)
        .forEach((line, index) => {
          const length = [...line].length;
          if (length > MAX_LINE_LENGTH) tooLong.push(`${file}:${index + 1} (${length} characters)`);
        });
    }
    expect(tooLong).toEqual([]);
  });
});
