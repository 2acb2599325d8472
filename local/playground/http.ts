/** Small helpers over `node:http`: JSON bodies and replies, and the local-only request checks. */
import type { IncomingMessage, ServerResponse } from 'node:http';

const MAX_BODY = 5 * 1024 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** Reads a JSON body. Only `application/json` is accepted: other sites cannot send it without a CORS preflight. */
export async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
    throw new HttpError(415, 'Cần Content-Type: application/json.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'Yêu cầu quá lớn.');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    throw new HttpError(400, 'Nội dung không phải JSON hợp lệ.');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'Cần một đối tượng JSON.');
  return body as Record<string, unknown>;
}

/**
 * Only requests addressed to this machine by name (guards against DNS rebinding); with `lan`, also by one of its
 * own network addresses (a phone on the same network, `npm start -- --lan`), never by another name.
 */
export function hostAllowed(req: IncomingMessage, port: number, lan: readonly string[] = []): boolean {
  const host = (req.headers.host ?? '').toLowerCase();
  return (
    host === `127.0.0.1:${port}` ||
    host === `localhost:${port}` ||
    host === `[::1]:${port}` ||
    lan.some((ip) => host === `${ip}:${port}`)
  );
}
