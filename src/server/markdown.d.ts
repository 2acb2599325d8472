/** Markdown files are imported as their text (esbuild `text` loader, see scripts/build.mjs). */
declare module '*.md' {
  const text: string;
  export default text;
}
