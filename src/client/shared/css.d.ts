/** CSS files are imported for their side effect: esbuild inlines them into the page. */
declare module '*.css';
