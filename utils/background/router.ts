/**
 * The background's single runtime.onMessage listener: sender check → payload check → typed
 * dispatch to one handler per message type. Anything else gets an error envelope.
 */
import type { Browser } from 'wxt/browser';
import { currentExtension } from '../messages-runtime';
import {
  isFromExtension,
  parseRequest,
  type ExtensionIdentity,
  type MessageEnvelope,
  type MessageProtocol,
  type MessageType,
} from '../messages';

export type MessageHandlers = {
  [K in MessageType]: (
    request: MessageProtocol[K]['request'],
    sender: Browser.runtime.MessageSender,
  ) => Promise<MessageProtocol[K]['response']>;
};

export type MessageListener = (
  message: unknown,
  sender: Browser.runtime.MessageSender,
) => Promise<MessageEnvelope<unknown>>;

export function createMessageListener(
  handlers: MessageHandlers,
  extension: () => ExtensionIdentity = currentExtension,
): MessageListener {
  return async (message, sender) => {
    if (!isFromExtension(sender, extension())) {
      return {
        ok: false,
        error: { code: 'forbidden', message: 'Messages are accepted from this extension only.' },
      };
    }
    const parsed = parseRequest(message);
    if (!parsed.ok) return { ok: false, error: { code: 'bad-request', message: parsed.reason } };
    const request = parsed.request;
    // Each handler receives exactly its own request type; the cast re-links the union member to
    // its handler, which TypeScript cannot do across a mapped type on its own.
    const handler = handlers[request.type] as (
      request: unknown,
      sender: Browser.runtime.MessageSender,
    ) => Promise<unknown>;
    try {
      return { ok: true, data: await handler(request, sender) };
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'handler-failed', message: text.slice(0, 500) } };
    }
  };
}
