import { lookupTable } from '../lookup-table.ts';
/** What a byline line says: "By YANG HAN in Hong Kong | China Daily | Updated: 2026-01-08 09:53". */
export interface Byline {
  byline?: string;
  dateline?: string;
  publisher?: string;
  date?: LocalDate;
}

/** A date as printed on a page, before a time zone is known. */
export interface LocalDate {
  date: string; // YYYY-MM-DD
  time?: string; // HH:MM
  offset?: string; // +08:00, or Z
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;
const TIME = String.raw`(?:[\sT,]+(?:at\s+)?(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?)?`;
const ZONE = String.raw`(?:\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}|(?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?))?`;

const DATE_PATTERNS: Array<[RegExp, (m: RegExpExecArray) => [number, number, number]]> = [
  [new RegExp(String.raw`^${WEEKDAY}(\d{4})-(\d{2})-(\d{2})${TIME}${ZONE}$`, 'i'), (m) => [+m[1]!, +m[2]!, +m[3]!]],
  [new RegExp(String.raw`^${WEEKDAY}${MONTH}\s+(\d{1,2}),?\s+(\d{4})${TIME}${ZONE}$`, 'i'), (m) => [+m[3]!, monthNumber(m[1]!), +m[2]!]],
  [new RegExp(String.raw`^${WEEKDAY}(\d{1,2})\s+${MONTH},?\s+(\d{4})${TIME}${ZONE}$`, 'i'), (m) => [+m[3]!, monthNumber(m[2]!), +m[1]!]],
];

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

function normalizeZone(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  const z = zone.toUpperCase();
  if (z === 'Z' || z === 'UTC' || z === 'GMT') return 'Z';
  const m = /([+-])(\d{1,2}):?(\d{2})?$/.exec(z);
  return m ? `${m[1]}${pad(+m[2]!)}:${m[3] ?? '00'}` : undefined;
}

/**
 * Parses a date as newspapers print it: "2026-01-08 09:53", "Wednesday, July 24, 2019",
 * "8 January 2026, 14:05 GMT". Returns undefined for anything that is not only a date.
 */
export function parseDate(input: string): LocalDate | undefined {
  const text = input.trim().replace(/\s+/g, ' ');
  for (const [pattern, ymd] of DATE_PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [year, month, day] = ymd(m);
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    const groups = m.slice(-4);
    const [hour, minute, meridiem, zone] = groups;
    const result: LocalDate = { date: `${year}-${pad(month)}-${pad(day)}` };
    if (hour !== undefined && minute !== undefined) {
      let h = +hour;
      if (meridiem && /p/i.test(meridiem) && h < 12) h += 12;
      if (meridiem && /a/i.test(meridiem) && h === 12) h = 0;
      result.time = `${pad(h)}:${minute}`;
    }
    const offset = normalizeZone(zone);
    if (offset) result.offset = offset;
    return result;
  }
  return undefined;
}

// Cities that newspapers put in datelines but that the IANA database files under
// another name (it names zones after one city per zone).
const CITY_ZONES: Record<string, string> = lookupTable({
  beijing: 'Asia/Shanghai', washington: 'America/New_York', 'new delhi': 'Asia/Kolkata', delhi: 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata', 'san francisco': 'America/Los_Angeles', 'washington, d.c.': 'America/New_York',
  'rio de janeiro': 'America/Sao_Paulo', osaka: 'Asia/Tokyo', geneva: 'Europe/Zurich', 'the hague': 'Europe/Amsterdam',
});

let ianaCities: Map<string, string> | undefined;

/** The IANA time zone of a dateline city ("Hong Kong" → "Asia/Hong_Kong"), if known. */
export function zoneForPlace(place: string): string | undefined {
  if (!ianaCities) {
    ianaCities = new Map();
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const city = zone.split('/').at(-1)!.replace(/_/g, ' ').toLowerCase();
      if (!ianaCities.has(city)) ianaCities.set(city, zone);
    }
  }
  const key = place.trim().toLowerCase();
  return CITY_ZONES[key] ?? ianaCities.get(key);
}

/** The UTC offset ("+08:00") that `zone` had at a local date and time. */
export function offsetAt(zone: string, date: string, time: string): string {
  const utcGuess = Date.parse(`${date}T${time}:00Z`);
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(utcGuess);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return m ? `${m[1]}:${m[2] ?? '00'}` : '+00:00';
}

/**
 * ISO 8601 for a page date. A time gets an offset from the page, else from the
 * dateline's time zone; with neither, the local time is kept without one rather than
 * guessed.
 */
export function toIso(local: LocalDate, dateline?: string): string {
  if (!local.time) return local.date;
  let offset = local.offset;
  if (!offset && dateline) {
    const zone = zoneForPlace(dateline);
    if (zone) offset = offsetAt(zone, local.date, local.time);
  }
  if (offset === 'Z') offset = '+00:00';
  return `${local.date}T${local.time}${offset ?? ''}`;
}

const BYLINE_START = /^(?:by|written by|words by)\s+/i;
const DATE_LABEL = /^(?:updated|published|posted|last updated|first published|modified)\s*:?\s*/i;

/** True for a line shaped like a byline: "By NAME", optionally with place, outlet and date. */
export function isBylineLine(line: string): boolean {
  return BYLINE_START.test(line) && line.length <= 200 && !/[.!?]["\u201d]?$/.test(line.replace(/\d{1,2}:\d{2}$/, ''));
}

/** Splits a byline line into author, dateline, publisher and date. */
export function parseByline(line: string): Byline {
  const result: Byline = {};
  const parts = line.split(/\s+[|\u00b7\u2022]\s+|\s*\|\s*/).map((p) => p.trim()).filter(Boolean);
  for (const part of parts) {
    if (BYLINE_START.test(part) && result.byline === undefined) {
      const rest = part.replace(BYLINE_START, '');
      const m = /^(.+?)\s+in\s+(.+)$/i.exec(rest);
      const [name, place] = m ? [m[1]!, m[2]!] : (rest.split(/,\s+/) as [string, string?]);
      result.byline = name.trim();
      if (place) result.dateline = place.trim();
      continue;
    }
    const date = parseDate(part.replace(DATE_LABEL, ''));
    if (date) {
      result.date ??= date;
      continue;
    }
    if (result.publisher === undefined && /\p{L}/u.test(part) && part.split(/\s+/).length <= 6) result.publisher = part;
  }
  return result;
}

/** Flat `key: value` YAML front matter at the top of a Markdown file. */
export function parseFrontMatter(content: string): { fields: Record<string, string>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(content);
  if (!m) return { fields: {}, body: content };
  const fields: Record<string, string> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    let value = kv[2]!.trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) {
      value = value.slice(1, -1).replace(/\\(["\\])/g, '$1');
    } else if (value.startsWith("'") && value.endsWith("'") && value.length >= 2) {
      value = value.slice(1, -1).replace(/''/g, "'");
    }
    fields[kv[1]!.toLowerCase()] = value;
  }
  return { fields, body: content.slice(m[0].length) };
}
