/**
 * What AO3's sanitizer does to the HTML of a posted chapter, as far as words are concerned
 * (otwarchive `config/initializers/gem-plugin_config/sanitizer_config.rb` and the Sanitize gem's defaults).
 * Shared by the markup word scanner and the export, so the count and the exported HTML agree.
 */

/** Elements AO3 keeps (`Sanitize::Config::ARCHIVE`), plus the media elements its content field allows. */
export const allowedElements: ReadonlySet<string> = new Set([
  'a', 'abbr', 'acronym', 'address', 'b', 'big', 'blockquote', 'br', 'caption', 'center', 'cite', 'code', 'col',
  'colgroup', 'figcaption', 'figure', 'dd', 'del', 'dfn', 'div', 'dl', 'dt', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
  'i', 'img', 'ins', 'kbd', 'li', 'ol', 'p', 'pre', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong',
  'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'tt', 'u', 'ul', 'var',
]);

/** Attributes AO3 keeps: on every element, and per element. */
export const allowedAttributes: { readonly all: readonly string[]; readonly [element: string]: readonly string[] } = {
  all: ['align', 'title', 'dir'],
  a: ['href', 'name'],
  blockquote: ['cite'],
  col: ['span', 'width'],
  colgroup: ['span', 'width'],
  hr: ['align', 'width'],
  img: ['align', 'alt', 'border', 'height', 'src', 'width'],
  ol: ['start', 'type'],
  q: ['cite'],
  table: ['border', 'summary', 'width'],
  td: ['abbr', 'axis', 'colspan', 'height', 'rowspan', 'width'],
  th: ['abbr', 'axis', 'colspan', 'height', 'rowspan', 'scope', 'width'],
  ul: ['type'],
};

/** Whether AO3 keeps attribute `name` on element `element`. */
export function attributeAllowed(element: string, name: string): boolean {
  return allowedAttributes.all.includes(name) || (allowedAttributes[element]?.includes(name) ?? false);
}

/** Elements AO3 deletes with everything inside them (`remove_contents`). */
export const removedWithContents: ReadonlySet<string> = new Set([
  'iframe', 'math', 'noembed', 'noframes', 'noscript', 'plaintext', 'script', 'style', 'svg', 'xmp',
]);

/**
 * Elements the sanitizer, when it removes them, replaces by a space on each side (Sanitize's
 * `whitespace_elements`); the ones AO3 keeps are word boundaries anyway. Any other removed element
 * leaves its text glued to its neighbours: `a<font>b</font>c` is one word once posted.
 */
export const spacedWhenRemoved: ReadonlySet<string> = new Set(['article', 'aside', 'footer', 'header', 'hgroup', 'nav', 'section']);

/** Elements with no content and no end tag. */
export const voidElements: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Table parts: the HTML parser ignores their tags outside a table. */
export const tableParts: ReadonlySet<string> = new Set(['caption', 'col', 'colgroup', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr']);

/** Start tags that end SVG or MathML content (the HTML parser's "breakout" list). */
export const foreignBreakout: ReadonlySet<string> = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small', 'span',
  'strong', 'strike', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var',
]);

/** Block-level elements AO3 allows: a paragraph that starts with one is not wrapped in `<p>` on export. */
export const blockElements: ReadonlySet<string> = new Set([
  'address', 'blockquote', 'center', 'div', 'dl', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'ol', 'p', 'pre', 'table', 'ul',
]);

/** AO3's posting limits (otwarchive `config/config.yml`), in characters. */
export const ao3Limits = {
  title: 255,
  summary: 1250,
  notes: 5000,
  /** A chapter's content, measured on the HTML as posted. */
  chapter: 510000,
} as const;

/** AO3's fixed ratings. */
export const ao3Ratings = ['Not Rated', 'General Audiences', 'Teen And Up Audiences', 'Mature', 'Explicit'] as const;

/** AO3's archive warnings. */
export const ao3Warnings = [
  'Choose Not To Use Archive Warnings',
  'Graphic Depictions Of Violence',
  'Major Character Death',
  'No Archive Warnings Apply',
  'Rape/Non-Con',
  'Underage Sex',
] as const;

/** AO3's categories. */
export const ao3Categories = ['F/F', 'F/M', 'Gen', 'M/M', 'Multi', 'Other'] as const;
