import type { ServedProject } from './serveProject';

/**
 * Calls one method of `loupe serve`'s API as the page does (session token header, JSON body)
 * and answers its result; a failure envelope throws with its message.
 */
export async function callApi<T = unknown>(
  server: ServedProject,
  method: string,
  request: object = {},
): Promise<T> {
  const token = new URL(server.url).searchParams.get('token') ?? '';
  const response = await fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-loupe-token': token },
    body: JSON.stringify(request),
  });
  const envelope = (await response.json()) as
    { ok: true; result: T } | { ok: false; error: { message: string } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.result;
}
