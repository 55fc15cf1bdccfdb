/** A [start, end) range of UTF-16 indices into an article's text, with the text it covers. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** Who said it: where the text names them, and who that is. */
export interface Speaker {
  /** The fullest name the article gives this person ("Woo Su-keun"), or the mention itself for an unnamed source ("One user"). */
  name: string;
  /** The words that point at the speaker here: "Woo", "he", "the professor", "One user". */
  mention: TextSpan;
  /** What the article says the speaker is ("a professor of Chinese foreign policy at Kyung Hee University"). */
  description?: string;
  /** A named person or organisation; a group ("experts", "Neighbors"); or a source the text leaves unnamed ("One user"). */
  kind?: 'person' | 'organisation' | 'group' | 'unnamed';
}

/**
 * An attribution: words (quoted or reported) and who they are attributed to.
 * `text.slice(start, end)` covers every fragment; a quote interrupted by its cue
 * ("…," he said. "…") has one fragment per quoted part.
 */
export interface Quote {
  start: number;
  end: number;
  text: string;
  fragments?: Array<[start: number, end: number]>;
  /** direct: wholly inside quote marks; mixed: partly quoted; indirect: reported speech. */
  kind: 'direct' | 'indirect' | 'mixed';
  cue?: TextSpan;
  speaker?: Speaker;
}
