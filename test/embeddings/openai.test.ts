import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddings } from '../../src/embeddings/index.ts';
import { loadConfig } from '../../src/config.ts';
import { embeddingsContract } from './contract.ts';

const DIMENSIONS = 8;

/** A loopback server speaking OpenAI's /v1/embeddings: deterministic vectors from the text. */
function fakeOpenAI(): Promise<{ server: Server; url: string; requests: Array<{ auth?: string; body: { input: string[]; model: string } }> }> {
  const requests: Array<{ auth?: string; body: { input: string[]; model: string } }> = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/embeddings')) {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(raw) as { input: string | string[]; model: string; encoding_format?: string };
      const input = Array.isArray(body.input) ? body.input : [body.input];
      requests.push({ auth: req.headers.authorization, body: { input, model: body.model } });
      const data = input.map((text, index) => {
        const v = Array.from({ length: DIMENSIONS }, (_, d) => Math.sin((text.length + 1) * (d + 1)));
        const embedding = body.encoding_format === 'base64' ? Buffer.from(Float32Array.from(v).buffer).toString('base64') : v;
        return { object: 'embedding', index, embedding };
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ object: 'list', data, model: body.model, usage: { prompt_tokens: 1, total_tokens: 1 } }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, requests })),
  );
}

describe('the openai provider against a local OpenAI-compatible server', () => {
  let fake: Awaited<ReturnType<typeof fakeOpenAI>>;
  beforeAll(async () => {
    fake = await fakeOpenAI();
  });
  afterAll(() => fake.server.close());

  const make = () =>
    createEmbeddings(
      loadConfig({ CITEWIRE_EMBEDDINGS: 'openai', OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.url, CITEWIRE_OPENAI_EMBEDDING_MODEL: 'local-embedder' }, '/'),
    );

  embeddingsContract(make, { semantic: false });

  it('sends the key and the configured model, and learns the dimension from a probe', async () => {
    const model = make();
    expect(await model.describe()).toEqual({ id: 'openai/local-embedder', dimensions: DIMENSIONS });
    expect(fake.requests.at(-1)).toMatchObject({ auth: 'Bearer sk-test', body: { model: 'local-embedder' } });
  });

  it('is refused by config without an API key', () => {
    expect(() => loadConfig({ CITEWIRE_EMBEDDINGS: 'openai' }, '/')).toThrow('CITEWIRE_EMBEDDINGS=openai needs OPENAI_API_KEY');
  });
});
