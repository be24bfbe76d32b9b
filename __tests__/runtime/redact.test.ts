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
