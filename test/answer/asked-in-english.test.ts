import { describe, expect, it } from 'vitest';
import { askedInEnglish } from '../../src/answer/asked-in-english.ts';
import { withNamesForNicknames } from '../../src/answer/nicknames.ts';
import { parseQuestion } from '../../src/answer/index.ts';

describe("askedInEnglish: the ask's frame in another language", () => {
  it.each([
    ['qué dijo the mayor about the flood', 'what did the mayor say about the flood'],
    ["qu'est-ce que the mayor a dit about the flood", 'what did the mayor say about the flood'],
    ["qu'a dit le maire about the flood", 'what did the maire say about the flood'],
    ['was hat the mayor gesagt über the flood', 'what did the mayor say about the flood'],
    ['o que o prefeito disse sobre the flood', 'what did prefeito say about the flood'],
    ['cosa ha detto the mayor about the flood', 'what did the mayor say about the flood'],
    ['ano sabi ni the mayor tungkol sa flood sa manila', 'what did the mayor say about flood in manila'],
    ['ano ang sinabi ng mayor about the flood', 'what did the mayor say about the flood'],
    ['apa kata the mayor soal the flood', 'what did the mayor say about the flood'],
    ['the mayor ne kya kaha about the flood', 'what did the mayor say about the flood'],
    ['wat zei de burgemeester over the flood', 'what did the burgemeester say about the flood'],
    ['the mayor ne dedi about the flood', 'what did the mayor say about the flood'],
    ['co powiedział the mayor o the flood', 'what did the mayor say about the flood'],
    // The words a speaker is named with, in English.
    ['que dijo el presidente de colombia about the flood', 'what did the president of colombia say about the flood'],
    // A story's voices.
    ['quién dijo qué about the flood', 'who said what about the flood'],
    ['qui a dit quoi sur the flood', 'who said what about the flood'],
    ['sino ang nagsalita tungkol sa the flood', 'who said what about the flood'],
    ['kisne kya kaha about the flood', 'who said what about the flood'],
    ['wie zei wat over the flood', 'who said what about the flood'],
    // (Guard: English, and a frame with no story after it.)
    ['what did the mayor say about the flood', 'what did the mayor say about the flood'],
    ['qué dijo', 'qué dijo'],
  ])('%s → %s', (typed, asked) => {
    expect(askedInEnglish(typed)).toBe(asked);
  });

  it('gives the parse its speaker and story', () => {
    expect(parseQuestion('was hat pompeo gesagt about bolton leaving')).toMatchObject({ speech: true, speaker: 'pompeo', topic: 'bolton leaving' });
  });
});

describe('withNamesForNicknames: public figures by their nicknames', () => {
  it.each([
    ['what did macca write about the drummer', 'what did paul mccartney write about the drummer'],
    ['what did the donald say about the wall', 'what did donald trump say about the wall'],
    ['sleepy joe on the vote', 'joe biden on the vote'],
    // (Guard: a word that only holds one.)
    ['what did the mayor say about the maccabi game', 'what did the mayor say about the maccabi game'],
  ])('%s → %s', (typed, asked) => {
    expect(withNamesForNicknames(typed)).toBe(asked);
  });
});
