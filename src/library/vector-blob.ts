/** A vector as a SQLite BLOB of float32s, as passages and quotes store them. */
export function toBlob(vector: readonly number[]): Buffer {
  const floats = Float32Array.from(vector);
  return Buffer.from(floats.buffer, floats.byteOffset, floats.byteLength);
}

export function fromBlob(blob: Buffer): Float32Array {
  // Copy: the Buffer may sit at an offset in a shared pool that is not 4-byte aligned.
  return new Float32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));
}
