import { describe, expect, test } from '@jest/globals';
import { Redactor } from '../../src/runtime/redact.js';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const TOKEN = 'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJGMEQCIDy';

describe('Redactor', () => {
  const redactor = new Redactor();
  redactor.add(SECRET);
  redactor.add(TOKEN);
  redactor.add('ASIA12'); // shorter than a piece: only whole matches
  redactor.add('abc'); // too short to be a secret

  test('whole secrets, anywhere, as often as they occur', () => {
    expect(redactor.redact(`${SECRET}`)).toBe('***');
    expect(redactor.redact(`key=${SECRET}, again ${SECRET}.`)).toBe('key=***, again ***.');
    expect(redactor.redact(`x${TOKEN}${SECRET}y`)).toBe('x******y');
  });

  test('a message cut mid-secret leaves no piece of 8 characters or more', () => {
    const cut = `Denied. token ${TOKEN.slice(0, 20)}…`;
    expect(redactor.redact(cut)).toBe('Denied. token ***…');
    expect(redactor.redact(`tail ${SECRET.slice(0, 8)}`)).toBe('tail ***');
    // Seven characters are not a recognisable piece.
    expect(redactor.redact(`tail ${SECRET.slice(0, 7)}`)).toBe(`tail ${SECRET.slice(0, 7)}`);
  });

  test('text without secrets comes back as it was; short secrets match whole', () => {
    const text = 'arn:aws:sts::111122223333:assumed-role/iam-mfa-audit/iam-mfa-audit abc';
    expect(redactor.redact(text)).toBe(text);
    expect(redactor.redact('id ASIA12 and ASIA1')).toBe('id *** and ASIA1');
  });

  test('secrets sharing their first characters are each found in full', () => {
    const r = new Redactor();
    r.add('SAMEHEAD-one-secret-value');
    r.add('SAMEHEAD-another-longer-secret-value');
    expect(r.redact('a SAMEHEAD-another-longer-secret-value b SAMEHEAD-one-secret-value c')).toBe(
      'a *** b *** c',
    );
  });

  test('the skipping scan redacts exactly what a look at every position does', () => {
    // Small alphabets, so that texts are full of near-misses: heads that match for a few
    // characters, pieces cut at every length, secrets that share heads and overlap each other.
    const random = seeded(25);
    const pick = (alphabet: string, length: number) =>
      Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let round = 0; round < 400; round++) {
      const secrets = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        pick('abAB01/+', 6 + Math.floor(random() * 20)),
      );
      const r = new Redactor();
      for (const secret of secrets) r.add(secret);
      for (let text = 0; text < 10; text++) {
        let t = '';
        while (t.length < 300) {
          const secret = secrets[Math.floor(random() * secrets.length)] ?? '';
          const roll = random();
          if (roll < 0.2) t += secret;
          else if (roll < 0.5) t += secret.slice(0, 3 + Math.floor(random() * secret.length));
          else t += pick(roll < 0.8 ? 'abAB01/+ ' : 'xyz "{}:,\n', 1 + Math.floor(random() * 12));
        }
        expect(r.redact(t)).toBe(everyPosition(t, secrets));
      }
    }
  });

  test('a thousand secrets over a large text: one pass', () => {
    const r = new Redactor();
    const secrets = Array.from(
      { length: 3000 },
      (_, i) => `${String(i).padStart(8, 'S')}${'k'.repeat(32)}`,
    );
    for (const s of secrets) r.add(s);
    const text = `${'finding message without secrets; '.repeat(100_000)}${secrets[1234]}`;
    expect(r.redact(text).endsWith('; ***')).toBe(true);
  });
});

/** The rule, position by position: the longest piece of 8 or more that starts a secret, replaced. */
function everyPosition(text: string, secrets: string[]): string {
  const long = secrets.filter((s) => s.length >= 8);
  let out = '';
  for (let start = 0; start < text.length;) {
    let end = start;
    for (const secret of long) {
      let n = 0;
      while (n < secret.length && text[start + n] === secret[n]) n++;
      if (n >= 8) end = Math.max(end, start + n);
    }
    if (end > start) {
      out += '***';
      start = end;
    } else out += text[start++];
  }
  for (const secret of secrets) if (secret.length < 8) out = out.split(secret).join('***');
  return out;
}

/** mulberry32: the same texts on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
