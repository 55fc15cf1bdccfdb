import { describe, expect, it } from 'vitest';
import { untoldEvent } from '../../src/answer/story-told.ts';
import { libraryOf } from '../fixtures/small-library.ts';

describe('a death their articles never tell', () => {
  const libraryNow = libraryOf([
    { title: 'Parliament suspended', text: '"It is a scandal," said Tom Reed, after a week in which the floods left three dead.' },
    { title: 'Singer remembered', text: 'The singer died on Monday. "She was a friend," said Tom Reed.' },
  ]);
  const idOf = (title: string) => libraryNow().listArticles().find((a) => a.title === title)!.id;

  it("is untold by an article that counts others' dead: a toll is no one dying", () => {
    expect(untoldEvent(libraryNow(), 'the death of the queen', [idOf('Parliament suspended')])).toBe(true);
  });

  it('is told by an article where someone died', () => {
    expect(untoldEvent(libraryNow(), 'the death of the queen', [idOf('Singer remembered')])).toBe(false);
  });
});
