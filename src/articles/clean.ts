import { isBylineLine, parseDate } from './metadata.ts';

/** What a scraped page is made of, once its lines are told apart. */
export interface CleanPage {
  title?: string;
  bylineLine?: string;
  dateLine?: string;
  captions: string[];
  paragraphs: string[];
}

export type BlockKind =
  | 'spam' // another script, or a comma-run of keywords
  | 'nav' // menus, breadcrumbs, share buttons, mixed-script link rows
  | 'legal' // copyright, licence and registration lines
  | 'byline'
  | 'date'
  | 'caption' // a photo caption with its credit
  | 'credit' // a pull-quote attribution line standing alone ("—Troy Roberts")
  | 'heading' // short and unpunctuated: a title or subheading
  | 'prose'; // a body paragraph

// A block "ends like a sentence" when its last visible character is a terminator,
// possibly followed by closing quotes or brackets.
const ENDS_SENTENCE = /[.!?\u2026:]["'\u201d\u2019)\]]*$/;
const BREADCRUMB = /^[^/>»›]{1,40}(?:\s[/>»›]\s[^/>»›]{1,40}){1,6}$/;
const LEGAL = /(?:^\s*(?:©|\(c\)|copyright\b))|all rights reserved|\b(?:licen[cs]e|registration|permit)\b[^.]{0,40}\b(?:no\.?|number|#)?\s*:?\s*\d{5,}/i;
// Footer links; only on short lines, since "terms of service" is also plain English.
const LEGAL_LINKS = /\b(?:terms of (?:use|service)|privacy policy|cookie policy)\b/i;
// Page furniture: menu words that start an unpunctuated line ("Share - WeChat",
// "BACK TO THE TOP"), and calls to action that no news sentence makes.
const MENU = /^(?:share|tweet|email|print|follow us|subscribe|sign (?:in|up)|log ?in|menu|search|home|top|back to (?:the )?top|most (?:viewed|read|popular|shared)|related|read more|advertisement|comments?|more from|trending)\b/i;
const CALL_TO_ACTION = /\b(?:sign up for (?:our|the) newsletter|subscribe to (?:our|the)|we use cookies|download (?:our|the) app|click here|follow us on)\b/i;
// A trailing all-caps "PHOTOGRAPHER/AGENCY" credit ("… on Sunday. DAI TIANFANG/XINHUA");
// case-sensitive on purpose: with the i flag \p{Lu} would match any letter.
const AGENCY_CREDIT = /\s\p{Lu}[\p{Lu}\s.'-]+\/\s?\p{Lu}[\p{Lu}\s.'-]+$/u;
const PHOTO_CREDIT = new RegExp(
  [
    String.raw`\((?:photo|image|picture|credit)s?\b[^)]*\)\.?$`, // "(Photo: Reuters)"
    String.raw`^(?:photo|image|picture|credit)s?(?:\s+by)?\s*:`, // "Image: Nicholas Moreau."
    String.raw`\b(?:photo|image|picture)\s*(?:by|:)\s*[^.]{2,60}\.?$`, // "… Photo by Jane Roe"
  ].join('|'),
  'iu',
);

function letters(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

function latinLetters(text: string): number {
  return (text.match(/\p{Script=Latin}/gu) ?? []).length;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A run of short comma-separated items with no sentence in it: keyword spam or tag lists. */
function isKeywordRun(text: string): boolean {
  const items = text.split(/\s*[,，、|]\s*/).filter(Boolean);
  if (items.length < 4 || ENDS_SENTENCE.test(text)) return false;
  const words = items.reduce((sum, item) => sum + wordCount(item), 0);
  return words / items.length <= 4 && !/\s(?:and|or)\s/i.test(items.at(-1) ?? '');
}

/** Classifies one block on its own; position is weighed later, in cleanBlocks. */
export function classifyBlock(block: string, latinPage: boolean): BlockKind {
  const text = block.trim();
  const total = letters(text);
  const foreign = latinPage ? total - latinLetters(text) : 0;
  const words = wordCount(text);
  if (total > 0 && foreign / total > 0.5) return 'spam';
  if (isKeywordRun(text)) return 'spam';
  if (LEGAL.test(text) || (words <= 12 && LEGAL_LINKS.test(text))) return 'legal';
  if (isBylineLine(text)) return 'byline';
  if (parseDate(text)) return 'date';
  if (/^(?:\u2014|\u2015|--)\s*\S/.test(text) && words <= 40) return 'credit';
  if (BREADCRUMB.test(text)) return 'nav';
  if (AGENCY_CREDIT.test(text) || PHOTO_CREDIT.test(text)) return 'caption';
  const sentence = ENDS_SENTENCE.test(text);
  if ((!sentence && words < 25 && MENU.test(text)) || (words < 40 && CALL_TO_ACTION.test(text))) return 'nav';
  if ((sentence && words >= 5) || words >= 20) return 'prose';
  // Short lines mixing scripts are language pickers and link rows ("Global Edition 中文 Français").
  if (foreign > 0) return 'nav';
  if (sentence && words >= 1 && /["\u201c\u201d]/.test(text)) return 'prose'; // a short quote paragraph: "No," he said.
  return 'heading';
}

function isTitleCandidate(block: string, kind: BlockKind): boolean {
  const words = wordCount(block);
  return kind === 'heading' && words >= 2 && words <= 25 && !/[.:]$/.test(block);
}

/**
 * Splits a page's blocks into title, byline, date, captions and body paragraphs. The
 * body runs from the first to the last prose block; what lies before it is the header
 * (title, byline, date, caption, navigation) and what follows is footer, dropped whole.
 * Inside the body, only prose is kept: subheadings, share rows, captions, stray
 * pull-quote credits and legal lines are not the article's text.
 */
export function cleanBlocks(blocks: readonly string[], options: { heading?: string } = {}): CleanPage {
  const all = blocks.join(' ');
  const latinPage = latinLetters(all) / Math.max(1, letters(all)) > 0.5;
  const kinds = blocks.map((b) => classifyBlock(b, latinPage));
  const proseAt = kinds.flatMap((k, i) => (k === 'prose' ? [i] : []));
  const page: CleanPage = { captions: [], paragraphs: [] };
  if (proseAt.length === 0) return page;
  const first = proseAt[0]!;
  const last = proseAt.at(-1)!;

  const header = kinds.slice(0, first);
  const bylineAt = header.indexOf('byline');
  if (bylineAt >= 0) page.bylineLine = blocks[bylineAt];
  const dateAt = kinds.findIndex((k, i) => k === 'date' && i < first + 2);
  if (dateAt >= 0) page.dateLine = blocks[dateAt];

  // The title is the heading nearest above the byline, or above the body when there is none.
  const titleSearchEnd = bylineAt >= 0 ? bylineAt : first;
  for (let i = titleSearchEnd - 1; i >= 0 && options.heading === undefined; i--) {
    if (isTitleCandidate(blocks[i]!, kinds[i]!)) {
      page.title = blocks[i]!.trim();
      break;
    }
  }
  if (options.heading !== undefined) page.title = options.heading;

  for (let i = 0; i <= last; i++) {
    const kind = kinds[i]!;
    if (kind === 'caption') page.captions.push(blocks[i]!.trim());
    else if (kind === 'prose' && i >= first) page.paragraphs.push(blocks[i]!.trim());
  }
  return page;
}
