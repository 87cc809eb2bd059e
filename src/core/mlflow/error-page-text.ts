/**
 * The words of an HTML error page (Flask's "500 Internal Server Error", a proxy's "Bad Gateway"),
 * so that an error message shows what the page says rather than its markup.
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  nbsp: ' ',
};

const looksLikeHtml = (text: string) => /^\s*<(!doctype|html|head|body|title|h1|p)\b/i.test(text);

/**
 * The page's texts in order, each said once (Flask repeats its title as the heading), joined by
 * " — "; `undefined` when `body` is not an HTML page or says nothing.
 */
export const errorPageText = (body: string): string | undefined => {
  if (!looksLikeHtml(body)) return undefined;
  const texts = body
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .split(/<[^>]*>/)
    .map((piece) =>
      piece
        .replace(
          /&(#39|[a-z]+);/gi,
          (entity, name: string) => ENTITIES[name.toLowerCase()] ?? entity,
        )
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((piece) => piece.length > 0);
  const said: string[] = [];
  for (const text of texts) {
    if (!said.some((earlier) => earlier.includes(text))) said.push(text);
  }
  return said.length > 0 ? said.join(' — ') : undefined;
};
