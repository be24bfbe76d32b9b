import { describe, expect, test } from '@jest/globals';
import { md } from '../../src/report/markdown.js';

describe('md', () => {
  test('makes Markdown and HTML from AWS inert', () => {
    expect(md('<img src=x onerror=alert(1)> **b** [l](http://x) `c` a|b\n::error::x')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; \\*\\*b\\*\\* \\[l\\](http://x) \\`c\\` a\\|b ::error::x',
    );
  });
});
