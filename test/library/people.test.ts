import { describe, expect, it } from 'vitest';
import { peopleOf } from '../../src/library/people.ts';
import { speakerKey } from '../../src/quotes/index.ts';

/** One (key, name, kind) row as the quotes hold it, with how many quotes use it. */
const row = (name: string, quotes = 1, kind = 'person') => ({ key: speakerKey(name)!, name, kind, quotes });

describe('peopleOf', () => {
  it('takes a name to the fuller one the library knows, never to a "Jr."', () => {
    const { keyOf, nameOf } = peopleOf([row('Wanda Vázquez'), row('Wanda Vázquez Garced'), row('Donald Trump'), row('Donald Trump Jr.')]);
    expect(keyOf.get(speakerKey('Wanda Vázquez')!)).toBe(speakerKey('Wanda Vázquez Garced'));
    expect(nameOf.get(speakerKey('Wanda Vázquez Garced')!)).toBe('Wanda Vázquez Garced');
    expect(keyOf.has(speakerKey('Donald Trump')!)).toBe(false);
  });

  it('joins one name spelt two ways, of one kind, and shows the spelling more quotes use', () => {
    const { keyOf, nameOf } = peopleOf([
      row('World Health Organisation', 1, 'organisation'),
      row('World Health Organization', 6, 'organisation'),
      row('Maria Lopez'),
      row('Mario Lopez'),
    ]);
    const who = keyOf.get(speakerKey('World Health Organization')!) ?? speakerKey('World Health Organization')!;
    expect(keyOf.get(speakerKey('World Health Organisation')!) ?? speakerKey('World Health Organisation')).toBe(who);
    expect(nameOf.get(who)).toBe('World Health Organization');
    expect(keyOf.has(speakerKey('Mario Lopez')!)).toBe(false);
    expect(keyOf.has(speakerKey('Maria Lopez')!)).toBe(false);
  });

  it('takes a surname alone to the one person the library names with it', () => {
    const { keyOf } = peopleOf([row('Trump', 3), row('Donald Trump', 5), row('Boris Johnson'), row('Johnson'), row('Lyndon Johnson')]);
    expect(keyOf.get(speakerKey('Trump')!)).toBe(speakerKey('Donald Trump'));
    expect(keyOf.has(speakerKey('Johnson')!)).toBe(false);
  });
});
