import { describe, expect, test } from '@jest/globals';
import { md, messageBlock, withCode } from '../../src/report/markdown.js';

describe('md', () => {
  test('makes Markdown and HTML from AWS inert', () => {
    expect(md('<img src=x onerror=alert(1)> **b** [l](http://x) `c` a|b\n::error::x')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; \\*\\*b\\*\\* \\[l\\](http://x) \\`c\\` a\\|b ::error::x',
    );
  });
});

describe('withCode: what a message quotes in backticks is code, not literal backticks', () => {
  test('our own `permissions: id-token: write` shows as code; the rest is escaped as text', () => {
    expect(withCode('Give the job `permissions: id-token: write` and <retry>.')).toBe(
      'Give the job <code>permissions: id-token: write</code> and &lt;retry&gt;.',
    );
  });
  test('an untrusted quote stays inert: HTML escaped inside the code, a lone backtick escaped', () => {
    expect(withCode('AWS said `<img src=x onerror=alert(1)>` and ` alone')).toBe(
      'AWS said <code>&lt;img src=x onerror=alert(1)&gt;</code> and \\` alone',
    );
  });
  test('messageBlock uses it for every line and list item', () => {
    expect(messageBlock('Fix:\n- add `sts:AssumeRole`')).toBe(
      'Fix:\n\n- add <code>sts:AssumeRole</code>',
    );
  });
});
