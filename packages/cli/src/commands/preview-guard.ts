/** Most live-reload event streams the preview server keeps open at once. */
export const MAX_EVENT_STREAMS = 16;

/** Why the preview server refuses a request, as an HTTP status and a short reason. */
export interface Refusal {
  readonly status: 403 | 405 | 503;
  readonly reason: string;
}

/**
 * The preview server talks only to the local user: requests whose Host header is not
 * localhost, 127.0.0.1 or [::1] with our port are refused (a page on another site that
 * re-points its own name at 127.0.0.1, "DNS rebinding", sends its own name), only GET and
 * HEAD are answered, and event streams past {@link MAX_EVENT_STREAMS} are turned away.
 */
export function previewRefusal(
  request: { method?: string | undefined; host?: string | undefined; url?: string | undefined },
  port: number,
  openStreams: number,
): Refusal | undefined {
  const allowed = [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`];
  if (!allowed.includes((request.host ?? '').toLowerCase()))
    return { status: 403, reason: 'only http://127.0.0.1 or http://localhost on this port' };
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return { status: 405, reason: 'only GET and HEAD' };
  if (request.url === '/events' && openStreams >= MAX_EVENT_STREAMS)
    return { status: 503, reason: 'too many live previews open' };
  return undefined;
}
