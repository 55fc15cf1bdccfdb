import type Database from 'better-sqlite3';
import { fold, isCountry, isOrganisation, isPeopleWord, isTitle, speakerKey, typedNameMatcher, typedRoleMatcher, typedWithinOneEdit, withinOneEdit, type Quote } from '../quotes/index.ts';
import { acronym, initialsIndex, inverted } from './initials.ts';
import { isEnglishWord } from './english-words.ts';
import { peopleOf, type People } from './people.ts';
import { fromBlob, toBlob } from './vector-blob.ts';
import { prepared } from './prepared.ts';
import { lookupTable } from '../lookup-table.ts';

// Words an insertion may put between the words of a phrase asked about ("[call a national emergency]").
const NEAR_SLACK = 6;

// A body's name in capitals and few letters: "PG&E", "FDOT", "NTSB".
const SHORT_FORM = /^\p{Lu}[\p{Lu}\d&.-]{1,7}$/u;

/** A quote as stored: the Quote, the article it belongs to, and its speaker's cross-article key. */
interface SpeakerRow {
  key: string;
  name: string;
  mention: string | null;
  description: string | null;
  kind: string | null;
}

export interface StoredQuote extends Quote {
  /** Its row id: the key of its vector and lexical entry. */
  id: number;
  articleId: string;
  speakerKey?: string;
}

/**
 * How the articles name and describe a speaker, as one text for typedRoleMatches: each part
 * set apart, so that no body's initials run from one into the next ("Business Insider
 * Business Insider" spells no "bibi").
 */
function described(...parts: ReadonlyArray<string | null | undefined>): string {
  return parts.filter(Boolean).join(' ; ');
}

/**
 * What a quote's vector is made of: the story, the speaker and the words, so that "what
 * did Pelosi say about impeachment" and "who commented on the fire" both find it.
 */
export function quoteSearchText(quote: Quote, articleTitle: string): string {
  const who = quote.speaker ? `${quote.speaker.name}: ` : '';
  return `${articleTitle}. ${who}${quote.text}`.replace(/\s+/g, ' ').slice(0, 1000);
}

/** A person quoted in the library, with how often and where. */
export interface SpeakerSummary {
  key: string;
  name: string;
  quotes: number;
  articles: string[];
}

export const QUOTES_SCHEMA = `
CREATE TABLE IF NOT EXISTS quotes (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  fragments TEXT,
  text TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('direct', 'mixed', 'indirect')),
  cue_start INTEGER, cue_end INTEGER, cue TEXT,
  speaker_name TEXT, speaker_key TEXT, mention_start INTEGER, mention_end INTEGER, mention TEXT, description TEXT,
  speaker_kind TEXT
);
CREATE INDEX IF NOT EXISTS quotes_by_article ON quotes(article_id, start);
CREATE INDEX IF NOT EXISTS quotes_by_speaker ON quotes(speaker_key);
-- Quotes are search items of their own (schema 3): a vector of the words with their
-- speaker and story, and a lexical entry, written in the article's transaction.
CREATE TABLE IF NOT EXISTS quote_vectors (
  quote_id INTEGER PRIMARY KEY REFERENCES quotes(id) ON DELETE CASCADE,
  vector BLOB NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
  text, speaker, tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS quotes_ai AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, coalesce(new.speaker_name, ''));
  INSERT INTO meta(key, value) VALUES ('quotes_generation', '1')
    ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1;
END;
CREATE TRIGGER IF NOT EXISTS quotes_ad AFTER DELETE ON quotes BEGIN
  DELETE FROM quotes_fts WHERE rowid = old.id;
  INSERT INTO meta(key, value) VALUES ('quotes_generation', '1')
    ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1;
END;
`;

interface QuoteRow {
  id: number;
  article_id: string;
  start: number;
  end: number;
  fragments: string | null;
  text: string;
  kind: Quote['kind'];
  cue_start: number | null;
  cue_end: number | null;
  cue: string | null;
  speaker_name: string | null;
  speaker_key: string | null;
  mention_start: number | null;
  mention_end: number | null;
  mention: string | null;
  description: string | null;
  speaker_kind: NonNullable<Quote['speaker']>['kind'] | null;
}

/** Only people and organisations are speakers to look up; "Neighbors" or "One user" are nobody's name. */
function named(speaker: NonNullable<Quote['speaker']>): boolean {
  return speaker.kind === undefined || speaker.kind === 'person' || speaker.kind === 'organisation';
}

function toQuote(row: QuoteRow): StoredQuote {
  const quote: StoredQuote = { id: row.id, articleId: row.article_id, start: row.start, end: row.end, text: row.text, kind: row.kind };
  if (row.fragments) quote.fragments = JSON.parse(row.fragments) as Array<[number, number]>;
  if (row.cue !== null) quote.cue = { start: row.cue_start!, end: row.cue_end!, text: row.cue };
  if (row.speaker_name !== null) {
    quote.speaker = { name: row.speaker_name, mention: { start: row.mention_start!, end: row.mention_end!, text: row.mention! } };
    if (row.description) quote.speaker.description = row.description;
    if (row.speaker_kind) quote.speaker.kind = row.speaker_kind;
  }
  if (row.speaker_key) quote.speakerKey = row.speaker_key;
  return quote;
}

/** The quotes table: written with an article, read by article or by speaker. */
export class QuoteStore {
  constructor(private readonly db: Database.Database) {
    // A schema-2 quotes table lacks the kind column (CREATE TABLE IF NOT EXISTS keeps the
    // old table); its quotes are extracted again on open, kinds included.
    const columns = prepared(this.db, 'SELECT name FROM pragma_table_info(?)').all('quotes') as Array<{ name: string }>;
    if (!columns.some((c) => c.name === 'speaker_kind')) {
      try {
        this.db.exec('ALTER TABLE quotes ADD COLUMN speaker_kind TEXT');
      } catch (error) {
        // Another process opening the same library added it first.
        if (!/duplicate column/i.test((error as Error).message)) throw error;
      }
    }
  }

  /**
   * Stores an article's quotes, each with its vector when given (call inside the
   * transaction that stores the article).
   */
  insert(articleId: string, quotes: readonly Quote[], vectors?: readonly number[][]): void {
    const insertVector = prepared(this.db, 'INSERT INTO quote_vectors (quote_id, vector) VALUES (?, ?)');
    const insert = prepared(this.db, 
      `INSERT INTO quotes (article_id, start, end, fragments, text, kind, cue_start, cue_end, cue,
         speaker_name, speaker_key, mention_start, mention_end, mention, description, speaker_kind)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const [i, q] of quotes.entries()) {
      const { lastInsertRowid } = insert.run(
        articleId, q.start, q.end, q.fragments ? JSON.stringify(q.fragments) : null, q.text, q.kind,
        q.cue?.start ?? null, q.cue?.end ?? null, q.cue?.text ?? null,
        q.speaker?.name ?? null, q.speaker && named(q.speaker) ? (speakerKey(q.speaker.name) ?? null) : null,
        q.speaker?.mention.start ?? null, q.speaker?.mention.end ?? null, q.speaker?.mention.text ?? null,
        q.speaker?.description ?? null, q.speaker?.kind ?? null,
      );
      if (vectors) insertVector.run(lastInsertRowid, toBlob(vectors[i]!));
    }
  }

  /** Removes an article's quotes (their vectors and lexical entries go with them). */
  deleteOf(articleId: string): void {
    prepared(this.db, 'DELETE FROM quotes WHERE article_id = ?').run(articleId);
  }

  /** Changes with every quote written or removed, in this process or another: a cache key. */
  generation(): number {
    const row = prepared(this.db, "SELECT value FROM meta WHERE key = 'quotes_generation'").get() as { value: string } | undefined;
    return Number(row?.value ?? 0);
  }

  /** Every quote vector, for the in-memory quote index. */
  *vectors(): IterableIterator<[id: number, vector: Float32Array]> {
    for (const { id, vector } of this.db.prepare('SELECT quote_id AS id, vector FROM quote_vectors').iterate() as IterableIterator<{ id: number; vector: Buffer }>) {
      yield [id, fromBlob(vector)];
    }
  }

  /** The quotes with these ids. */
  byIds(ids: readonly number[]): Map<number, StoredQuote> {
    const rows = prepared(this.db, 'SELECT * FROM quotes WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as QuoteRow[];
    return new Map(rows.map((row) => [row.id, toQuote(row)]));
  }

  /** Of these quotes, those whose own words (not their speaker's name) match `ftsQuery`. */
  holding(ftsQuery: string, ids: readonly number[]): Set<number> {
    const rows = prepared(this.db, 'SELECT rowid AS id FROM quotes_fts WHERE quotes_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))').all(`text : ${ftsQuery}`, JSON.stringify(ids)) as Array<{ id: number }>;
    return new Set(rows.map((r) => r.id));
  }

  /** BM25 over quote words and speaker names: up to `limit` quote ids, best first. */
  searchText(ftsQuery: string, limit: number, allowed?: ReadonlySet<number>): Array<[id: number, score: number]> {
    const rows = (
      allowed
        ? this.db
            .prepare('SELECT rowid AS id, bm25(quotes_fts) AS rank FROM quotes_fts WHERE quotes_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?)) ORDER BY rank LIMIT ?')
            .all(ftsQuery, JSON.stringify([...allowed]), limit)
        : prepared(this.db, 'SELECT rowid AS id, bm25(quotes_fts) AS rank FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ?').all(ftsQuery, limit)
    ) as Array<{ id: number; rank: number }>;
    return rows.map((r) => [r.id, -r.rank]);
  }

  /**
   * The quotes whose words hold `words` in this order, as the lexical index reads them
   * ("toilet paper is a bulky item"); failing any, those that hold them all close together
   * (four words or more), or all but one (five or more).
   */
  saying(words: readonly string[], limit = 20): StoredQuote[] {
    if (words.length === 0) return [];
    const find = (query: string) => prepared(this.db, 'SELECT rowid AS id FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT ?').all(query, limit) as Array<{ id: number }>;
    // …or all of them close together, as an editor's insertion splits them: "I can do it
    // [call a national emergency] if I want".
    const nearAll = (some: readonly string[]) => find(`text : NEAR(${some.map((w) => `"${w}"`).join(' ')}, ${words.length + NEAR_SLACK})`);
    const rows = find(`text : "${words.join(' ')}"`);
    // (Three words only as a phrase: near one another, too many quotes hold them.)
    let near = rows.length > 0 || words.length < 4 ? rows : nearAll(words);
    // …or all but one word of a longer phrase, as a reader recalls it: "the attack was
    // designed to intimidate" of "the attack as "designed to intimidate …"".
    for (let i = 0; near.length === 0 && words.length >= 5 && i < words.length; i++) near = nearAll(words.filter((_, j) => j !== i));
    return [...this.byIds(near.map((r) => r.id)).values()];
  }

  /** Ids of the quotes of these articles and (when given) these speakers. */
  idsWhere(filter: { articleIds?: readonly string[]; speakerKeys?: readonly string[] }): Set<number> {
    const where: string[] = [];
    const params: string[] = [];
    if (filter.articleIds) {
      where.push('article_id IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(filter.articleIds));
    }
    if (filter.speakerKeys) {
      where.push('speaker_key IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(filter.speakerKeys));
    }
    const rows = prepared(this.db, `SELECT id FROM quotes ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`).all(...params) as Array<{ id: number }>;
    return new Set(rows.map((r) => r.id));
  }

  of(articleIds: readonly string[]): StoredQuote[] {
    const rows = this.db
      .prepare('SELECT * FROM quotes WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, start')
      .all(JSON.stringify(articleIds)) as QuoteRow[];
    return rows.map(toQuote);
  }

  /**
   * Speaker keys whose names hold every word of `name` as typed (typedNameMatches): "Woo"
   * finds Woo Su-keun, not Choo Jae-woo; "john roberts" finds John G. Roberts, not every John.
   * `writes` says how the library writes a word: a name's, a common word's, or not at all.
   */
  keysMatching(typedName: string, writes: (word: string) => 'lower' | 'capitalised' | undefined): string[] {
    const isName = (word: string) => writes(word) !== 'lower';
    // "the zimbabwe youth forum guy": what the person is for, then a word that only says a
    // person ("the director of Youth Forum Zimbabwe").
    const plain = typedName.replace(/(\S\s+)(?:guy|lady|man|woman|person|dude|bloke|fella|chap)$/i, '$1').trim();
    // "the pentagon": what news calls a body by its building or a nickname.
    const name = ALSO_CALLED[plain.toLowerCase().replace(/^the\s+/, '')] ?? plain;
    const rows = this.speakerRows();
    const key = speakerKey(name);
    // "who", "nhc": the initials of an organisation's name ("World Health Organization").
    const typed = name.trim().toLowerCase();
    const initials = (r: { name: string }) => /^[a-z]{2,6}$/.test(typed) && acronym(r.name) === typed;
    // A name as typed beats one a typo away: "boris" is Boris Johnson, not Doris Day (below).
    const byName = ({ typos = true, as = name } = {}) => {
      const asTyped = typedNameMatcher(as, { typos: false });
      const exact = rows.filter((r) => r.key === key || asTyped(r.name) || initials(r));
      // (A word the articles write as a name as typed is no typo: "prince harry" is not Larry
      // Sharpe where Harry Dunn is in the news. Each typed word is looked up once, not per row.)
      if (exact.length > 0 || !typos) return exact;
      const asName = new Map<string, boolean>();
      // (Nor a word English has: "the nobel winners" are no typo of Sadie Weiner.)
      const written = (w: string) => asName.get(w) ?? asName.set(w, writes(w) === 'capitalised' || isEnglishWord(w)).get(w)!;
      const typedLoosely = typedNameMatcher(as, { written });
      return rows.filter((r) => typedLoosely(r.name));
    };
    // "the mayor of london", "the pope": a role, found in how the articles named the speaker
    // ("Mayor of London Sadiq Khan", "Pope Francis"). A role "of" somewhere is only a role,
    // never the place's name ("Imperial College London").
    const words = name.split(/\s+/);
    const asRole = typedRoleMatcher(name);
    const byRole = () => (words.some(isTitle) ? rows.filter((r) => asRole(described(r.mention, r.description))) : []);
    // "the mayor of london", "spantons lawyer": a role, not the name inside it (Spanton's
    // lawyer is not Spanton; "boris johnson pm" is still Boris Johnson).
    const possessed = words.length >= 2 && isTitle(words.at(-1)!) && /(?:['’]s|[^s'’]s)$/i.test(words.at(-2)!);
    const role = words.some(isTitle) && (words.some((w) => /^(?:of|for)$/i.test(w)) || possessed);
    // "the who chief": an office after a name is first the office of whoever holds it, and
    // only failing that a name ("boris johnson pm").
    const office = words.length >= 2 && isTitle(words.at(-1)!);
    let matches = role || office ? byRole() : byName({ typos: false });
    // ("boris johnson pm" as typed; "the russian health minister" is no typo of "Russia", and
    // "the british pm" is no office of the British Transport Police, nor "the samoa pm" one of
    // American Samoa, which speaks as a government: an office is a person's.)
    if (matches.length === 0) matches = office ? byName({ typos: false }).filter((r) => r.kind === 'person' && !isOrganisation(r.name)) : byRole();
    // "the tunisian human rights league", "milltech marine": no one's name, but the name of
    // what the speaker speaks for ("the president of the Tunisian League for the Defence of
    // Human Rights", "Doug Miller of Milltech Marine"). Not an office ("the boat fire
    // captain") or a kind of people ("puerto rico's governors").
    // (Nor a person's name, told by a first name some quoted person has: "bill gates" is not
    // Carl Hensman "of the Bill and Melinda Gates Foundation", named after him.)
    if (matches.length === 0 && words.length >= 2 && !words.some(isTitle) && !isPeopleWord(words.at(-1)!) && !this.isPersonalName(name)) {
      matches = rows.filter((r) => asRole(described(...[r.mention, r.description].map((part) => part?.match(/\p{Lu}[\p{L}'’-]*/gu)?.join(' ')))));
    }
    // "the port security guy": a word that only says a person makes the rest what they are,
    // in any case ("a security official from the port of departure").
    if (matches.length === 0 && plain !== typedName.trim()) {
      matches = rows.filter((r) => asRole(described(r.mention, r.description)));
    }
    // "the taliban", "the vatican", "cuba", "the rmt": one name, no one's, but that of the body
    // or place a speaker is described as speaking for, before their office or after "of"
    // ("Taliban spokesperson Zabiullah Mujahid", "Vatican archbishop Charles Scicluna", "the
    // foreign affairs minister of Cuba", "the RMT union"); not what they deal with ("Special
    // Representative for Iran") or where their institution is ("Tsinghua University in
    // Beijing, China"), nor a common word a description capitalises ("Prosecutor Josh Bash").
    const one = typed.replace(/^the\s+/, '');
    // (A country asked for is its people, whom the topic finds: who-is-asked.ts.)
    if (matches.length === 0 && /^\p{L}[\p{L}-]{2,}$/u.test(one) && !isTitle(one) && !isPeopleWord(one) && !isCountry(one) && isName(one)) {
      const speaksFor = new RegExp(`\\b(?:of|from|at)\\s+(?:the\\s+)?(${one})(?![\\p{L}'’-])|(?<!\\bfor\\s+(?:the\\s+)?)(?<![\\p{L}-])(${one})(?=\\s+\\p{L})`, 'giu');
      const named = (text: string | null) => [...(text ?? '').matchAll(speaksFor)].some((m) => /^\p{Lu}/u.test(m[1] ?? m[2] ?? ''));
      matches = rows.filter((r) => named(r.mention) || named(r.description));
    }
    // "sheldon yet": a quoted person's first name as typed, then their surname a letter off,
    // though the slip is a word English has (as a phone writes a name it hears).
    if (matches.length === 0 && this.isPersonalName(name)) {
      const [first, last] = fold(name).split(/\s+/) as [string, string];
      matches = rows.filter((r) => {
        const [given, surname, more] = fold(r.name).split(/\s+/);
        return r.kind === 'person' && more === undefined && given === first && surname !== undefined && last.length >= 3 && withinOneEdit(last, surname);
      });
    }
    // A name a typo away last: "spacex" is the SpaceX founder's, not the "Space Research" institute's.
    // (Not for an office: "the pm of samoa" holds one, and is not American Samoa.)
    if (matches.length === 0 && !office && !role) matches = byName();
    // "ted ross": one name typed as it sounds, in two words ("Tedros").
    if (matches.length === 0 && !office && !role && words.length === 2 && words.every((w) => /^\p{L}{3,}$/u.test(w))) matches = byName({ as: words.join('') });
    // "who" is the WHO, not "Who Gives": a whole name typed beats a part of one. A surname
    // an article gives alone, that no one fuller name took in ("a university student named
    // Wong", beside Joshua Wong and Tak-Sing Wong), is no whole name: "wong" is as much
    // either of them, and the topic tells which. ("President Trump" is Donald Trump's.)
    const { keyOf } = this.people();
    const surnameAlone = (r: SpeakerRow) => !/\s/.test(r.name) && !keyOf.has(r.key) && matches.some((o) => o !== r && /\s/.test(o.name) && !isOrganisation(o.name));
    const whole = matches.filter((r) => (r.key === key || r.name.toLowerCase() === typed || initials(r)) && !(surnameAlone(r) && !initials(r)));
    // The person's every key: "wanda vazquez garced" finds the articles that say "Wanda Vázquez".
    const found = whole.length > 0 ? whole : matches;
    const persons = new Set(found.map((r) => keyOf.get(r.key) ?? r.key));
    // "what did the un say": an organisation speaks through its people too, those the
    // articles describe by its name or its initials ("a UN rapporteur", "WHO director-general").
    const organisations = found.filter((r) => isOrganisation(r.name));
    // (…and by the short form its articles give it: "a vice president at PG&E", where they
    // name "Pacific Gas and Electric Company (PG&E)" and quote it as PG&E.)
    const orgKeys = new Set(organisations.map((r) => r.key));
    const shortForms = rows.filter((r) => orgKeys.has(r.key) && r.mention && SHORT_FORM.test(r.mention)).map((r) => r.mention!);
    const forms = [...organisations.flatMap((r) => [r.name, acronym(r.name).toUpperCase(), ...inverted(r.name)]), ...shortForms].filter((f) => f.length >= 2);
    const patterns = forms.map((f) => new RegExp(`(?<![\\p{L}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u'));
    const ofThem = (r: SpeakerRow) => patterns.some((p) => p.test(`${r.mention ?? ''} ${r.description ?? ''}`));
    const members = patterns.length > 0 ? rows.filter((r) => !persons.has(r.key) && ofThem(r)).map((r) => r.key) : [];
    return [...new Set([...persons, ...rows.map((r) => r.key).filter((k) => persons.has(keyOf.get(k) ?? k)), ...members, ...this.staffQuotedWith(organisations.map((r) => r.key))])];
  }

  /**
   * "Senior vice president Michael Lewis", "Company meteorologist Evan Duffey": in articles
   * quoting an organisation, the people whose office the article gives without naming whose
   * it is, which can only be the organisation's (PG&E's, there).
   */
  private staffQuotedWith(organisationKeys: readonly string[]): string[] {
    if (organisationKeys.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT DISTINCT speaker_key AS key, description FROM quotes WHERE speaker_kind = 'person' AND speaker_key IS NOT NULL
         AND article_id IN (SELECT article_id FROM quotes WHERE speaker_key IN (SELECT value FROM json_each(?)))`,
      )
      .all(JSON.stringify(organisationKeys)) as Array<{ key: string; description: string | null }>;
    return rows.filter((r) => STAFF.test(r.description ?? '')).map((r) => r.key);
  }

  /** Speaker keys whose name, mention or description holds every word of `words` ("health ministry": "speaking for the country's Health Ministry"). */
  keysDescribedAs(words: string): string[] {
    const asRole = typedRoleMatcher(words);
    // (A person's name describes only them: "bill gates" is not Carl Hensman "of the Bill and
    // Melinda Gates Foundation".)
    const personal = this.isPersonalName(words);
    return [...new Set(this.speakerRows().filter((r) => asRole(personal ? r.name : described(r.name, r.mention, r.description))).map((r) => r.key))];
  }

  /**
   * True when some speaker the articles give no name, a group or someone unnamed, is
   * described by every word of `words`: "the omsk hospital" speaks as "Hospital officials in
   * Omsk", whom no name looks up.
   */
  describesUnnamed(words: string): boolean {
    const generation = this.generation();
    if (this.cachedUnnamed?.generation !== generation) {
      const rows = this.db.prepare('SELECT DISTINCT speaker_name AS name, mention, description FROM quotes WHERE speaker_key IS NULL AND speaker_name IS NOT NULL').all() as Array<{ name: string; mention: string | null; description: string | null }>;
      this.cachedUnnamed = { generation, described: rows.map((r) => described(r.name, r.mention, r.description)) };
    }
    const asRole = typedRoleMatcher(words);
    return this.cachedUnnamed.described.some(asRole);
  }

  private cachedUnnamed?: { generation: number; described: string[] };

  /**
   * The bodies speakers are named or described by, and those `titles` name, by their
   * initials (initialsIndex): "fdot" the "Florida Department of Transportation" of "Florida
   * Department of Transportation official Troy Roberts", "doj" the "Department of Justice"
   * of a title "US Department of Justice investigating Ford …", a body no one speaks for.
   */
  initials(titles: readonly string[] = []): Map<string, Set<string>> {
    return initialsIndex([...this.speakerRows().flatMap((r) => [r.name, r.mention, r.description]), ...titles]);
  }

  articlesQuoting(keys: readonly string[]): string[] {
    const rows = this.db
      .prepare('SELECT DISTINCT article_id AS id FROM quotes WHERE speaker_key IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(keys)) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  /** Who each speaker key is and the name to show for them (peopleOf); cached until quotes change. */
  people(): People {
    const generation = this.generation();
    if (this.cachedPeople?.generation !== generation) {
      const rows = this.db
        .prepare('SELECT speaker_key AS key, speaker_name AS name, speaker_kind AS kind, COUNT(*) AS quotes FROM quotes WHERE speaker_key IS NOT NULL GROUP BY speaker_key, speaker_name, speaker_kind')
        .all() as Array<{ key: string; name: string; kind: string | null; quotes: number }>;
      this.cachedPeople = { generation, ...peopleOf(rows) };
    }
    return this.cachedPeople;
  }

  private cachedPeople?: People & { generation: number };

  /** Every speaker as the quotes name and describe them; cached until quotes change (a question may look up several names). */
  private speakerRows(): SpeakerRow[] {
    const generation = this.generation();
    if (this.cachedSpeakers?.generation !== generation) {
      const rows = this.db
        .prepare('SELECT DISTINCT speaker_key AS key, speaker_name AS name, mention, description, speaker_kind AS kind FROM quotes WHERE speaker_key IS NOT NULL')
        .all() as SpeakerRow[];
      this.cachedSpeakers = { generation, rows };
    }
    return this.cachedSpeakers.rows;
  }

  private cachedSpeakers?: { generation: number; rows: SpeakerRow[]; words?: Set<string>; givenNames?: Set<string> };

  /**
   * True when `typed` is two words, the first a first name some quoted person has ("bill
   * gates": Bill de Blasio's), so a person's name, however the second word is written.
   */
  private isPersonalName(typed: string): boolean {
    const words = typed.trim().toLowerCase().split(/\s+/);
    if (words.length !== 2) return false;
    const rows = this.speakerRows();
    const given = (this.cachedSpeakers!.givenNames ??= new Set(rows.filter((r) => r.kind === 'person' && /\s/.test(r.name.trim())).map((r) => r.name.trim().split(/\s+/)[0]!.toLowerCase())));
    return given.has(words[0]!);
  }

  /**
   * True when some speaker's name has `word`, or a word one typo from it: a cheap test of
   * whether a phrase of a question may name someone before looking the phrase up.
   */
  isNameWord(word: string): boolean {
    const rows = this.speakerRows();
    const words = (this.cachedSpeakers!.words ??= new Set(rows.flatMap((r) => r.key.split(' '))));
    const typed = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[.'’]/g, '');
    if (words.has(typed)) return true;
    return typed.length >= 5 && [...words].some((w) => w.length >= 5 && typedWithinOneEdit(typed, w));
  }

  /** Everyone quoted by name, most quoted first, one entry per person (people()). */
  speakers(articleIds?: readonly string[]): SpeakerSummary[] {
    const rows = this.db
      .prepare(
        `SELECT speaker_key AS key, speaker_name AS name, article_id AS articleId FROM quotes
         WHERE speaker_key IS NOT NULL ${articleIds ? 'AND article_id IN (SELECT value FROM json_each(?))' : ''}`,
      )
      .all(...(articleIds ? [JSON.stringify(articleIds)] : [])) as Array<{ key: string; name: string; articleId: string }>;
    const byKey = new Map<string, SpeakerSummary>();
    const { keyOf, nameOf } = this.people();
    for (const row of rows) {
      const key = keyOf.get(row.key) ?? row.key;
      const s = byKey.get(key) ?? { key, name: nameOf.get(key) ?? row.name, quotes: 0, articles: [] };
      s.quotes++;
      if (!s.articles.includes(row.articleId)) s.articles.push(row.articleId);
      byKey.set(key, s);
    }
    return [...byKey.values()].sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
  }
}

// An office a company gives its people, alone: "Senior vice president", "Company meteorologist".
const STAFF = /^(?:(?:senior|executive|chief|company|deputy|assistant|regional|corporate)\s+)*(?:vice[- ]president|spokes(?:person|man|woman)|meteorologist|executive|manager|director|engineer)$/i;

// Bodies that news and readers call by a building or a short name, and what articles call them;
// people whom the papers call by a nickname ("bojo", which is no word of any article).
const ALSO_CALLED: Record<string, string> = lookupTable({
  bojo: 'Boris Johnson',
  amlo: 'Andrés Manuel López Obrador',
  pentagon: 'Department of Defense',
  'state department': 'Department of State',
  'justice department': 'Department of Justice',
  scotus: 'Supreme Court',
  fed: 'Federal Reserve',
  met: 'Metropolitan Police',
  'met police': 'Metropolitan Police',
});
