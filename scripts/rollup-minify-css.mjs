// Lit keeps css`…` templates as written; this strips comments and white space from
// them at build time (the drop-in bundles are otherwise mostly indentation).
// Only the literal text between ${…} is touched, so interpolations stay intact.

/** Minifies one piece of CSS text. Conservative: it never joins two words. */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

export function minifyCss() {
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      if (!/\.ts$/.test(id) || !/\bcss\s*`/.test(code)) return null;
      const out = code.replace(/\bcss\s*`((?:[^`\\]|\\.)*)`/g, (_, body) => {
        // Split on ${…} (no nested braces in our styles) and minify the text parts only.
        const parts = body.split(/(\$\{[^}]*\})/);
        return 'css`' + parts.map((p) => (p.startsWith('${') ? p : minifyCssText(p))).join('') + '`';
      });
      return { code: out, map: null };
    },
  };
}
