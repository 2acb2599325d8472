/**
 * The shape every save API shares:
 *   1. the input's shape is checked (no service call): errors → `{ ok: false, errors }`;
 *   2. a request id already answered (document cache) returns its first data;
 *   3. under the document lock (busy → "Bảng tính đang bận, vui lòng thử lại", released in
 *      `finally`) the body reads each sheet it needs once, looks for its request id in the
 *      sheet it writes, validates against fresh data, and only then writes.
 */
import type * as z from 'zod/mini';
import { errorsOf, type FieldError } from '../../domain/inputs';
import type { ApiResult } from '../../domain/wire';
import { withDocumentLock } from '../lock';
import { recall, remember } from './requests';
import { SaveSession } from './session';

export function invalid(error: z.core.$ZodError): { ok: false; errors: FieldError[] } {
  return { ok: false, errors: errorsOf(error) };
}

export function runSave<I extends { requestId: string }, D>(
  api: string,
  shape: z.ZodMiniType<I>,
  input: unknown,
  body: (s: SaveSession, input: I) => ApiResult<D>,
): ApiResult<D> {
  const parsed = shape.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const known = recall<D>(api, parsed.data.requestId);
  if (known !== undefined) return { ok: true, data: known };
  const step = withDocumentLock(() => body(new SaveSession(), parsed.data));
  if (step.ok) remember(api, parsed.data.requestId, step.data);
  return step;
}
