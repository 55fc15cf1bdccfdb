import { CitewireError } from '../errors.ts';
import type { ArticleFilter, Library, SearchHit, StoredQuote } from '../library/index.ts';
import { figureAsked, givesFigure } from './figure-asked.ts';
import { composeText, pickDiverse, rankCandidates, reportsSpeech, sentencesOfHits, widenToArticles } from './sentences.ts';
import { isCountry, isTitle } from '../quotes/index.ts';
import { parseQuestion, SOMEONE } from './parse-question.ts';
import { topicParts } from './topic-parts.ts';
import { asLibraryNames } from './as-library-names.ts';
import { corrected, inWords, undictated, unfielded, unmarked, unshouted, withoutAsides } from './chat-asides.ts';
import { plain as inPlainForm } from './plain-question.ts';
import { countriesIn, countryNames, holdsEveryName, namedInEarnest, namesHeld, ofAnotherCountry, ofNamedStory, peopleNames, toldInEarnest, topicNames } from './topic-names.ts';
import { COUNTRY_WORDS, fullNameIn, isPersonName, isTrade, namedLoosely, qualifierOf, roleOf, ROLE_WORDS, kinOfDescribed, whoIsAsked, withHandlesNamed } from './who-is-asked.ts';
import { withOwnOffices } from './own-offices.ts';
import type { Answer, Citation } from './types.ts';
import { verifyAnswer } from './verify-answer.ts';
import { happensNext, tellsAnotherStory, tellsDeed, untoldEvent, VAGUE } from './story-told.ts';
import { OWN_ADJECTIVES, OWN_WORDS, SPEECH_WORD, VIEW } from './speech-words.ts';
import { publishedSpan, scoped } from './question-scope.ts';
import { orderAsked } from './when-asked.ts';
import { standingAsked, type Standing } from './standing-asked.ts';
import { askAmong, isSomeone } from './ask-among.ts';
import { actAsked, cueIsAct } from './act-asked.ts';
import { countryBody, speaksForBody, type CountryBody } from './country-body.ts';
import { oneOf } from './one-of.ts';
import { holdsLine, LINE_ASKED, lineShares, toldShares } from './remembered-line.ts';
import { kindAsked, mentionsKind } from './kind-asked.ts';
import { ANY_STORY_VERB, MIN_PASSAGE_RELEVANCE, describesAnother, thresholdFor } from './relevance-bar.ts';
import { byOutlet, composeWhoSaid, findQuotes, holdsOffice, inArticleOrder, inOrderAsked, officialOfPlace, wordsHadLast, mergeQuotes, outletsFirst, ownPeopleFirst, pickQuotes, type QuoteCandidate } from './who-said.ts';
import { evidenceFromCitations, evidenceFromPassages, writeWithModel, type ChatWriter, type WriteOptions } from './write-with-model.ts';
import { lookupTable } from '../lookup-table.ts';

/** A chat model to write the answer (from the evidence the extractive answer found), and who watches it write. */
export interface ModelOptions extends WriteOptions {
  /** Unset: the extractive answer. */
  writer?: ChatWriter;
}

export interface AskOptions extends ModelOptions {
  /** Sentences or quotes in the answer (default 3; up to 16 for who-said-what questions). */
  sentences?: number;
  /** Which articles to answer from: speaker, publisher, date range. */
  filter?: ArticleFilter;
}

// Sentences further below the best than this are not worth showing.
const MAX_GAP = 0.25;
const PASSAGES = 8;
// A story of a question that joins several needs only its best few passages: enough to
// judge it and to rank its articles' quotes, at half the search.
const PART_PASSAGES = 4;
// How far a line's words held lift a quote in answer to whose the line is.
const LINE_WEIGHT = 0.5;
// …and for a speaker asked for by name, how much a quote's share of the topic's telling words
// counts: on bench:whosaid dev (batches 1–106) 0.15 put two more gold quotes in the top 5,
// 0.3 three, 0.5 three but lost one ("what did pelosi say before sending the impeachment
// articles"), none lost at 0.3.
const TOPIC_WORDS_WEIGHT = 0.3;
// How much a quote's cue being the act asked about counts, in its score and against the bar.
const ACT_WEIGHT = 0.3;
const SPEECH_ARTICLES = 3;
// Above any gap in score between one speaker's quotes: the words that give a figure asked for
// come before those that do not.
const FIGURE_FIRST = 10;

/**
 * Answers a question from the library: who-said-what questions with the attributed
 * quotes found across the whole library, grouped by speaker; others with verbatim
 * sentences of the best passages. Only the question is embedded; every citation is an
 * exact span.
 *
 * @example
 * const answer = await ask(library, 'Who said what about the Lee–Xi meeting?');
 */
export function ask(library: Library, question: string, options: AskOptions = {}): Promise<Answer> {
  const typed = question.trim();
  if (!typed) throw new CitewireError('EMPTY_QUESTION');
  const asked = scoped(library, library.respelled(withOwnOffices(withHandlesNamed(library, corrected(withoutAsides(unshouted(undictated(unfielded(unmarked(inWords(typed)))))))))), options.filter);
  if ('nothing' in asked) return Promise.resolve(asked.nothing);
  // ("...", "**", "<#123>": marks and markup, with no word left to ask about.)
  if (!/[\p{L}\p{N}]/u.test(asked.q)) throw new CitewireError('EMPTY_QUESTION');
  return askWithin(library, asked.q, asked.filter, options, asked.said).then((found) => ({ ...found, question: typed }));
}

// Someone's words as a topic: "trump saying …", "the pope claiming that …".
const SAYING_IN_TOPIC = /^((?:the\s+)?(?:[\p{L}'’.-]+\s+){0,2}[\p{L}'’.-]+)\s+(?:saying|claiming|insisting|arguing|suggesting|tweeting)\s+(?:that\s+)?(?=\S)/iu;

/** "the flying frenchman": plain words ending in a compound of "man" or "woman" that is no office ("spokesman"). */
function byCompound(library: Library, described: string): boolean {
  const words = described.toLowerCase().replace(/^the\s+/, '').split(/\s+/);
  const last = words.at(-1)!;
  return /\p{L}{3,}(?:man|woman)$/u.test(last) && !isTitle(last) && words.every((w) => library.writes(w) !== 'capitalised');
}

/** ask(), once the question's words of time (`said`, if any) are the articles' dates. */
function askWithin(library: Library, q: string, filter: ArticleFilter, options: AskOptions, said?: string): Promise<Answer> {
  // "was it warholm or kipchoge who said …": each voice's own words on it (one-of.ts, ask-among.ts).
  // (Each one someone: not "who said the economy, jobs or wages came first".)
  const among = filter.speaker ? undefined : oneOf(q);
  if (among?.voices.every((voice) => isSomeone(library, voice))) return askAmong(library, q, among, (asked) => askWithin(library, asked, { ...filter }, options, said));
  const parsed = asLibraryNames(library, parseQuestion(q));
  // ("how did mcconnell react to trump saying he could declare an emergency": whose words were
  // answered and what they were; "saying" is no word of the story, and any quote's cue holds it.)
  let topic = parsed.topic.replace(SAYING_IN_TOPIC, '$1 ');
  // "What did Choo say about …" asks for one speaker: answer with theirs alone. Someone the
  // library never quotes gets that said plainly, not other people's words.
  let speech = parsed.speech;
  // "sadiq khan": a name alone asks what they said.
  const bare = q.replace(/[?.!]+$/, '');
  if (!speech && !filter.speaker && isPersonName(bare) && library.speakerKeys(bare).length > 0) filter.speaker = bare;
  // "how did maninder thind model …", "did jo anne van tilburg agree with …": a full name the
  // library quotes, in a question of another shape, asks for their words on the rest.
  // "was pelosi worried about …", "pelosi reacts to …": someone the library quotes, in a
  // question whose words ask for theirs though no frame of the parse read them.
  // ("who attacked boris over parliament? quotes": Boris is whom their words were aimed at;
  // "who else besides bolsonaro talked about …", one whose words are not asked for.)
  // (Not where it asks whose a line is, however typed: "de blasio got called a part time
  // mayor, by whom?" is who called him that.)
  const asPlain = inPlainForm(q);
  // ("who did wikinews talk to about …": the press that asked is no voice asked for.)
  const loosely = !filter.speaker && !parsed.speaker && !parsed.group && !parsed.aimedAt && !parsed.except && !LINE_ASKED.test(asPlain) && !/^\s*who\s+was\s+quoted\b/i.test(asPlain) ? namedLoosely(library, q, speech) : undefined;
  if (loosely && 'nobody' in loosely) return Promise.resolve(nobodyQuoted(q, loosely.nobody, false));
  const named = loosely ?? (!speech && !filter.speaker ? fullNameIn(library, bare) : undefined);
  if (named) [filter.speaker, topic] = [named.speaker, named.topic];
  let place = false;
  let orPlainWords = false;
  let about: string | undefined;
  let kind: string | undefined;
  let kin: string[] | undefined;
  let searchedAsWords = false;
  if (parsed.speaker && !filter.speaker) {
    const found = memberOfBody(library, parsed.speaker) ?? whoIsAsked(library, parsed.speaker);
    // ("the coalition" of a story about rockets on an Iraqi base: someone described by its
    // word in another article is not whom it asks for; its words are the story's, whose
    // article holds them too. Common words only: "merkel" is a name, however few articles.)
    const commonWords = parsed.speaker.split(/\s+/).every((w) => /^(?:the|a|an)$/i.test(w) || library.isCommonWord(w));
    const described = !!found.speaker && !found.topicWords && commonWords && library.speakerKeys(parsed.speaker).length === 0;
    // ("the omsk hospital's version of …": a body no name looks up, which the articles quote
    // unnamed, "Hospital officials in Omsk"; its words are searched for as a kind's are, below.)
    const unnamed = !!found.nobody && library.isCommonWord(parsed.speaker.split(/\s+/).at(-1)!) && (library.describesUnnamed(parsed.speaker) || placedKind(library, parsed.speaker));
    const asked = unnamed || (described && topic !== parsed.speaker && describesAnother(library, topic, parsed.speaker, found.speaker!)) ? {} : found;
    place = !!asked.place;
    // "what did the met éireann warning say", "the imus family's statement": a document's words,
    // which articles give as the document's ("read the warning"), not its author's; where the
    // author is no one the library quotes, or the words typed end with the document, the story
    // with the document named is what is asked.
    // (Not where the author, typed before the document, is someone the library quotes by that
    // name: "pelosi's statement" is hers.)
    const document = documentAsked(q, parsed.speaker);
    // (…typed with it, and no one of it: "the lead author of the e coli study" is a person.)
    const typedWithIt = !!document && DOCUMENT.test(parsed.speaker.split(/\s+/).at(-1)!) && !/\s(?:of|for|behind|on)\s/i.test(parsed.speaker);
    const authorTyped = typedWithIt ? parsed.speaker.replace(/(?:['’]s?)?\s+\S+$/u, '') : parsed.speaker;
    const author = typedWithIt && /['’]s?\s+\S+$/u.test(parsed.speaker) ? whoIsAsked(library, authorTyped) : undefined;
    if (author?.speaker && !author.topicWords) filter.speaker = author.speaker;
    else if (document && (typedWithIt || asked.nobody) && documentSpeaks(library, authorTyped, document)) topic = `${parsed.speaker}${typedWithIt ? '' : ` ${document}`} ${topic === parsed.speaker ? '' : topic}`.trim();
    else if (asked.speaker) {
      filter.speaker = asked.speaker;
      if (asked.topicWords) topic = `${asked.topicWords} ${topic}`;
    }
    // "what did the cow urine guy say": someone described in words no article describes
    // anyone by; the words are the story's, for the search to find whom they fit.
    // ("which runner thought …": a word the articles hold in lower case only is what someone
    // is, no name, likewise.)
    // (…and "the flying frenchman": a person by a compound of "man" no article names anyone by.)
    else if (asked.nobody && (SOMEONE.test(parsed.speaker) || byCompound(library, parsed.speaker) || (/^\p{L}+$/u.test(parsed.speaker) && library.mentions(parsed.speaker) && library.writes(parsed.speaker) !== 'capitalised'))) topic = `${parsed.speaker.replace(SOMEONE, '')} ${topic === parsed.speaker ? '' : topic}`.trim();
    // "mitt romney reaction to …": a name of two words or more that no article writes is
    // nobody the library quotes, whichever way the shorthand is read.
    // ("joko widodo's thoughts on …": a name the articles give but never quote, likewise.)
    // (One word no article holds, likewise: "zuckerberg on the facebook leak",
    // "adele's reaction to the hurricane"; "inflation on the rise" is the articles' word.)
    // (One word the articles hold as a name, with words of theirs asked for: "biden's
    // statement on the syria pullout", "biden words about …".)
    else if (parsed.guessed && asked.nobody && (/\s/.test(parsed.speaker.trim()) || theirWords(q, parsed.speaker) ? library.writes(parsed.speaker) !== 'lower' : library.writes(parsed.speaker) === undefined)) {
      const absent = asked.absent ?? parsed.speaker;
      return Promise.resolve(nobodyQuoted(q, absent, library.writes(absent) === 'capitalised', isTrade(library, absent)));
    }
    // "inflation on the rise" looked like "pelosi on the wall": it was plain words ("pelosi
    // vs trump on …" was not: several voices, searched with the topic below). A place or an
    // office ("mexico's response to el paso", "the polish pm on the stabbing") speaks, and
    // its plain words answer only where its voices do not.
    // (Not "the philippine defense secretary's warning about …": an office's words, in so many
    // words, which no plain sentence is.)
    // (Whose office it is names the story too: "hagan's spokeswoman on what killed her".)
    else if (parsed.guessed && (place || roleOf(parsed.speaker))) {
      orPlainWords = place || !OWNED_WORDS.test(q);
      const owner = place ? undefined : /^(.+?)['’]s?\s+\S/u.exec(parsed.speaker)?.[1];
      if (owner) topic = `${owner} ${topic}`;
    }
    // ("tell me obama on the mahan air ban": a surname the articles give after a first name,
    // "Barack Obama", is someone's, and they are never quoted; "dorian" is only ever a hurricane's.)
    else if (parsed.guessed && asked.nobody && library.writes(parsed.speaker) === 'capitalised' && library.isSurname(parsed.speaker)) {
      return Promise.resolve(nobodyQuoted(q, parsed.speaker, true, isTrade(library, parsed.speaker)));
    }
    else if (parsed.guessed && !unnamed && !/\s(?:and|&|vs\.?|versus)\s/i.test(parsed.speaker)) {
      [speech, topic] = [false, q];
      // ("obama on the hurricane in the bahamas": a name the articles write but never quote;
      // its plain words answer only where they name it, as "dorian on abaco" does.)
      if (library.writes(parsed.speaker) === 'capitalised') about = parsed.speaker;
    }
    // Someone the library never quotes: say so, and show nobody else's words instead.
    // (Not a country's body, "the chilean army", which speaks by whichever body of its kind
    // its articles quote, "Chilean Armed Forces": the body's check below says whether one does.)
    else if (asked.nobody && !countryBody(parsed.speaker)) {
      const absent = asked.absent ?? parsed.speaker;
      return Promise.resolve(nobodyQuoted(q, absent, library.mentions(absent), asked.described || isTrade(library, absent)));
    }
    // "what did marathon runners say": a kind of people, in the topic, not a name to look up.
    // An office with a story of its own ("the polish president … the escape room fire")
    // leaves the search to the story, and whom it describes goes first (role, below).
    else if (!(isTitle(parsed.speaker.split(/\s+/).at(-1)!) && topicParts(topic).length === 0 && library.termWeights(topic).length >= 2)) {
      kind = kindAsked(parsed.speaker);
      kin = kinOfDescribed(library, parsed.speaker);
      searchedAsWords = true;
      topic = `${parsed.speaker.replace(/\b(?:pm|fm|cm|ag)$/i, (w) => ROLE_WORDS[w.toLowerCase()]!)} ${topic}`;
    }
  }
  // ("the kid who found a fossil": one told by a deed is of a kind the answer's articles must
  // mention, as one typed by the kind alone is. Not an office, which articles give in too many
  // ways: "the congolese doctor whose institute monitored the trial" is its "Director General".)
  if (!kind && parsed.deed && parsed.group) kind = kindAsked(parsed.group);
  // ("what did trump's doctor say": one person the articles describe as someone's, typed as a
  // kind of people; the one they name, not the story's doctors.)
  if (parsed.group && !parsed.speaker && !filter.speaker && /['’]s?\s+[\p{L}-]+$/u.test(parsed.group)) {
    const theirs = whoIsAsked(library, parsed.group).speaker;
    if (theirs) filter.speaker = theirs;
  }
  // "did ardern say 'they are us'", "what did ardern mean by 'they are us'": a line in
  // quotation marks, asked of someone, is theirs only where one of their quotes holds it; its
  // words are no topic (these are all words any quote has).
  // (Not a headline in quotation marks: "\"hurricane dorian leaves trail of destruction\" - what
  // did minnis say" asks for his words in that story.)
  const lineOf = filter.speaker ? /^\s*["“'‘]([^"“”]*?[\p{L}\p{N}][^"“”]*?)["”'’]\s*$/u.exec(parsed.topic)?.[1] : undefined;
  const headline = lineOf !== undefined && library.listArticles().some((a) => a.title.toLowerCase().includes(lineOf.toLowerCase()));
  if (lineOf && !headline && !saidLine(library, filter.speaker!, lineOf)) return Promise.resolve({ question: q, text: `Nothing in this library has ${shownName(library, filter.speaker!) ?? filter.speaker} saying "${lineOf}".`, citations: [], mode: 'extractive' });
  // "what did father casicas ask people to do", "how did stamenkovic react to the result": no
  // word of a topic, or only words any story has; whatever they said.
  // ("what did harry dunn's mum say": no topic but whom it asks for.)
  // (Searched for by the name the articles give: "the bjp spokesperson" is "Damodar Naik".)
  // ("why does rossello think he can't stay on": only verbs any story's sentence may use.)
  if (filter.speaker && (topic === parsed.speaker || library.termWeights(topic).every(([term]) => VAGUE.test(term) || ANY_STORY_VERB.test(term)))) topic = shownName(library, filter.speaker) ?? filter.speaker;
  // ("who was quoted in <link>": no word of a topic but the article's; its title, then.)
  // ("what do people think about <link>", "where do people stand on <link>": the ask's own words.)
  if (filter.articleId && library.termWeights(topic).every(([term]) => VAGUE.test(term) || SPEECH_WORD.test(term) || (parsed.speech && !parsed.speaker && ASKED_OF_ANYONE.test(term)))) [topic, speech] = [library.getArticle(filter.articleId).title, true];
  speech ||= !!filter.speaker;
  // "what did trump say in december 2019": someone quoted, but in no article of that time.
  // (Not an office, which someone else may hold then.)
  if (said && filter.speaker && !(parsed.speaker && roleOf(parsed.speaker)) && library.filterArticles(filter)?.length === 0) {
    const theirs = library.speakers({ speaker: filter.speaker }).sort((a, b) => b.quotes - a.quotes);
    const span = publishedSpan(theirs.flatMap((s) => s.articles).map((id) => library.getArticle(id)));
    if (span) return Promise.resolve({ question: q, text: `Nothing from ${theirs[0]!.name} in this library from ${said}: the articles quoting them are from ${span}.`, citations: [], mode: 'extractive' });
  }
  // "the polish president": whoever the articles describe so goes first.
  // "what did police say": those the articles call police first.
  // (Its words only: a role is matched as a pattern, and "(?government" is no group.)
  const typedRole = (parsed.speaker ?? parsed.group)?.replace(/[()[\]{}*+?|\\^$]+/g, ' ').trim() || undefined;
  // "the cuban police", "the tongan government": a country's body, whose words only a body of
  // its kind quoted in an article naming the country gives (country-body.ts).
  const body = typedRole && !place ? countryBody(typedRole) : undefined;
  // (A place by its people's name too: "what did iran say" puts "Iranian officials" first.)
  // (A country's body by its kind's word, as an office is: "the Samoan government" first.)
  const role = typedRole && !filter.speaker ? (place ? `(?:${peopleNames(typedRole).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})` : (roleOf(typedRole) ?? PARTY_ROLE[typedRole] ?? (body ? typedRole.split(/\s+/).at(-1) : undefined))) : undefined;
  // "the taliban spokesman": of those called spokesman, the Taliban's first.
  const whose = role && !place ? qualifierOf(typedRole!, role) : undefined;
  // "how did the press cover …": the news media, whose voices are outlets (who-said.ts).
  const media = !filter.speaker && !parsed.speaker && /(?:^|\s)media$/.test(parsed.group ?? '');
  // "the hungarian defence official … the army": whose people they are is searched for too.
  const searchedFor = parsed.group && whose ? whose : '';
  // "francis dsouza": the words as the articles write them ("D'Souza").
  const query = library.asWritten(speech ? `${searchedFor} ${topic}`.trim() : q);
  // "the delhi home minister": one holder of an office asked for, whom the answer must hold
  // (by the office's head: "commissioner responsible for defence" holds "defence commissioner").
  const head = role?.split(/\s+/).at(-1);
  // (Not where a word before it makes another office: a prime minister is more than any
  // minister, as Tunisia's former human rights minister is not its "pm".)
  const office = head && parsed.speaker && !place && isTitle(head) ? (/^(?:prime|vice|deputy)\s/.test(role!) ? role : head) : undefined;
  // …and its portfolio, the words of whose office it is that are no names ("tourism" of "the
  // bahamas tourism minister", whom the prime minister is not).
  // (Not the work an author or a researcher is of: "the lead author of the e coli study" holds
  // no office of "coli"; the topic's search finds the study.)
  const work = new Set(office && typedRole ? (WORK_OF.exec(typedRole)?.[1]?.toLowerCase().split(/\s+/) ?? []) : []);
  // (…and the office's own words before its head: "the uk health secretary" is no transport secretary.)
  const ownWords = office && office !== role ? role!.split(/\s+/).slice(0, -1) : [];
  const portfolio = office ? [...(whose?.split(/\s+/) ?? []), ...ownWords].filter((w) => !OFFICE_MODIFIERS.test(w) && !isCountry(w) && library.isCommonWord(w) && !work.has(w.toLowerCase())) : [];
  // …and the place it is of, which its holder's article names ("gdansk" of "the mayor of
  // gdansk", whom the mayor of Paris is not). (A country is told by how the holder is
  // described: ofAnotherCountry.)
  const placeOf = office && whose ? whose.split(/\s+/).filter((w) => !OFFICE_MODIFIERS.test(w) && countryNames(w).length === 0 && !isCountry(w) && !COUNTRY_WORDS.has(w) && library.writes(w) === 'capitalised') : [];
  // "who said toilet paper is a bulky item": whose words those are, word for word.
  // ("hey bot who said 'bishops reporting to themselves'": after how the question opens.)
  const asksWho = speech && !filter.speaker ? asPlain : '';
  const line = LINE_ASKED.test(asksWho);
  const saying = /^\s*who\s+(?:said|says|wrote|tweeted)\b/i.test(asksWho) ? library.quotesSaying(library.asWritten(topic)) : [];
  // "the guy who …", "the judge who …" ask for one person; "the men who …", "the residents
  // who …" for several, who may speak as a group.
  const onePerson = !parsed.group || !/(?:[^s]s|men|people|police|staff|crew|folk)$/i.test(parsed.group);
  // ("a guy fought off the london bridge attacker. what did the tour manager who helped say":
  // one speaker described so is whom it asks for, whatever words the article tells it in.)
  const describedSo = parsed.deed && parsed.group ? library.speakersDescribedAs(parsed.group) : [];
  const doer = describedSo.length === 1 ? describedSo[0] : undefined;
  // ("the woman who runs the learning together event": the one speaker the articles describe by
  // what they run, "director of the Learning Together event", whatever their words were about.)
  const runs = !filter.speaker && !doer ? RUNS.exec(parsed.deed ?? '') : null;
  const runners = runs ? [...new Set(library.speakersDescribedAs(runs[1]!).flatMap((key) => library.people().nameOf.get(key) ?? []))] : [];
  if (runners.length === 1) filter.speaker = runners[0];
  // "who criticized trump for …": others' words on him, none of his own.
  // ("other than the pope, who commented …": likewise, every voice but his.)
  const notBy = parsed.aimedAt ?? parsed.except;
  // ("who criticized pelosi's impeachment inquiry": hers is what they criticized.)
  const possessor = notBy ? /^(.+?)['’]s?\s+\S/.exec(notBy)?.[1] : undefined;
  const aimedAt = notBy ? (whoIsAsked(library, notBy).speaker ?? (possessor ? whoIsAsked(library, possessor).speaker : undefined)) : undefined;
  // ("besides the police, who …": whoever the articles describe as of the police too.)
  const notOf = parsed.except && !isPersonName(parsed.except) ? roleOf(parsed.except) : undefined;
  // "what's the latest from pelosi on impeachment", "what did trump first say about the coronavirus".
  // ("who gets the last word in …", "the opening quote of …": by place in the article, not by date.)
  const standing = speech ? standingAsked(q) : undefined;
  const order = speech && !standing ? orderAsked(q) : undefined;
  // "what did minnis urge …", "who warned …": the act of speech asked about, by its verb.
  const act = speech ? actAsked(q) : undefined;
  const asked = answer(library, q, { speech, query, k: options.sentences ?? (speech ? 16 : 3), filter, saying, line, ...(body ? { body } : {}), ...(role ? { role } : {}), ...(place && role ? { place } : {}), ...(whose ? { whose } : {}), ...(searchedFor ? { searchedFor } : {}), ...(office ? { office, portfolio, placeOf, countries: countriesIn(typedRole!) } : {}), ...(parsed.deed ? { deed: parsed.deed, onePerson, ...(doer ? { doer } : {}) } : {}), ...(aimedAt ? { notBy: aimedAt } : {}), ...(notOf ? { notOf } : {}), ...(order ? { order } : {}), ...(standing ? { standing } : {}), ...(parsed.had ? { had: parsed.had } : {}), ...(media ? { media } : {}), ...(act ? { act } : {}) }, options);
  // "why did bolton leave" names someone quoted but asks for no one's words: where theirs do
  // not answer it ("I offered to resign"), the articles' own sentences still may.
  if (about) return asked.then((found) => naming(found, [about]));
  // "what did the principal say about the escape room fire": a kind of speaker that no article
  // of the answer mentions is nobody it quotes, however near the story's other voices come.
  if (kind) return asked.then((found) => (found.citations.length === 0 || mentionsKind(library, kind, [...new Set(found.citations.map((c) => c.articleId))]) ? found : noneOfKind(found.question, (parsed.speaker ?? parsed.group)!)));
  // ("what did zamperoni's friend say …": someone's, by a name the articles write, searched
  // for by words, is in an article that names them; friends in another story are not theirs.)
  // (…and one of a kind, "kokesh's running mate", of a kind that article mentions: not
  // Sharpe, another candidate in Kokesh's interview.)
  const ownerOf = searchedAsWords ? /^(.+?)['’]s?\s+(\S.*)$/u.exec(parsed.speaker!) : undefined;
  const owner = ownerOf?.[1];
  if (owner && library.writes(owner) === 'capitalised') {
    const theirKind = kindAsked(ownerOf![2]!);
    return asked.then((found) => {
      const first = found.citations[0]?.articleId;
      if (!first) return found;
      if (library.wordsMissingFrom(owner, [first]).length > 0) return noneOfTheirs(found.question, parsed.speaker!, owner);
      return !theirKind || mentionsKind(library, theirKind, [first]) ? found : noneOfKind(found.question, parsed.speaker!);
    });
  }
  // ("spokesperson for the coalition on the christchurch shooting": one who speaks for a body,
  // searched for by words, is in an article that names the body, by one of its words at
  // least: "the lead author of the e coli study" is of "research" on E. coli.)
  const bodyOf = searchedAsWords ? /^(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:for|of|from|at|with)\s+(?:the\s+)?(\S.*)$/iu.exec(parsed.speaker!)?.[1] : undefined;
  const namesBody = (articleId: string) => library.wordsMissingFrom(bodyOf!, [articleId]).length < library.termWeights(bodyOf!).length;
  if (bodyOf) return asked.then((found) => (found.citations.length === 0 || namesBody(found.citations[0]!.articleId) ? found : noneOfTheirs(found.question, `the ${parsed.speaker!}`, library.writes(bodyOf) === 'capitalised' ? bodyOf : `the ${bodyOf}`)));
  // "what did the anonymous truck driver's family say after …": kin, typed by description,
  // speak only as someone named or described as kin ("The family", "his wife"), never as the
  // story's other voices.
  if (kin) return asked.then((found) => (found.citations.length === 0 || found.citations.some((c) => spokenByKin(library, c, kin)) ? found : noneOfKin(found.question, parsed.speaker!)));
  // An office with a portfolio no article names falls back on no sentences either: "the
  // bahamas tourism minister on dorian" is not answered by one on its prime minister.
  const noSuchOffice = office !== undefined && portfolio.length > 0 && [`${portfolio.join(' ')} ${office}`, `${office} of ${portfolio.join(' ')}`].every((phrase) => library.writes(phrase) === undefined);
  if ((!orPlainWords || noSuchOffice) && (!named || parsed.speech)) return asked;
  const plain = { speech: false, query: library.asWritten(q), k: options.sentences ?? 3, filter: { ...options.filter } };
  // An office's plain words are sentences that name the office, by its word's stem
  // ("criminology professor" for "the criminologist"): "the smolensk governor on the bus
  // crash" is not answered by the crash's own sentences.
  const officeWord = !place && parsed.speaker ? roleOf(parsed.speaker)?.split(/\s+/).at(-1) : undefined;
  // (…and a place's, sentences that name it or its people: "the vatican on the nsw abortion
  // law" is not answered by the law's own sentences.)
  const placeNames = place && typedRole ? peopleNames(typedRole) : undefined;
  return asked.then(async (found) => {
    if (found.citations.length > 0) return found;
    // ("greta thunberg brexit": someone quoted, typed with a story's names that no article
    // quoting them holds; sentences about them on other things answer nothing.)
    if (named && !parsed.speech && !heldWith(library, named)) return found;
    const sentences = await answer(library, q, plain, options);
    // (…in an article that holds the story's names: "the vatican's foreign minister on notre
    // dame burning" is not answered by the Vatican's line on reporting abuse, nor by Greece's
    // foreign minister on Hagia Sophia, beside the fire's own sentences.)
    const storyNames = topicNames(library, topic);
    const told = (c: Citation) => holdsEveryName(library, storyNames, [c.articleId], topic);
    return officeWord ? naming(sentences, [officeWord.slice(0, OFFICE_STEM)], told) : placeNames ? naming(sentences, placeNames, told) : sentences;
  });
}

/**
 * The one speaker a body no quote names speaks through: "did anyone from the hajo assembly
 * claim …" asks for "Suman Haripriya of the Hajo assembly". Only a body the articles write as
 * a name, and only where the library quotes nobody by that name.
 */
function memberOfBody(library: Library, typed: string): ReturnType<typeof whoIsAsked> | undefined {
  const body = typed.replace(/^the\s+/i, '');
  if (!/\s/.test(body) || library.writes(body) !== 'capitalised' || library.speakerKeys(body).length > 0) return undefined;
  const members = [...new Set(library.speakersDescribedAs(body).flatMap((key) => library.people().nameOf.get(key) ?? []))];
  return members.length === 1 ? { speaker: members[0]! } : undefined;
}

/**
 * Whether some article quoting `named.speaker` holds a name of `named.topic`'s, and one of its
 * words where one is rare; or the topic names another voice ("joshua wong in september, then
 * kitty mak"), whose words are asked for too.
 */
function heldWith(library: Library, named: { speaker: string; topic: string }): boolean {
  const theirs = library.filterArticles({ speaker: named.speaker }) ?? [];
  const names = topicNames(library, named.topic);
  if (theirs.length === 0 || names.some((name) => library.isNameWord(name))) return true;
  const held = namesHeld(library, names, { topic: named.topic });
  const terms = library.termWeights(named.topic);
  const wordsHeld = !terms.some(([, idf]) => idf >= RARE_WORD) || library.wordsMissingFrom(named.topic, theirs).length < terms.length;
  return wordsHeld && (names.length === 0 || theirs.some((id) => held(id) > 0));
}

// A word fewer than one passage in fifty holds (BM25's idf), which a story is told by.
const RARE_WORD = 4;

// A party's members as the articles describe them ("Conservative MP Philip Hammond"):
// "what did the tories say" puts them first.
const PARTY_ROLE: Record<string, string> = lookupTable({
  democrats: 'democrat(?:ic)?',
  republicans: 'republican',
  tories: '(?:conservative|tory)',
  conservatives: '(?:conservative|tory)',
  liberals: 'liberal',
  socialists: 'socialist',
  greens: 'green',
});

// How much of an office's word its other forms share: "crimin" of "criminologist" and "criminology".
const OFFICE_STEM = 6;

/**
 * The answer where one of its sentences names one of `what` (a word or its start), in an
 * article `told` keeps, else none: plain words on a story are no answer about someone or
 * some office they never name.
 */
function naming(found: Answer, what: readonly string[], told: (c: Citation) => boolean = () => true): Answer {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${what.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'iu');
  return found.citations.some((c) => told(c) && pattern.test(c.quote)) ? found : noAnswer(found.question);
}

/** Whether a quote of `speaker`'s holds `line`, word for word or in other words (holdsLine). */
function saidLine(library: Library, speaker: string, line: string): boolean {
  const keys = new Set(library.speakerKeys(speaker));
  const theirs = library.quotesOf([...new Set(library.speakers({ speaker }).flatMap((s) => s.articles))]).filter((quote) => !!quote.speakerKey && keys.has(quote.speakerKey));
  const verbatim = library.quotesSaying(line).filter((quote) => theirs.some((their) => their.id === quote.id));
  return holdsLine(library, verbatim.length > 0 ? verbatim : theirs, line, verbatim.length > 0);
}

/** The one name the articles give whoever `speaker` names, if it names one person. */
function shownName(library: Library, speaker: string): string | undefined {
  const { nameOf } = library.people();
  const names = [...new Set(library.speakerKeys(speaker).map((key) => nameOf.get(key)))];
  return names.length === 1 ? names[0] : undefined;
}

// Words before an office that say which holder, not which office: "the former president",
// "her old spokeswoman".
// ("spanton's other lawyer", "the two puerto rico governors": nor do these.)
const OFFICE_MODIFIERS = /^(?:former|old|ex|erstwhile|onetime|one-time|previous|past|outgoing|incoming|longtime|retired|sitting|new|acting|deputy|senior|lead|top|current|then|interim|vice|local|state|federal|national|regional|county|city|general|assistant|associate|other|another|both|all|each|one|two|three|four|five|\d+|.*['’]s?)$/i;

// Words for a document that speaks in the articles ("read the warning", "the report says").
const DOCUMENT = /^(?:warnings?|reports?|study|statements?|advisory|proclamation|ruling|judg(?:e)?ment|verdict|memo|letter|announcement|bulletin|alert|decree|filing|communiqu[eé]|notice)$/i;

/**
 * True when some article holding every word of `author` quotes a document of that kind as a
 * speaker ("the warning" where Met Éireann is named): a document the library holds, not one
 * it lacks ("the un report on the amazon fires").
 */
function documentSpeaks(library: Library, author: string, document: string): boolean {
  const ids = library.listArticles().map(({ id }) => id).filter((id) => library.wordsMissingFrom(author, [id]).length === 0);
  const kind = new RegExp(`^(?:the\\s+|a\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}${document.replace(/s$/i, '')}s?\\b`, 'iu');
  return ids.length > 0 && library.quotesOf(ids).some((quote) => !quote.speakerKey && kind.test(quote.speaker?.name ?? ''));
}

/** The document word typed after whoever is asked for ("warning" of "the met éireann warning say"), if any. */
function documentAsked(q: string, speaker: string): string | undefined {
  const last = speaker.split(/\s+/).at(-1)!;
  if (DOCUMENT.test(last)) return last;
  const escaped = speaker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${escaped}(?:['’]s?)?\\s+(\\p{L}+)\\s+(?:say|said|says|read|reads|warn|warned|warns|state|stated|states|find|found|conclude|concluded)\\b`, 'iu').exec(q)?.[1]?.match(DOCUMENT)?.[0];
}

// Someone's words asked for as theirs: "…'s warning about", "…'s exact words on".
// (…or before it: "the exact wording of samoa's health minister on …".)
const OWNED_WORDS = new RegExp(`['’]s\\s+${OWN_ADJECTIVES}(?:${VIEW}|${OWN_WORDS}|quotes?)\\b|\\b(?:wording|words|quotes?|statements?|remarks|comments?)\\s+(?:of|from|by)\\s`, 'i');

/** Whether the question asks for words of `speaker`'s, by a word for them after the name: "biden's statement", "biden words". */
function theirWords(q: string, speaker: string): boolean {
  return new RegExp(`(?:^|\\s)${speaker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:['’]s?)?\\s+${OWN_ADJECTIVES}(?:${VIEW}|${OWN_WORDS}|quotes?)\\b`, 'i').test(q);
}

// Words of a question that asks for anyone's words, whatever its story: "what do people think".
const ASKED_OF_ANYONE = /^(?:people|every(?:one|body)|any(?:one|body)|folks|stand|against|comment(?:ed|s)?)$/;

// What someone is of where it is a piece of work, not a portfolio: "of the e coli study".
const WORK_OF = /\bof\s+(?:the|a|an|this|that|their|his|her)\s+((?:[\p{L}\d'’-]+\s+){0,4}(?:study|studies|report|paper|research|survey|analysis|book|film|review|experiment|project))\b/iu;

function nobodyQuoted(question: string, speaker: string, mentioned: boolean, role = false): Answer {
  // ("the turpin prosecutor" is no name for an article to give: a trade, described or not.)
  const why = role ? 'no article quotes anyone it describes so.' : mentioned ? 'articles mention them, but none quotes them.' : 'no article in it names them.';
  // ("navalny's wife": whose she is says which.)
  const the = role && !/['’]s?\s/.test(speaker) ? 'the ' : '';
  return { question, text: `Nothing from ${the}${speaker} in this library: ${why}`, citations: [], mode: 'extractive' };
}

/** The attributed quotes (or, failing those, the speech sentences) that bear on a topic, each cited. */
export function cite(library: Library, topic: string, options: AskOptions = {}): Promise<Answer> {
  const typed = topic.trim();
  if (!/[\p{L}\p{N}]/u.test(typed)) throw new CitewireError('EMPTY_QUESTION');
  const asked = scoped(library, typed, options.filter);
  if ('nothing' in asked) return Promise.resolve(asked.nothing);
  return answer(library, asked.q, { speech: true, query: asked.q, k: options.sentences ?? 8, filter: asked.filter }, options).then((found) => ({ ...found, question: typed }));
}

interface Plan {
  speech: boolean;
  /** What to search for: the topic of a who-said-what question, else the question. */
  query: string;
  k: number;
  filter: ArticleFilter;
  /** An office asked for instead of a name ("president"): speakers it describes come first. */
  role?: string;
  /** Whose office it is ("taliban"): of those, the speakers it also describes come first. */
  whose?: string;
  /** Words of the query that say whose people a group is ("polish" leaders), not the story's names. */
  searchedFor?: string;
  /** The head of an office asked for as one person ("minister" of "the delhi home minister"), not a group: the answer must hold its holder. */
  office?: string;
  /** The office's portfolio ("home"), which its holder's office must name too. */
  portfolio?: readonly string[];
  /** The place the office is of ("gdansk"), which the holder's article must name. */
  placeOf?: readonly string[];
  /** The countries the office is typed with ("japanese"): a holder the articles call another country's is not theirs. */
  countries?: ReadonlySet<string>;
  /** A country's body asked for ("the cuban police"): one of its kind in an article naming the country must speak. */
  body?: CountryBody;
  /** The role is a place's people ("what did the vatican say"): one of them must speak, not others on the story. */
  place?: boolean;
  /** The quotes that say the words a "who said …" question asks about, word for word. */
  saying?: readonly StoredQuote[];
  /** The question asks whose a line is ("who said nothing sticks to the toilet"), not a story's voices. */
  line?: boolean;
  /** What the one asked for did ("found a dinosaur fossil"), where they are told by it: the answer's article must tell it. */
  deed?: string;
  /** …and they are one person ("the guy who …"), not a body or a crowd ("the men who …"). */
  onePerson?: boolean;
  /** …or the one speaker the articles describe as they were typed ("the tour manager who helped"), who tells it in their own words. */
  doer?: string;
  /** Someone whose words are not asked for: whom the voices were aimed at ("trump" of "who criticized trump"). */
  notBy?: string;
  /** …and an office or body whose people's words are not asked for ("police" of "besides the police, who …"). */
  notOf?: string;
  /** Words asked for by when, not by date ("the latest from pelosi"): those of the newest (or first) articles lead. */
  order?: 'latest' | 'earliest';
  /** Words asked for by where they stand in their article ("who gets the last word in …"): the best article's last (or first) lead. */
  standing?: Standing;
  /** Words the asker already has ("apart from X, what else did Y say"): the quotes holding them go last. */
  had?: string;
  /** The news media are the voices asked for ("how did the press cover …"): an outlet must speak, and outlets lead. */
  media?: boolean;
  /** The act of speech the question's verb asks about ("urge" of "what did minnis urge …"; act-asked.ts). */
  act?: string;
}

// How much of the story an article a country's body speaks in must tell, against the quoted
// article that tells most of it.
const BODY_COVERAGE = 0.75;

// A deed of running something, whose doer the articles describe by it.
const RUNS = /^(?:runs|ran|run|running|organi[sz]ed|organi[sz]es|organi[sz]ing|leads|led|leading|heads|headed|heading|founded|owns|owned|manages|managed|chairs|chaired|directs|directed)\s+(?:the\s+)?(.+)$/i;

/**
 * The extractive answer, or with a writer the model's answer from the same evidence: the
 * quotes of a who-said-what answer, else the passages found. An abstention stays one:
 * the model is not asked what the library cannot answer.
 */
async function answer(library: Library, question: string, plan: Plan, model: ModelOptions): Promise<Answer> {
  const { answer: extractive, hits, whoSaid } = await answerExtractively(library, question, plan);
  if (!model.writer || extractive.citations.length === 0) return extractive;
  const evidence = whoSaid ? evidenceFromCitations(extractive.citations) : evidenceFromPassages(hits);
  return writeWithModel(library, { question, evidence, fallback: extractive, whoSaid }, model.writer, model);
}

async function answerExtractively(library: Library, question: string, { speech, query, k, filter, role, whose, searchedFor = '', office, portfolio = [], placeOf = [], countries = new Set(), body, place = false, saying = [], line = false, deed, onePerson, doer, notBy, notOf, order, standing, had, media = false, act }: Plan): Promise<{ answer: Answer; hits: SearchHit[]; whoSaid: boolean }> {
  const articleIds = library.filterArticles(filter);
  if (articleIds?.length === 0) return { answer: noAnswer(question), hits: [], whoSaid: false };
  // "slug glue and the self-cleaning toilet coating": each story is searched on its own too.
  // (Not a line someone said: "stay home, save lives" is one thing said.)
  const parts = speech && !line ? sameStoryLater(library, query, topicParts(query)) : [];
  if (parts.length > 0) await library.embedQueries([query, ...parts]);
  const hits = await library.search(query, { k: PASSAGES, ...(articleIds ? { articleIds } : {}) });
  const coverage = Math.max(0, ...hits.map((h) => h.coverage), speech ? library.coverage(query, articleIds ? { articleIds } : {}) : 0);

  if (speech) {
    const options = { filter, ...(articleIds ? { articleIds } : {}), ...(role ? { role } : {}), ...(whose ? { whose } : {}) };
    // (Not a name the story's articles must hold: "polish" leaders speak of Poland.)
    const names = topicNames(library, query).filter((name) => !searchedFor.split(/\s+/).includes(name));
    const notTheirs = new Set(notBy ? library.speakerKeys(notBy) : []);
    const ofThem = notOf ? new RegExp(`(?<![\\p{L}])${notOf.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu') : undefined;
    const theirs = (found: readonly QuoteCandidate[]) => found.filter((c) => !notTheirs.has(c.quote.speakerKey ?? '') && !ofThem?.test(`${c.quote.speaker?.name ?? ''} ${c.quote.speaker?.description ?? ''}`));
    let quotes = theirs(await findQuotes(library, query, hits, { ...options, names, saying, line }));
    // Whose a line is: the quotes that hold most of it first, before the story's other voices.
    // (…and of one speaker's many quotes, those holding more of the topic's telling words:
    // "gownaris on the biggest threats to the penguins' food".)
    if (line || filter.speaker) {
      const shares = lineShares(library, quotes.map((c) => c.quote), query);
      const told = line ? new Map<number, number>() : toldShares(library, quotes.map((c) => c.quote), query);
      // (In place: a candidate reads its article's passages only when cited.)
      for (const c of quotes) c.score += (line ? LINE_WEIGHT : TOPIC_WORDS_WEIGHT) * Math.max(shares.get(c.quote.id) ?? 0, told.get(c.quote.id) ?? 0);
    }
    // "what did greta promise …": of someone asked for, words whose cue is the act asked
    // about come first, and say as much as the topic's words would that they are the ones
    // asked for (act-asked.ts). (Not of anyone: "what were experts warning about …" is not
    // answered by whoever warned of something else.)
    const actTold = (c: QuoteCandidate) => (filter.speaker && act && cueIsAct(c.quote.cue?.text, act) ? ACT_WEIGHT : 0);
    for (const c of quotes) c.score += actTold(c);
    // A line someone said is answered by the quote that says it word for word, whatever the
    // bar; else only where the quotes found hold some of its words (remembered-line.ts).
    const verbatim = line && saying.length > 0 && holdsLine(library, saying, query, true);
    const answers = (found: readonly QuoteCandidate[], topic: string, topicCoverage: number) =>
      found.length > 0 &&
      (verbatim ||
        (Math.max(...found.map((c) => c.similarity + actTold(c))) + topicCoverage >= thresholdFor(library, topic, filter) && (!line || holdsLine(library, found.map((c) => c.quote), topic, false))));
    let answered = answers(quotes, query, coverage);
    // Each story's best quote is kept, whatever the others score.
    const leads: QuoteCandidate[] = [];
    for (const part of parts) {
      const partHits = await library.search(part, { k: PART_PASSAGES, ...(articleIds ? { articleIds } : {}) });
      const partQuotes = theirs(await findQuotes(library, part, partHits, options));
      if (!answers(partQuotes, part, Math.max(0, ...partHits.map((h) => h.coverage)))) continue;
      answered = true;
      quotes = mergeQuotes(quotes, partQuotes);
      leads.push(partQuotes.reduce((a, b) => (b.score > a.score ? b : a)));
    }
    if (quotes.length > 0) {
      if (!answered) return { answer: noAnswer(question), hits, whoSaid: false };
      // One story asked for by its names ("the notre dame fire", "the queen elizabeth
      // funeral"): its voices are those of articles that hold them (topic-names.ts).
      const oneStory = !filter.speaker && parts.length === 0;
      // They must answer on their own: "the train crash in india" is no story of the
      // article on India's virus remedies that holds its one name.
      if (oneStory && names.length > 0) {
        const named = ofNamedStory(library, query, names, quotes);
        const articles = [...new Set(named.map((c) => c.quote.articleId))];
        // (Their passages' coverage, or their titles' as the hits count it: "the florida
        // pileup" is the title's word only, the article's text says "crash".)
        const namedCoverage = Math.max(library.coverage(query, { articleIds: articles }), ...hits.filter((h) => articles.includes(h.article.id)).map((h) => h.coverage));
        if (named.length < quotes.length && !answers(named, query, namedCoverage)) return { answer: noAnswer(question), hits, whoSaid: false };
        quotes = named;
        if (tellsAnotherStory(library, query, names, articles) || happensNext(library, query, names, articles)) return { answer: noAnswer(question), hits, whoSaid: false };
        // …nor where every article holding its names names it only in passing ("the police on
        // the gilroy shooting", answered by the El Paso article's police, which names Gilroy
        // once). (Any one of its names, but for those that say whose words: "the royal
        // veterinary college scientist who doubted …".)
        const voices = new Set(named.flatMap((c) => `${c.quote.speaker?.name ?? ''} ${c.quote.speaker?.description ?? ''}`.toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => w.replace(/s$/, '')));
        const storyOwn = names.filter((name) => !voices.has(name.replace(/s$/, '')));
        // (Not a line someone said, which tells its story in its own words: "who said they went
        // to the moon and came back".)
        if (!line && storyOwn.length > 0 && !articles.some((id) => storyOwn.some((name) => toldInEarnest(library, [name], query, id)))) return { answer: noAnswer(question), hits, whoSaid: false };
      }
      // ("pelosi and schumer": several asked for together, each with a share; on several
      // stories, each story's best leads instead, as for one speaker.)
      const several = !!filter.speaker && parts.length === 0 && filter.speaker.split(/\s*(?:,|\band\b|&)\s*/i).filter((one) => one && library.speakerKeys(one).length > 0).length > 1;
      const picked = pickQuotes(quotes, k, { oneSpeaker: !!filter.speaker && !several, several, leads });
      // A speaker asked about a story their quoting articles never name ("pompeo on north
      // korean missile tests", answered with his words on Iran's missile) is not answered either.
      const ownName = new Set(`${filter.speaker ?? ''} ${picked[0]?.quote.speaker?.name ?? ''}`.toLowerCase().split(/\s+/));
      const storyNames = filter.speaker ? names.filter((n) => !ownName.has(n)) : names;
      if (parts.length === 0 && !holdsEveryName(library, storyNames, picked.slice(0, NAMES_ARTICLES).map((c) => c.quote.articleId), query)) return { answer: noAnswer(question), hits, whoSaid: false };
      // …nor one about what came of a story that their articles never tell ("boris johnson on
      // the queen's funeral", answered with his words on the Queen proroguing parliament).
      // (Of their articles, those that hold the story's names: "boris johnson on the death of
      // queen elizabeth" is not told by his words on Harry Dunn's death.)
      const theirArticles = filter.speaker ? (library.filterArticles({ speaker: filter.speaker }) ?? []) : [];
      if (filter.speaker && parts.length === 0 && (untoldEvent(library, query, theirArticles) || happensNext(library, query, storyNames, theirArticles))) return { answer: noAnswer(question), hits, whoSaid: false };
      // …nor one about a story their articles name only in passing ("greg allen on the dayton
      // shooting", answered with his words in the El Paso article's one line on Dayton).
      if (filter.speaker && parts.length === 0 && !picked.slice(0, NAMES_ARTICLES).some((c) => namedInEarnest(library, storyNames, query, c.quote))) return { answer: noAnswer(question), hits, whoSaid: false };
      // "the delhi home minister on the air pollution crisis": an office none of whose
      // holders speaks on the story is not answered with other people's words.
      // ("the japanese prime minister on the amazon fires": the British one is no holder.)
      // (…nor the Bahamas' prime minister, described only as "Prime Minister", Lebanon's: the
      // holder's article names the country, by its name or its people's.)
      const ofPlace = namesHeld(library, placeOf);
      const ofCountry = [...countries].map((country) => namesHeld(library, [country, ...peopleNames(country)]));
      // (Its title counts: "Wikinews interviews biologist Natasha Gownaris" says what she is,
      // which her article's text never does.)
      const told = (id: string) => `${library.getArticle(id).title}\n${library.findArticleText(id) ?? ''}`;
      if (office && !picked.some((c) => holdsOffice(c.quote, office, told(c.quote.articleId), portfolio) && !ofAnotherCountry(c.quote, countries) && ofPlace(c.quote.articleId) === 1 && ofCountry.every((held) => held(c.quote.articleId) > 0))) return { answer: noAnswer(question), hits, whoSaid: false };
      // (…in an article that tells the story nearly as fully as the best of those quoted: "the
      // cuban government on the havana bus crash" is not answered by the bus driver beside a
      // Cuban minister's words on flight bans, an article holding "Havana" but no crash.)
      // (Read only for a body: a coverage for each article costs a search's worth of time.)
      const toldBy = body || (place && role) ? new Map([...new Set(picked.map((c) => c.quote.articleId))].map((id) => [id, library.coverage(query, { articleIds: [id] })])) : new Map<string, number>();
      const tellsStory = (id: string) => toldBy.get(id)! >= BODY_COVERAGE * Math.max(...toldBy.values());
      if (body && !picked.some((c) => speaksForBody(c.quote, body, told(c.quote.articleId)) && tellsStory(c.quote.articleId))) return { answer: noAnswer(question), hits, whoSaid: false };
      // "the vatican's stance on nsw decriminalising abortion": a place none of whose people
      // speaks on the story (in an article holding its names) is not answered with the
      // story's other voices, nor with its people's words on another story.
      // (…nor with its people's words in an article that tells the story less fully than the
      // best quoted one does: a Cuban minister on flight bans is not Havana on a bus crash.)
      // (…nor with a scholar's, of a university its people's word names: "Chinese University
      // political scientist" is no voice of China's.)
      const scholar = place && role ? new RegExp(`(?<!\\p{L})${role}\\s+(?:university|college|institute|school|academy)\\b`, 'iu') : undefined;
      const ownVoice = (c: QuoteCandidate) => (holdsOffice(c.quote, role!, told(c.quote.articleId)) && !scholar!.test(c.quote.speaker?.description ?? '')) || officialOfPlace(c.quote, role!, library.getArticle(c.quote.articleId).title);
      const placeArticles = place && role ? picked.filter((c) => ownVoice(c) && tellsStory(c.quote.articleId)).map((c) => c.quote.articleId) : [];
      if (place && role && (placeArticles.length === 0 || !holdsEveryName(library, names, placeArticles, query))) return { answer: noAnswer(question), hits, whoSaid: false };
      // "what did the media report about …": no outlet among the voices is no answer.
      if (media && !picked.some((c) => byOutlet(c.quote))) return { answer: noAnswer(question), hits, whoSaid: false };
      // "the kid who found a dinosaur fossil in his backyard": someone told by what they did is
      // quoted in an article that tells most of it, and is a person where one is asked for (not
      // a magazine or a museum).
      if (deed && !picked.some((c) => (!onePerson || c.quote.speaker?.kind === 'person') && (tellsDeed(library, deed, c.quote.articleId) || c.quote.speakerKey === doer))) return { answer: noAnswer(question), hits, whoSaid: false };
      // "what percent of americans did pelosi say supported impeachment": a figure asked of
      // someone is in the words they gave, first, or they did not give it.
      const figure = filter.speaker ? figureAsked(question) : undefined;
      const figured = figure ? picked.filter((c) => givesFigure(c.quote.text, figure)) : picked;
      if (figure && figured.length === 0) return { answer: { ...noAnswer(question), text: `${picked[0]!.quote.speaker!.name} is quoted on that, but none of those words in this library gives the figure asked for.` }, hits, whoSaid: false };
      const shown = figure ? picked.map((c) => (figured.includes(c) ? { ...c, score: c.score + FIGURE_FIRST } : c)) : picked;
      // (Asked by when, the dates lead, not the article that leads a story; asked of a place,
      // its own people.)
      const ordered = order ? inOrderAsked(library, shown, order) : standing ? inArticleOrder(shown, standing) : place && role ? ownPeopleFirst(shown, role) : media ? outletsFirst(shown) : shown;
      return { answer: verifyAnswer(library, composeWhoSaid(question, had ? wordsHadLast(ordered, had) : ordered, order || standing ? [] : leads)), hits, whoSaid: true };
    }
    // With a speaker named, words of anyone else would be wrong: nothing rather than them.
    if (filter.speaker) return { answer: noAnswer(question), hits, whoSaid: false };
  }
  return { answer: await answerFromSentences(library, question, query, hits, { speech, k, coverage }), hits, whoSaid: false };
}

/**
 * The parts of a question asked across articles, where one that comes later ("and then",
 * "later") names no story of its own is searched as the first part's story: "the el paso
 * shooting and then the manifesto" asks for that shooting's manifesto, not a party's.
 * (A plain "and" joins two stories: "slug glue and the self-cleaning toilet coating".)
 */
function sameStoryLater(library: Library, query: string, parts: readonly string[]): string[] {
  if (!LATER.test(query)) return [...parts];
  return parts.map((part, i) => (i > 0 && topicNames(library, part).length === 0 ? `${part} ${parts[0]}` : part));
}

const LATER = /\b(?:and\s+then|then|later|afterwards)\b/i;


// The answer's first quotes, whose articles must hold each of the story's names.
const NAMES_ARTICLES = 3;


async function answerFromSentences(
  library: Library,
  question: string,
  query: string,
  hits: readonly SearchHit[],
  { speech, k, coverage }: { speech: boolean; k: number; coverage: number },
): Promise<Answer> {
  let candidates = sentencesOfHits(hits);
  if (speech) {
    // Quotes about a story sit all over its article, in passages that need not name the
    // story again: take the speech of the best articles whole.
    const spoken = sentencesOfHits(widenToArticles(library, hits, SPEECH_ARTICLES)).filter((c) => reportsSpeech(c.citation.quote));
    if (spoken.length > 0) candidates = spoken;
  }
  const scored = rankCandidates(library, query, candidates);
  const relevance = Math.max(-1, ...scored.map((c) => c.similarity)) + coverage;
  if (relevance < MIN_PASSAGE_RELEVANCE) return noAnswer(question);

  // Without attributed quotes, who-said-what falls back to the speech sentences of the
  // best articles: most of them, with MMR leaning further towards variety.
  const bestScore = Math.max(...scored.map((c) => c.score));
  const gap = speech ? MAX_GAP * 1.5 : MAX_GAP;
  const picked = pickDiverse(scored.filter((c) => c.score >= bestScore - gap), k, speech ? 0.5 : 0.7);
  // Read in article order: the sentences of one article keep their own sequence.
  const articleRank = new Map(hits.map((h, i) => [h.article.id, i] as const).reverse());
  picked.sort(
    (a, b) =>
      articleRank.get(a.citation.articleId)! - articleRank.get(b.citation.articleId)! || a.citation.start - b.citation.start,
  );
  const citations = withSpeakers(library, picked.map((c) => c.citation));
  return verifyAnswer(library, { question, text: composeText(citations), citations, mode: 'extractive' });
}

/**
 * Sentences cited keep who speaks in them, where the library has one named speaker's quote
 * in the sentence: "African Export–Import Bank president Okey Oramah said the use of
 * third-party currencies …" is Oramah's, though the question ("afreximbank president on …")
 * was not read as asking for him.
 */
function withSpeakers(library: Library, citations: Citation[]): Citation[] {
  const quotes = library.quotesOf([...new Set(citations.map((c) => c.articleId))]);
  return citations.map((c) => {
    const inside = quotes.filter((q) => q.articleId === c.articleId && (q.speaker?.kind === 'person' || q.speaker?.kind === 'organisation') && Math.min(q.end, c.end) - Math.max(q.start, c.start) >= (q.end - q.start) / 2);
    const names = [...new Set(inside.map((q) => q.speaker!.name))];
    return names.length === 1 ? { ...c, speaker: names[0]! } : c;
  });
}

/** Whether a citation's speaker is named or described by one of the words `kin` ("The family", "his father"). */
function spokenByKin(library: Library, citation: Citation, kin: readonly string[]): boolean {
  const quote = library.quotesOf([citation.articleId]).find((q) => q.start <= citation.start && citation.end <= q.end);
  const words = `${quote?.speaker?.name ?? citation.speaker ?? ''} ${quote?.speaker?.description ?? ''}`.toLowerCase().split(/[^\p{L}]+/u);
  return words.some((w) => kin.includes(w));
}

/** No answer from someone's kin whom no article quotes anyone described as ("the pilot's family"). */
function noneOfKin(question: string, speaker: string): Answer {
  const the = /^(?:the|a|an|his|her|their|its|our|my|your)\s/i.test(speaker) ? '' : 'the ';
  return { question, text: `Nothing from ${the}${speaker} in this library: no article quotes anyone it describes so.`, citations: [], mode: 'extractive' };
}

/** No answer from a kind of speaker the story's articles never mention ("the principal"). */
function noneOfKind(question: string, speaker: string): Answer {
  // (Not before a name's: "kokesh's running mate".)
  const the = /^(?:the|a|an|his|her|their|its|our|my|your)\s|['’]s?\s/i.test(speaker) ? '' : 'the ';
  return { question, text: `Nothing from ${the}${speaker} on that in this library: no article telling it mentions one.`, citations: [], mode: 'extractive' };
}

/** No answer from someone's relation ("zamperoni's friend") in any article naming whose they are. */
function noneOfTheirs(question: string, speaker: string, owner: string): Answer {
  return { question, text: `Nothing from ${speaker} on that in this library: no article telling it names ${owner}.`, citations: [], mode: 'extractive' };
}

/**
 * A body the articles quote by its kind alone, typed with where it is: "the catalonia fire
 * service" is "The fire service" of a fire in Catalonia. Where is a place or its adjective,
 * not a name: "the lion air" is the airline's, "the wiranto family" his.
 */
function placedKind(library: Library, typed: string): boolean {
  const [where, ...kindWords] = typed.split(/\s+/);
  if (!where || kindWords.length === 0) return false;
  const adjectives = [`${where}n`, `${where}an`, ...(/(?:an|ese|ish)$/i.test(where) ? [where] : [])];
  const placed = isCountry(where) || library.isPlace(where) || adjectives.some((adjective) => library.writes(adjective) === 'capitalised');
  return placed && library.describesUnnamed(kindWords.join(' '));
}

function noAnswer(question: string): Answer {
  return {
    question,
    text: 'Nothing in this library answers that closely enough. Try other words, or list the articles to see what it holds.',
    citations: [],
    mode: 'extractive',
  };
}
