// The README's table of contents, computed from its headings as GitHub renders them
// (__tests__/readme-toc.test.ts checks the README's copy against it).

/** Markdown without its fenced code blocks: a `#` comment in a YAML example is no heading. */
export function withoutCodeBlocks(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');
}

/**
 * GitHub's anchor for a heading, as github-slugger makes it: lower case, every character that is
 * not a letter, mark, number, connector (`_`), hyphen or space removed, spaces made hyphens; a
 * repeated anchor gets `-1`, `-2`, … in the order the headings come.
 */
export function githubSlug(text: string, seen: Map<string, number> = new Map()): string {
  const plain = text
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '');
  const base = plain
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
  const count = seen.get(base);
  seen.set(base, (count ?? -1) + 1);
  return count === undefined ? base : `${base}-${count + 1}`;
}

export interface Heading {
  level: number;
  text: string;
  anchor: string;
}

/** Every heading of the document (levels 1 to 6), outside code blocks, with its anchor. */
export function headings(markdown: string): Heading[] {
  const seen = new Map<string, number>();
  return [...withoutCodeBlocks(markdown).matchAll(/^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)].map(
    (m) => {
      const text = m[2] as string;
      return { level: (m[1] as string).length, text, anchor: githubSlug(text, seen) };
    },
  );
}

export const TOC_START = '<!-- toc -->';
export const TOC_END = '<!-- /toc -->';

/** The table of contents the README must hold between its markers: every ## and ### heading. */
export function expectedToc(markdown: string): string {
  return headings(markdown)
    .filter((h) => h.level === 2 || h.level === 3)
    .map((h) => `${h.level === 3 ? '  ' : ''}- [${h.text}](#${h.anchor})`)
    .join('\n');
}

/** What the README holds between its markers, trimmed; undefined without the markers. */
export function readmeToc(markdown: string): string | undefined {
  const start = markdown.indexOf(TOC_START);
  const end = markdown.indexOf(TOC_END);
  if (start < 0 || end < start) return undefined;
  return markdown.slice(start + TOC_START.length, end).trim();
}
