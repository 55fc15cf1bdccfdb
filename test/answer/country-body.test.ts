import { describe, expect, it } from 'vitest';
import { countryBody, speaksForBody } from '../../src/answer/country-body.ts';
import type { StoredQuote } from '../../src/library/index.ts';

const quote = (name: string, description?: string): StoredQuote =>
  ({ id: 1, articleId: 'a', start: 0, end: 1, text: 'x', kind: 'indirect', speaker: { name, kind: 'organisation', mention: { start: 0, end: name.length, text: name }, ...(description ? { description } : {}) } }) as StoredQuote;

describe('countryBody', () => {
  it("reads a country's body of a kind, by its people's name or its own", () => {
    expect(countryBody('cuban police')).toBeDefined();
    expect(countryBody('the tongan government')).toBeDefined();
    expect(countryBody("russia's emergencies ministry")).toBeDefined();
    expect(countryBody('us authorities')).toBeDefined();
    // No country, or no body: an office or a people is asked for otherwise.
    expect(countryBody('thames valley police')).toBeUndefined();
    expect(countryBody('cuban musicians')).toBeUndefined();
  });

  it('is spoken for by one of its kind in an article naming the country, not by the story\'s other voices', () => {
    const police = countryBody('cuban police')!;
    const told = 'A bus crashed in Cuba on Thursday.';
    expect(speaksForBody(quote('the bus driver'), police, told)).toBe(false);
    expect(speaksForBody(quote('Sky News'), police, told)).toBe(false);
    expect(speaksForBody(quote('police'), police, told)).toBe(true);
    // (…in an article on another country, no.)
    expect(speaksForBody(quote('police'), police, 'A bus crashed in Peru.')).toBe(false);
    const government = countryBody('the us government')!;
    // ("us" is the country only as the articles write it, not the pronoun.)
    expect(speaksForBody(quote('officials'), government, 'Officials told us the towers were saved.')).toBe(false);
    expect(speaksForBody(quote('Mike Pompeo', 'U.S. Secretary of State'), government, 'The U.S. said so.')).toBe(true);
  });

  it('is spoken for by an embassy whose own words name the country, not by one in it', () => {
    const told = 'An American died in Wuhan, China, the U.S. embassy in Beijing said.';
    const embassy = quote('the U.S. embassy in Beijing');
    expect(speaksForBody(embassy, countryBody('the us embassy')!, told)).toBe(true);
    expect(speaksForBody(embassy, countryBody('the chinese embassy')!, told)).toBe(false);
  });
});
