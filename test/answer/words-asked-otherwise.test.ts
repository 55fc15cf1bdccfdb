import { describe, expect, it } from 'vitest';
import { asWordsAskedOtherwise } from '../../src/answer/words-asked-otherwise.ts';

describe('asWordsAskedOtherwise', () => {
  it.each([
    ['was minnis exaggerating how bad abaco was', 'what did minnis say about abaco'],
    ['did iran walk back its denial over the jet', 'what did iran say about the jet'],
    ['which side was corbyn on in the prorogation fight', 'what did corbyn say about the prorogation fight'],
    ['any words from duda for the families', 'what did duda say to the families'],
    ['at sentencing what did the judge tell the abusers?', 'what did the judge tell the abusers at sentencing?'],
    ['what did the coach say about what comes next', 'what did the coach say about the future'],
    // How someone put it: what they said.
    ['how did tusk put it after the vote', 'what did tusk say after the vote'],
    ['how did the mayor phrase her view of the plan', 'what did the mayor say the plan'],
    ['in what words did tusk tweet about the fire', 'what did tusk tweet about the fire'],
    // Two voices compared: each one's words; how they spoke is the answer's to show.
    ['was tusk more dismissive than duda about the report', 'tusk spoke about the report'],
    ['the mayor was blunter than the governor on the flood', 'the mayor spoke on the flood'],
    ['which of the researchers was more worried about the reef', 'what did the researchers say about the reef'],
    // Silence or evasion asked about: the words, where there are any.
    ['did the mayor stay quiet after the flood or did she say something', 'what did the mayor say after the flood'],
    ['was the minister silent on the strike', 'what did the minister say about the strike'],
    ['did the coach dodge questions about the transfer', 'what did the coach say about the transfer'],
    ['did the club decline to comment on the fine', 'what did the club say about the fine'],
    ["did the driver's lawyer refuse to comment", "what did the driver's lawyer say"],
    ['did anyone stay quiet after the verdict', 'who spoke after the verdict'],
    ['nobody kept quiet about the verdict', 'who spoke about the verdict'],
    ['the mayor on what lies ahead for the port', 'the mayor on the future for the port'],
  ])('puts "%s" in plain form', (question, plainly) => {
    expect(asWordsAskedOtherwise(question)).toBe(plainly);
  });

  it.each(['what is wrong with normal stitches', 'was the bill right about it', 'what did the accused say', 'what happened next after the crash', 'did he stay quiet about it', 'the storm was stronger than the forecast on tuesday', 'how did the storm put pressure on the grid'])('leaves "%s" as it was', (question) => {
    expect(asWordsAskedOtherwise(question)).toBe(question);
  });
});
