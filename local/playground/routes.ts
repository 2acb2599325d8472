/** The playground's URLs (see protocol.ts). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Assets } from './assets';
import { injectShim } from './assets';
import { HttpError, readJson, send, sendJson } from './http';
import type { RunReply } from './protocol';
import { messageOf, type Session } from './session';
import { PAGE_ROWS, SheetNotFound, sheetSlice } from './sheetView';
import { documentToJson } from '../emulator/document';
import { documentPage } from './docPreview';
import { EditRefused, parseEditRequest } from './edit';
import { isPhoneIdentity, PHONE_FRAME_JS, phoneEmail, phoneFramePage, runAs } from './phone';

const HTML = 'text/html; charset=utf-8';
/** The workbook view runs only its own script: sheet text can never become code there. */
const MAIN_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; " +
  "object-src 'none'; base-uri 'none'";
/** The Doc preview: its own script only; inline styles carry the document's attributes (text is escaped). */
const DOC_CSP =
  "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src data:; object-src 'none'; base-uri 'none'";

export async function route(
  req: IncomingMessage,
  res: ServerResponse,
  session: Session,
  assets: Assets,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const p = url.pathname;
  const method = req.method ?? 'GET';
  const get = method === 'GET' || method === 'HEAD';

  if (get && p === '/') return send(res, 200, HTML, assets.html, { 'Content-Security-Policy': MAIN_CSP });
  if (get && p === '/app.js') return send(res, 200, 'text/javascript; charset=utf-8', assets.js);
  if (get && p === '/app.css') return send(res, 200, 'text/css; charset=utf-8', assets.css);
  if (get && p === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
  if (get && p === '/preview.js') return send(res, 200, 'text/javascript; charset=utf-8', assets.preview);

  const docMatch = /^\/doc\/([\w-]+)$/.exec(p);
  if (get && docMatch) {
    const doc = session.env.docs.get(docMatch[1]);
    if (!doc)
      throw new HttpError(
        404,
        'Không có văn bản này (sân thử chỉ giữ văn bản trong bộ nhớ cho đến khi tắt hoặc nạp lại dữ liệu).',
      );
    return send(res, 200, HTML, documentPage(documentToJson(doc)), { 'Content-Security-Policy': DOC_CSP });
  }

  const pageMatch = /^\/page\/(\d+)$/.exec(p);
  if (get && pageMatch) {
    const id = Number(pageMatch[1]);
    const page = session.page(id);
    if (!page) throw new HttpError(404, 'Trang này không còn (đã đóng hoặc đã nạp lại dữ liệu).');
    return send(res, 200, HTML, injectShim(page.html, assets.shim, id));
  }

  // The phone web app (SPEC §7.1): the frame, and what doGet serves the chosen identity.
  if (get && (p === '/m' || p === '/m/')) return send(res, 200, HTML, phoneFramePage());
  if (get && p === '/m/frame.js') return send(res, 200, 'text/javascript; charset=utf-8', PHONE_FRAME_JS);
  if (get && p === '/m/app') {
    const as = url.searchParams.get('as') ?? 'member';
    if (!isPhoneIdentity(as)) throw new HttpError(400, `Không có người dùng thử "${as}".`);
    const html = session.runPhone(phoneEmail(session.env, as));
    return send(
      res,
      200,
      HTML,
      injectShim(html, assets.shim, 0).replace('data-playground-page="0"', `$& data-as="${as}"`),
    );
  }

  if (get && p === '/api/workbook') return sendJson(res, 200, session.info());
  if (get && p === '/api/events')
    return sendJson(res, 200, session.eventsAfter(Number(url.searchParams.get('after')) || 0));
  if (get && p === '/api/sheet') {
    const name = url.searchParams.get('name') ?? '';
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? PAGE_ROWS);
    try {
      const ss = session.env.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
      return sendJson(res, 200, sheetSlice(ss, name, offset, limit, session.rev));
    } catch (e) {
      if (e instanceof SheetNotFound) throw new HttpError(404, e.message);
      throw e;
    }
  }

  if (method === 'POST' && p === '/api/menu') {
    const body = await readJson(req);
    if (typeof body.fn !== 'string') throw new HttpError(400, 'Thiếu tên hàm (fn).');
    return sendJson(res, 200, session.runMenu(body.fn));
  }
  if (method === 'POST' && p === '/api/run') {
    const body = await readJson(req);
    const fn = body.fn;
    if (typeof fn !== 'string') throw new HttpError(400, 'Thiếu tên hàm (fn).');
    const args = Array.isArray(body.args) ? body.args : [];
    let reply: RunReply;
    try {
      const as = url.searchParams.get('as');
      const value = isPhoneIdentity(as)
        ? runAs(session.env, phoneEmail(session.env, as), () => session.runScript(fn, args))
        : session.runScript(fn, args);
      reply = value === undefined ? { ok: true } : { ok: true, value };
    } catch (e) {
      reply = { ok: false, error: messageOf(e) };
    }
    return sendJson(res, 200, reply);
  }
  if (method === 'POST' && p === '/api/edit') {
    const body = await readJson(req);
    try {
      return sendJson(res, 200, session.edit(parseEditRequest(body)));
    } catch (e) {
      if (e instanceof EditRefused) throw new HttpError(400, e.message);
      throw e;
    }
  }
  if (method === 'POST' && p === '/api/spreadsheet') {
    const body = await readJson(req);
    if (typeof body.id !== 'string') throw new HttpError(400, 'Thiếu mã bảng tính (id).');
    return sendJson(res, 200, session.openSpreadsheet(body.id));
  }
  if (method === 'POST' && p === '/api/reset') {
    const body = await readJson(req);
    return sendJson(res, 200, session.reset(body.empty === true ? 'empty' : 'sample'));
  }

  throw new HttpError(p.startsWith('/api/') && !get && method !== 'POST' ? 405 : 404, `Không có ${method} ${p}.`);
}
