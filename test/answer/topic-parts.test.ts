import { describe, expect, it } from 'vitest';
import { topicParts } from '../../src/answer/topic-parts.ts';

describe('topicParts', () => {
  it.each([
    ['the b-17 crash and the london travelator death', ['the b-17 crash', 'the london travelator death']],
    ['johnson suspending parliament and then to the court rulings on it', ['johnson suspending parliament', 'to the court rulings on it']],
    ['mugabe dying vs chirac dying', ['mugabe dying', 'chirac dying']],
    ['the shooting and later to the verdict', ['the shooting', 'to the verdict']],
    ['the fire, later about the rebuilding', ['the fire', 'about the rebuilding']],
    ['people quitting, like bolton and de blasio', ['people quitting', 'bolton', 'de blasio']],
    ['the lee–xi meeting', []],
    ['the hong kong protests', []],
    // Two sides of one story are not two stories.
    ['the kerch strait clash between russia and ukraine', []],
    ['both the notre dame fire and the amazon fires', ['both the notre dame fire', 'the amazon fires']],
    ['the trade war between the us and china and the brexit vote', ['the trade war between the us and china', 'the brexit vote']],
    // A line in quotes is one thing said; joiners outside it still join.
    ['"read my lips, no new taxes"', []],
    ['“stay home and stay safe”', []],
    ['"our house is burning" and the amazon fires', ['"our house is burning"', 'the amazon fires']],
    // A place's country or state after a comma is where it is, not another story.
    ['a car bomb at a base in Maidan Wardak, Afghanistan', []],
    ['the shooting in el paso, texas and the one in dayton, ohio', ['the shooting in el paso, texas', 'the one in dayton, ohio']],
  ])('%s', (topic, parts) => {
    expect(topicParts(topic)).toEqual(parts);
  });
});
