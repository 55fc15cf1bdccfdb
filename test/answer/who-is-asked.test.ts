import { describe, expect, it } from 'vitest';
import { isPersonName, qualifierOf, roleOf, withOwnOffices } from '../../src/answer/who-is-asked.ts';

describe('isPersonName: a name to look up, not a role or a phrase', () => {
  it.each([
    ['pelosi', true],
    ['nigel farage', true],
    ['president macron', true],
    ['the polish president', false],
    ['new zealand pm', false],
    ['the doctor at saint francis', false],
    // Someone's role, typed with a possessive: never "nobody by that name".
    ["alan kurdi's dad", false],
    ["the bill's co-sponsor", false],
    // An office held to a place.
    ['us ambassador to germany', false],
    // A word chat uses for someone of a body.
    ['spacex boss', false],
    ['fema official', false],
    ['abuse survivor advocate', false],
  ])('%s → %s', (typed, expected) => {
    expect(isPersonName(typed)).toBe(expected);
  });
});

describe('roleOf: the office a typed speaker ends with', () => {
  it.each([
    ['the polish prime minister', 'prime minister'],
    ['new zealand pm', 'prime minister'],
    ['governors', 'governor'],
    // The office before its place.
    ['the mayor of gdansk', 'mayor'],
    ['pm of samoa', 'prime minister'],
    ['the sheriff near area 51', 'sheriff'],
    ['california ag', 'attorney general'],
    ['police', 'police'],
    ['pelosi', undefined],
    // An office's title as chat shortens it, at its end.
    ['the state gov', 'governor'],
    ['deputy pm', 'deputy prime minister'],
  ])('%s → %s', (typed, expected) => {
    expect(roleOf(typed)).toBe(expected);
  });
});

describe('qualifierOf: whose an office is', () => {
  it.each([
    ['the taliban spokesman', 'spokesman', 'taliban'],
    ['samoa pm', 'prime minister', 'samoa'],
    ['the mayor of gdansk', 'mayor', 'gdansk'],
    ['the sheriff near area 51', 'sheriff', 'area 51'],
    ['the president', 'president', undefined],
    // ("ex-" says when, not whose.)
    ['the ex-fema official', 'official', 'fema'],
  ])('%s (%s) → %s', (typed, role, expected) => {
    expect(qualifierOf(typed, role)).toBe(expected);
  });
});

describe("withOwnOffices: the asker's own office-holders as anyone's", () => {
  it.each([
    ['what did our prime minister say about suspending parliament', 'what did the prime minister say about suspending parliament'],
    ['what did my governor say when she signed the ban', 'what did the governor say when she signed the ban'],
    ["what did my country's president say after iran shot down our plane", 'what did the president say after iran shot down our plane'],
    ['our pm got covid, what did he say', 'the pm got covid, what did he say'],
    ['what did our local police say about the stabbing', 'what did the police say about the stabbing'],
    ['what did our mps say about the queen', 'what did the mps say about the queen'],
    // Not kin, not what is no office, not a line quoted.
    ['my mum said macron called it our house', 'my mum said macron called it our house'],
    ['"our house is burning" who said that', '"our house is burning" who said that'],
    ["'our president lied' — who said it?", "'our president lied' — who said it?"],
  ])('%s → %s', (question, asked) => {
    expect(withOwnOffices(question)).toBe(asked);
  });
});
