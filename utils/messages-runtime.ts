/**
 * The extension-API side of messages.ts: sending a typed message from an extension page, and this
 * extension's identity for the background's sender check. Kept apart so that importing the message
 * types (the content script does) does not bundle the webextension-polyfill.
 */
import {
  isRecord,
  MessageError,
  type ExtensionIdentity,
  type MessageEnvelope,
  type RequestMessage,
  type ResponseOf,
} from './messages';

export function currentExtension(): ExtensionIdentity {
  return { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
}

/** Send a message to the background; resolves to the response data or rejects with MessageError. */
export async function sendMessage<M extends RequestMessage>(
  message: M,
): Promise<ResponseOf<M['type']>> {
  const envelope: unknown = await browser.runtime.sendMessage(message);
  if (!isRecord(envelope) || typeof envelope.ok !== 'boolean') {
    throw new MessageError('no-response', 'The background did not answer.');
  }
  const typed = envelope as MessageEnvelope<ResponseOf<M['type']>>;
  if (!typed.ok) throw new MessageError(typed.error.code, typed.error.message);
  return typed.data;
}
