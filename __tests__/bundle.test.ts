// The bundle's shape: what one account's run loads at start, and the licences of everything bundled.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';

const dist = new URL('../dist/', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, dist), 'utf8');
const chunks = readdirSync(dist).filter((file) => /^\d+\.index\.js$/.test(file));

// A string each package carries, and nothing else does.
const LOADED_ON_DEMAND = {
  undici: 'undici:client:beforeConnect',
  '@aws-sdk/client-organizations': 'AWSOrganizationsV20161128',
  // Cognito.5's reads: loaded only when it is selected.
  '@aws-sdk/client-cognito-identity-provider': 'AWSCognitoIdentityProviderService',
  '@aws-sdk/client-ssm': 'AmazonSSM',
  '@aws-sdk/client-account': '"/listRegions"',
  '@octokit/core': 'octokit-core.js',
  tinyglobby: 'fdir',
  yaml: 'tag:yaml.org,2002',
};

describe('start-up loads only what one account needs', () => {
  test.each(Object.entries(LOADED_ON_DEMAND))(
    '%s is in a chunk of its own, not in dist/index.js',
    (_name, marker) => {
      expect(read('index.js')).not.toContain(marker);
      expect(chunks.some((chunk) => read(chunk).includes(marker))).toBe(true);
    },
  );
  test('@actions/http-client gets the lazy undici, and never the real one, in the entry chunk', () => {
    expect(read('index.js')).toContain('iam-mfa-audit.undici');
  });
  test('the lazy undici has every name the bundled packages import from undici', () => {
    const lazy = readFileSync(new URL('../src/runtime/lazy-undici.cjs', import.meta.url), 'utf8');
    const importers = [
      '@actions/http-client/lib/index.js',
      '@actions/github/node_modules/@actions/http-client/lib/index.js',
      '@actions/github/lib/internal/utils.js',
    ];
    for (const importer of importers) {
      const code = readFileSync(new URL(`../node_modules/${importer}`, import.meta.url), 'utf8');
      // ESM (`import { ProxyAgent } from 'undici'`) or CommonJS (`undici_1.ProxyAgent`).
      const names = [
        ...[...code.matchAll(/import \{([^}]*)\} from 'undici'/g)].flatMap((m) =>
          (m[1] ?? '').split(',').map((name) => name.trim()),
        ),
        ...[...code.matchAll(/undici_1\.(\w+)/g)].map((m) => m[1] as string),
      ];
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(lazy).toContain(`'${name}'`);
    }
  });
});

test('every chunk is ASCII, so V8 holds and scans its source one byte a character', () => {
  for (const chunk of ['index.js', ...chunks]) expect(read(chunk)).toMatch(/^[\p{ASCII}]*$/u);
});

test('licenses.txt names every package of every chunk, those loaded on demand too', () => {
  const licensed = new Set(
    read('licenses.txt')
      .split(/\n\n(?=\S)/)
      .map((entry) => entry.split('\n')[0]?.replace(/@[\d.]+$/, '')),
  );
  for (const name of [
    ...Object.keys(LOADED_ON_DEMAND),
    '@actions/core',
    '@actions/github',
    '@aws-sdk/client-iam',
    '@aws-sdk/client-sts',
    'csv-parse',
    'yaml',
  ])
    expect(licensed).toContain(name);
});
