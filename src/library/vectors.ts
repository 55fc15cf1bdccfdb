import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import hnswlib from 'hnswlib-node';
import type { Docstore } from './docstore.ts';

const { HierarchicalNSW } = hnswlib;

// hnswlib's recommended defaults for recall ≥ 0.95 at this size (M 16, efConstruction
// 200); ef at query time 100 instead of LangChain's 10, which misses neighbours once a
// library holds a few thousand passages.
const M = 16;
const EF_CONSTRUCTION = 200;
const EF_SEARCH = 100;
const INITIAL_CAPACITY = 1024;

// Replaying a change costs one SQLite read and one HNSW insert; writing the file costs
// all of them. These keep replay on open well under the time of a rebuild.
const SAVE_MIN_CHANGES = 64;
const SAVE_FRACTION = 0.1;

const INDEX_FILE = 'vectors.hnsw';
const STATE_FILE = 'vectors.json';

interface SavedState {
  /** The last vector_log entry the saved file includes. */
  seq: number;
  dimensions: number;
}

export type Neighbour = [label: number, similarity: number];

/**
 * The HNSW index over a library's passage vectors. A cache: SQLite holds every vector,
 * so this is loaded from its file, caught up from SQLite's change log, and rebuilt
 * whenever the file is missing, damaged or does not match.
 */
export class VectorIndex {
  private index: InstanceType<typeof HierarchicalNSW>;
  private appliedSeq = 0;
  private alive = 0;
  /** Vector changes applied since the file was last written (or since a rebuild). */
  private unsavedChanges = 0;

  private constructor(
    private readonly dir: string,
    private readonly dimensions: number,
  ) {
    this.index = new HierarchicalNSW('cosine', dimensions);
  }

  /** Loads the saved index (or rebuilds it) and replays what SQLite has that it lacks. */
  static open(dir: string, docstore: Docstore, dimensions: number): VectorIndex {
    const vectors = new VectorIndex(dir, dimensions);
    if (!vectors.loadSaved(docstore)) vectors.rebuild(docstore);
    vectors.catchUp(docstore);
    return vectors;
  }

  get size(): number {
    return this.alive;
  }

  /**
   * True when enough has changed since the file was written that replaying the log on
   * every open costs more than writing the file once: at least 64 changes and a tenth of
   * the index. Below that, a write leaves the file alone and readers replay the log, so
   * adding one article never rewrites the whole index.
   */
  get saveDue(): boolean {
    return this.unsavedChanges >= Math.max(SAVE_MIN_CHANGES, this.alive * SAVE_FRACTION);
  }

  private loadSaved(docstore: Docstore): boolean {
    const indexPath = join(this.dir, INDEX_FILE);
    const statePath = join(this.dir, STATE_FILE);
    if (!existsSync(indexPath) || !existsSync(statePath)) return false;
    try {
      const state = JSON.parse(readFileSync(statePath, 'utf8')) as SavedState;
      // A file from "the future" means SQLite was replaced under it: trust SQLite.
      if (state.dimensions !== this.dimensions || state.seq > docstore.lastChange()) return false;
      this.index.readIndexSync(indexPath, true);
      this.index.setEf(EF_SEARCH);
      this.appliedSeq = state.seq;
      this.alive = docstore.countVectors();
      return true;
    } catch {
      this.index = new HierarchicalNSW('cosine', this.dimensions);
      return false;
    }
  }

  private rebuild(docstore: Docstore): void {
    const count = docstore.countVectors();
    this.index = new HierarchicalNSW('cosine', this.dimensions);
    this.index.initIndex({ maxElements: Math.max(INITIAL_CAPACITY, count * 2), m: M, efConstruction: EF_CONSTRUCTION, allowReplaceDeleted: true });
    this.index.setEf(EF_SEARCH);
    // Read the log position first: changes that land while we copy are replayed after.
    this.appliedSeq = docstore.lastChange();
    this.alive = 0;
    for (const [label, vector] of docstore.allVectors()) {
      this.index.addPoint(Array.from(vector), label);
      this.alive++;
    }
    this.unsavedChanges = this.alive;
  }

  /** Applies every vector change committed to SQLite since this index last looked. */
  catchUp(docstore: Docstore): void {
    if (docstore.lastChange() === this.appliedSeq) return;
    for (const change of docstore.changesSince(this.appliedSeq)) {
      if (change.op === 'add') {
        const vector = docstore.vector(change.label);
        if (vector) this.add(change.label, vector);
      } else {
        this.remove(change.label);
      }
      this.appliedSeq = change.seq;
    }
    // SQLite is the truth, and after the replay the index holds exactly its vectors.
    this.alive = docstore.countVectors();
  }

  private add(label: number, vector: Float32Array): void {
    // Labels are never reused and passages never change, so a label already present is a
    // replay (the index file was saved but its state file was not): nothing to do.
    if (this.has(label)) return;
    if (this.index.getCurrentCount() >= this.index.getMaxElements()) {
      this.index.resizeIndex(this.index.getMaxElements() * 2);
    }
    this.index.addPoint(Array.from(vector), label, true);
    this.unsavedChanges++;
  }

  private has(label: number): boolean {
    try {
      this.index.getPoint(label);
      return true;
    } catch {
      return false; // hnswlib throws for a label that is absent or deleted
    }
  }

  private remove(label: number): void {
    try {
      this.index.markDelete(label);
      this.unsavedChanges++;
    } catch {
      // Already gone: a replayed delete, or an add whose vector was deleted before we saw it.
    }
  }

  /** The `k` nearest passages to `query` (among `allowed` labels, if given), as [label, cosine similarity], best first. */
  search(query: readonly number[], k: number, allowed?: ReadonlySet<number>): Neighbour[] {
    const n = Math.min(k, this.alive, allowed?.size ?? Infinity);
    if (n <= 0) return [];
    this.index.setEf(Math.max(EF_SEARCH, n));
    const { neighbors, distances } = allowed
      ? this.index.searchKnn([...query], n, (label) => allowed.has(label))
      : this.index.searchKnn([...query], n);
    return neighbors.map((label, i) => [label, 1 - distances[i]!]);
  }

  /**
   * Writes the index beside the database. Each file is written to a temporary name and
   * renamed, so a crash leaves the old file or the new one, never half of one.
   */
  save(): void {
    const indexPath = join(this.dir, INDEX_FILE);
    const statePath = join(this.dir, STATE_FILE);
    const state: SavedState = { seq: this.appliedSeq, dimensions: this.dimensions };
    this.index.writeIndexSync(`${indexPath}.tmp`);
    writeFileSync(`${statePath}.tmp`, JSON.stringify(state));
    // Index before state: an index newer than its state is mended by replaying the log
    // (replay is idempotent), while a state newer than its index would skip changes.
    renameSync(`${indexPath}.tmp`, indexPath);
    renameSync(`${statePath}.tmp`, statePath);
    this.unsavedChanges = 0;
  }

  /** Deletes the saved files, e.g. when SQLite was rebuilt. */
  static discard(dir: string): void {
    rmSync(join(dir, INDEX_FILE), { force: true });
    rmSync(join(dir, STATE_FILE), { force: true });
  }
}
