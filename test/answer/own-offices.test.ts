import { describe, expect, it } from 'vitest';
import { withOwnOffices } from '../../src/answer/own-offices.ts';

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
