import { describe, expect, it } from 'vitest';
import { NAME_LINK_MESSAGE, cleanName, looksLikeLink, nameProblems } from './names.ts';

describe('cleanName', () => {
  it('strips bidi controls, zero-width and other invisible characters', () => {
    // U+202E RIGHT-TO-LEFT OVERRIDE makes "Acme‮moc.evil" read as "Acmelive.com".
    expect(cleanName('Acme\u202Emoc.evil')).toBe('Acmemoc.evil');
    for (const invisible of ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF', '\u00AD']) {
      expect(cleanName(`Ac${invisible}me`), JSON.stringify(invisible)).toBe('Acme');
    }
    for (const bidi of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(cleanName(`Ac${bidi}me`), JSON.stringify(bidi)).toBe('Acme');
    }
    expect(cleanName('Acme\u{E0041}\u{E0042}')).toBe('Acme');
  });

  it('turns line breaks, tabs, controls and odd spaces into one space, and trims', () => {
    expect(cleanName('  Billing\r\n\r\nPay now\t\u0000here  ')).toBe('Billing Pay now here');
    expect(cleanName('A\u2028B\u2029C\u0085D\u000BE')).toBe('A B C D E');
    expect(cleanName('Acme\u00A0\u3000\u2003Inc')).toBe('Acme Inc');
    expect(cleanName('\u200B \u202E ')).toBe('');
  });

  it('keeps letters of every script, accents and emoji, in NFC', () => {
    expect(cleanName('Zu\u0308rich Öl')).toBe('Zürich Öl');
    expect(cleanName('李小龍')).toBe('李小龍');
    expect(cleanName('שלום עולם')).toBe('שלום עולם');
    expect(cleanName('Rocket 🚀 team')).toBe('Rocket 🚀 team');
  });
});

describe('looksLikeLink', () => {
  it('finds schemes, www., host names, email addresses and IP addresses', () => {
    for (const link of [
      'Billing: pay at https://pay.example now',
      'HTTP://EXAMPLE',
      'ftp://files',
      'see mailto:boss',
      'javascript:alert(1)',
      'www.example',
      'Visit WWW2.acme',
      'pay-here.example.com',
      'paypal.com',
      'Acme.Inc',
      'support@acme.io',
      'login.microsoftonline.com urgent',
      'пример.рф',
      'ｅｘａｍｐｌｅ．ｃｏｍ',
      'example。com',
      '//evil.net',
      'Open 192.168.10.1 now',
    ]) {
      expect(looksLikeLink(link), link).toBe(true);
    }
  });

  it('lets ordinary names through', () => {
    for (const name of [
      'Acme Inc.',
      'J. R. Smith',
      'J.R.R. Tolkien',
      'Dr. No',
      'Ph.D. Students',
      'U.S.A. Rockets',
      'e.g. test',
      'No.1 Team',
      'Version 2.0',
      'v1.2.3 release',
      'Node.js Guild',
      'Next.js + Vue.js',
      'O’Brien & Sons',
      'Acme, Inc. (EU)',
      'Zürich Öl',
      'Team: Data',
      'Ärzte ohne Grenzen e.V.',
      'Billing',
    ]) {
      expect(looksLikeLink(name), name).toBe(false);
    }
  });
});

describe('nameProblems', () => {
  it('accepts 1 to 100 characters, counted as characters, not UTF-16 units', () => {
    expect(nameProblems('A')).toEqual([]);
    expect(nameProblems('x'.repeat(100))).toEqual([]);
    expect(nameProblems('🚀'.repeat(100))).toEqual([]);
    expect(nameProblems('x'.repeat(101), 'input.name')).toEqual([
      { path: 'input.name', message: 'must be between 1 and 100 characters' },
    ]);
    expect(nameProblems('', 'displayName')).toEqual([
      { path: 'displayName', message: 'must be between 1 and 100 characters' },
    ]);
  });

  it('refuses a link with the field path', () => {
    expect(nameProblems('Billing: pay at https://pay.example now')).toEqual([
      { path: 'name', message: NAME_LINK_MESSAGE },
    ]);
    expect(nameProblems('pay-here.example.com', 'displayName')).toEqual([
      { path: 'displayName', message: NAME_LINK_MESSAGE },
    ]);
  });
});
