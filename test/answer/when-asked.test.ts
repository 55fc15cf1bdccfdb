import { describe, expect, it } from 'vitest';
import { orderAsked, whenAsked } from '../../src/answer/when-asked.ts';

describe('whenAsked', () => {
  it.each([
    ['what did the polish pm say on 14 jan 2019 about the gdansk mayor', 'what did the polish pm say about the gdansk mayor', '2019-01-14', '2019-01-14', '14 jan 2019'],
    ['sept 2019, the nevada republican who backed the inquiry. what did he say', 'the nevada republican who backed the inquiry. what did he say', '2019-09-01', '2019-09-30', 'sept 2019'],
    ['the march 2020 toilet paper panic, what did retailers say', 'the toilet paper panic, what did retailers say', '2020-03-01', '2020-03-31', 'march 2020'],
    ["boris johnson's speech on brexit day, january 31, 2020", "boris johnson's speech on brexit day", '2020-01-31', '2020-01-31', 'january 31, 2020'],
    ['what did rob bartlett tweet at the end of 2019', 'what did rob bartlett tweet', '2019-09-01', '2019-12-31', 'the end of 2019'],
    ['carrie lam in the summer of 2020', 'carrie lam', '2020-06-01', '2020-08-31', 'the summer of 2020'],
    ['the feb. 2020 naming of the virus', 'the naming of the virus', '2020-02-01', '2020-02-29', 'feb. 2020'],
    ['the magnitogorsk collapse over new year 2019, who said what', 'the magnitogorsk collapse, who said what', '2018-12-20', '2019-01-15', 'new year 2019'],
    ['trump in 2019 and then 2020: what did he say', 'trump: what did he say', '2019-01-01', '2020-12-31', '2019 and then 2020'],
    ['pelosi back in 2007', 'pelosi', '2007-01-01', '2007-12-31', '2007'],
    // Near a month or a holiday is within its span, and no word of the topic.
    ["what did slovakia's pm announce just before christmas 2020", "what did slovakia's pm announce", '2020-12-15', '2021-01-10', 'christmas 2020'],
    ['right after march 2019, what did kaczynski promise', 'what did kaczynski promise', '2019-03-01', '2019-03-31', 'march 2019'],
    ['what did the governor say on the 3rd of october 2019', 'what did the governor say', '2019-10-03', '2019-10-03', 'the 3rd of october 2019'],
  ])('reads the time in %j', (question, rest, from, to, said) => {
    expect(whenAsked(question)).toEqual({ rest, dates: { from, to, said } });
  });

  it.each([
    ['what did trump say on 2019-09-25 about ukraine', 'what did trump say about ukraine', '2019-09-25', '2019-09-25'],
    ['pelosi 2019-01', 'pelosi', '2019-01-01', '2019-01-31'],
    ['what did tusk say on 14/1/2019', 'what did tusk say', '2019-01-14', '2019-01-14'],
    ['ardern 3.15.19 what did she say', 'ardern what did she say', '2019-03-15', '2019-03-15'],
    // Day and month either way round: either date.
    ['what did trump say on 10/2/2020', 'what did trump say', '2020-02-10', '2020-10-02'],
  ])('reads a date in figures in %j', (question, rest, from, to) => {
    expect(whenAsked(question)).toMatchObject({ rest, dates: { from, to } });
  });

  // (Near a bare year is no span of it: "just before 2020" is late 2019, or any time before.)
  it.each(['the 737 max 8 crash', 'what did they say in 2019-20', 'what happened on 2019-13-01', 'what did trump say just before 2020'])('reads figures that are no date as none: %j', (question) => {
    expect(whenAsked(question)).toBeUndefined();
  });

  it('leaves the end open for "since"', () => {
    expect(whenAsked('what has trump said about iran since 2019')).toEqual({ rest: 'what has trump said about iran', dates: { from: '2019-01-01', said: '2019' } });
  });

  it('joins the times of a question that asks about two, and drops what joined them', () => {
    expect(whenAsked('what did pelosi say about impeachment in september 2019 and then in january 2020?')).toEqual({ rest: 'what did pelosi say about impeachment?', dates: { from: '2019-09-01', to: '2020-01-31', said: 'september 2019, january 2020' } });
    expect(whenAsked('boris johnson in august 2019 on the amazon and in october 2019 on sacoolas')).toEqual({ rest: 'boris johnson on the amazon and on sacoolas', dates: { from: '2019-08-01', to: '2019-10-31', said: 'august 2019, october 2019' } });
  });

  it.each([
    'what did erdogan say about the 2016 coup',
    'who commented on the 2022 midterms',
    'fan expo canada 2019, anything quotable',
    'the floods of 2019, who said what',
    'what did she say in may about the vote',
    'what did 2019 bring',
  ])('reads a year that names a thing, or a month without a year, as no time: %j', (question) => {
    expect(whenAsked(question)).toBeUndefined();
  });

  it.each([
    ['what did donald tusk say on monday after the gdansk mayor was stabbed', 'what did donald tusk say after the gdansk mayor was stabbed'],
    ['what did the us attorney say about el paso this weekend', 'what did the us attorney say about el paso'],
    ['two years ago what did geingob say about iyambo', 'what did geingob say about iyambo'],
    ['earlier this year, what did the penguin researcher say', 'what did the penguin researcher say'],
    // …nor those chat says from the asker's own day.
    ['what did minnis say the other day about dorian', 'what did minnis say about dorian'],
    ['some time ago trump threatened turkey, his words?', 'trump threatened turkey, his words?'],
    ['a wikinews piece a while back on the ibis mummies', 'a wikinews piece on the ibis mummies'],
    ['not long ago pelosi said something about the inquiry', 'pelosi said something about the inquiry'],
    ['what did tedros say recently about the pandemic', 'what did tedros say about the pandemic'],
    // …nor a holiday without its year.
    ['what were people saying as phanfone hit the philippines at christmas', 'what were people saying as phanfone hit the philippines'],
    ['what did the red cross say over the new year holidays', 'what did the red cross say'],
    // …nor a day of a month as chat writes it, with its ordinal and no year.
    ['what did the mayor say on oct 3rd about the flood', 'what did the mayor say about the flood'],
    ['what did the coach say on the 21st of may', 'what did the coach say'],
  ])('drops words of time that name no date, and sets none: %j', (question, rest) => {
    expect(whenAsked(question)).toEqual({ rest });
  });

  it.each(['what did trump say about super tuesday', 'who found the recently discovered wreck', 'bloody sunday, who said what', "last year's budget, what did the minister say", 'pelosi on the january 6 committee', 'the uk left the eu on jan 31, what did boris say', 'what did the queen say in her christmas speech'])('keeps a day that is part of a name or tells which story: %j', (question) => {
    expect(whenAsked(question)).toBeUndefined();
  });

  it('reads a year opening the message as its time', () => {
    expect(whenAsked('2019: what did putin say about mugabe')).toEqual({ rest: 'what did putin say about mugabe', dates: { from: '2019-01-01', to: '2019-12-31', said: '2019' } });
  });
});

describe('orderAsked', () => {
  it.each([
    ["what's the latest from pelosi on impeachment", 'latest'],
    ['the most recent thing trump said about covid', 'latest'],
    ['the last thing tanya davies said about the bill', 'latest'],
    ['what did trump first say about the coronavirus', 'earliest'],
    ['first reactions to soleimani being killed', 'earliest'],
    ["pelosi's initial reaction to the inquiry", 'earliest'],
    // Not "the first to react", which asks who; nor "at first", often a line's own words.
    ['who was the first to react to the ruling', undefined],
    ['who said it seemed like a prank at first', undefined],
    ['the first woman to lead the party, what did she say', undefined],
  ])('%j asks for the %s', (question, order) => {
    expect(orderAsked(question)).toBe(order);
  });
});
