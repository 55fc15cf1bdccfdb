import { describe, expect, it } from 'vitest';
import { parseByline, parseDate, parseFrontMatter, toIso } from '../../src/articles/index.ts';

describe('parseDate', () => {
  const _ = (input: string, expected: ReturnType<typeof parseDate>) => () => expect(parseDate(input)).toEqual(expected);
  it('ISO date and time', _('2026-01-08 09:53', { date: '2026-01-08', time: '09:53' }));
  it('weekday, month day, year', _('Wednesday, July 24, 2019', { date: '2019-07-24' }));
  it('day month year with GMT', _('3 March 2026 14:05 GMT', { date: '2026-03-03', time: '14:05', offset: 'Z' }));
  it('abbreviated month, 12-hour clock', _('Jan 8, 2026 9:53 PM', { date: '2026-01-08', time: '21:53' }));
  it('explicit offset', _('2026-01-08T09:53+0800', { date: '2026-01-08', time: '09:53', offset: '+08:00' }));
  it('not a date', _('Significant outcomes', undefined));
  it('a sentence that mentions a date', _('On July 24, 2019 the court ruled.', undefined));
  it('an impossible month', _('2026-13-01', undefined));
});

describe('toIso', () => {
  it('takes the offset from the dateline city', () => {
    expect(toIso({ date: '2026-01-08', time: '09:53' }, 'Hong Kong')).toBe('2026-01-08T09:53+08:00');
  });
  it('follows daylight saving time', () => {
    expect(toIso({ date: '2026-07-01', time: '12:00' }, 'London')).toBe('2026-07-01T12:00+01:00');
    expect(toIso({ date: '2026-01-01', time: '12:00' }, 'London')).toBe('2026-01-01T12:00+00:00');
  });
  it('knows cities the zone database names otherwise', () => {
    expect(toIso({ date: '2026-01-08', time: '09:53' }, 'Beijing')).toBe('2026-01-08T09:53+08:00');
  });
  it('keeps a time without offset rather than guess one', () => {
    expect(toIso({ date: '2026-01-08', time: '09:53' }, 'Atlantis')).toBe('2026-01-08T09:53');
  });
  it('keeps a date alone as a date', () => {
    expect(toIso({ date: '2019-07-24' })).toBe('2019-07-24');
  });
});

describe('parseByline', () => {
  it('splits author, place, outlet and date', () => {
    expect(parseByline('By YANG HAN in Hong Kong | China Daily | Updated: 2026-01-08 09:53')).toEqual({
      byline: 'YANG HAN',
      dateline: 'Hong Kong',
      publisher: 'China Daily',
      date: { date: '2026-01-08', time: '09:53' },
    });
  });
  it('takes a comma-separated place', () => {
    expect(parseByline('By Jane Roe, Lisbon')).toEqual({ byline: 'Jane Roe', dateline: 'Lisbon' });
  });
});

describe('parseFrontMatter', () => {
  it('reads quoted and bare values and returns the body after it', () => {
    const { fields, body } = parseFrontMatter('---\ntitle: "A \\"quoted\\" title"\npublished: 2019-01-04\nnote: \'it\'\'s\'\n---\n\nBody.');
    expect(fields).toEqual({ title: 'A "quoted" title', published: '2019-01-04', note: "it's" });
    expect(body).toBe('\nBody.');
  });
  it('leaves a file without front matter alone', () => {
    expect(parseFrontMatter('Just text.')).toEqual({ fields: {}, body: 'Just text.' });
  });
});
