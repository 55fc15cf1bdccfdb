import { ChatOpenAI } from '@langchain/openai';
import type { Config } from '../config.ts';
import type { ChatWriter } from './write-with-model.ts';

/**
 * The chat model the configuration names, through @langchain/openai: OpenAI itself or
 * any server that speaks its API (Ollama, vLLM, llama.cpp) at OPENAI_BASE_URL. Undefined
 * when neither OPENAI_BASE_URL nor OPENAI_API_KEY is set: answers stay extractive.
 */
export function createChatWriter(config: Pick<Config, 'openai' | 'chat'>, log?: ChatWriter['log']): ChatWriter | undefined {
  const { apiKey, baseURL } = config.openai;
  if (!apiKey && !baseURL) return undefined;
  const model = new ChatOpenAI({
    model: config.chat.model,
    // A local server needs no key, but the client insists on one.
    apiKey: apiKey ?? 'not-needed',
    ...(baseURL ? { configuration: { baseURL } } : {}),
    temperature: 0,
    timeout: config.chat.timeoutMs,
    // Retries are ours (retry.ts), which wait as long as the server's retry-after asks.
    maxRetries: 0,
  });
  return { model, maxPromptChars: config.chat.maxPromptChars, retries: 2, ...(log ? { log } : {}) };
}
