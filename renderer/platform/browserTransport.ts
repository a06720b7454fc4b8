// Browser (the test harness): POST /api/<channel> on the same origin, JSON that keeps bytes
// intact (wireJson), authenticated by the token the harness put in the URL. Pushes come as
// server-sent events from GET /events (EventSource reconnects by itself).
import type { Channel } from '../../electron/contract/ipc/channelNames';
import type { Result } from '../../electron/contract/errors';
import { fromWireJson, toWireJson } from '../../electron/contract/ipc/wireJson';
import type { Push } from '../../electron/contract/ipc/push';
import type { CallOptions, Transport } from './transport';

function failure(detail: string): Result<unknown> {
  return { ok: false, error: { code: 'internal', params: { detail } } };
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

export function createBrowserTransport(token: string): Transport {
  return {
    async invoke(channel: Channel, request: unknown, options?: CallOptions) {
      let response: Response;
      try {
        response = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Soan-Token': token },
          body: toWireJson(request),
          keepalive: options?.keepalive === true,
        });
      } catch {
        return failure('the local server did not answer');
      }
      const text = await response.text();
      let parsed: unknown;
      try {
        parsed = fromWireJson(text);
      } catch {
        return failure(`HTTP ${response.status}`);
      }
      return isResult(parsed) ? parsed : failure(`HTTP ${response.status}`);
    },
    mediaUrl: (articleId, file) =>
      `/media/${encodeURIComponent(articleId)}/${encodeURIComponent(file)}?token=${encodeURIComponent(token)}`,
    onPush(listener) {
      const events = new EventSource(`/events?token=${encodeURIComponent(token)}`);
      events.onmessage = (event: MessageEvent<string>) => {
        try {
          listener(fromWireJson(event.data) as Push);
        } catch {
          // a message that does not parse is dropped; the next one stands on its own
        }
      };
      return () => events.close();
    },
  };
}
