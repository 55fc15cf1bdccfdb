import { describe, expect, it } from 'vitest';
import { displayUrl, loggedUrl, parseHttpUrl } from '../../src/articles/index.ts';

describe('links as shown and as logged', () => {
  it('never shows a user name or password', () => {
    expect(displayUrl('https://ana:hunter2@news.example/a?x=1')).toBe('https://news.example/a?x=1');
  });

  it('logs origin and path only: a query can hold a private feed token', () => {
    expect(loggedUrl('https://news.example/feed.xml?token=s3cret')).toBe('https://news.example/feed.xml?…');
    expect(loggedUrl('https://news.example/feed.xml')).toBe('https://news.example/feed.xml');
    expect(loggedUrl('nonsense')).toBe('(not a URL)');
  });

  it('drops the fragment of a link it fetches', () => {
    expect(parseHttpUrl(' https://news.example/a#comments ').href).toBe('https://news.example/a');
  });
});
