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

/** Inline code with a hover text (an ARN behind a user name): both inert, neither breaks a table cell. */
export function codeWithTitle(text: string, title: string): string {
  return code(text).replace('<code>', `<code title="${attribute(title)}">`);
}

function attribute(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;');
}

/** A fenced code block whose fence no line of the text can close. */
export function codeBlock(text: string, language = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}

/**
 * A message of ours as Markdown: prose lines are escaped, "- " lines stay a list, and lines
 * indented by two spaces (YAML to paste into a workflow) become a code block.
 */
/** A message line whose `quoted` parts are code: shown as code, never as literal backticks. */
export function withCode(line: string): string {
  return line
    .split(/`([^`\n]+)`/)
    .map((part, i) => (i % 2 === 1 ? code(part) : md(part)))
    .join('');
}

export function messageBlock(text: string): string {
  const blocks: string[] = [];
  let yaml: string[] = [];
  const flush = (): void => {
    if (yaml.length > 0) blocks.push(codeBlock(yaml.join('\n'), 'yaml'));
    yaml = [];
  };
  for (const line of text.split('\n')) {
    if (/^ {2}\S/.test(line) || (yaml.length > 0 && /^ {4,}\S/.test(line))) {
      yaml.push(line.slice(2));
      continue;
    }
    flush();
    if (line.trim() === '') continue;
    blocks.push(line.startsWith('- ') ? `- ${withCode(line.slice(2))}` : withCode(line));
  }
  flush();
  // Consecutive list items stay one list; everything else is its own paragraph.
  return blocks
    .map((block, i) =>
      i > 0 && block.startsWith('- ') && blocks[i - 1]?.startsWith('- ')
        ? `\n${block}`
        : `\n\n${block}`,
    )
    .join('')
    .trimStart();
}
