/**
 * Text from AWS (user names, paths, aliases, messages) made inert in GitHub-flavoured Markdown:
 * HTML is escaped, Markdown punctuation is backslash-escaped, line breaks become spaces.
 */
export function md(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`);
}

/** Inline code that stays inert: escaped as HTML, never holding a backtick or a pipe. */
export function code(text: string): string {
  const safe = text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;');
  return `<code>${safe}</code>`;
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function link(text: string, url: string): string {
  return `[${md(text)}](${url})`;
}
