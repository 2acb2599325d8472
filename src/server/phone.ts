/**
 * The phone web app (SPEC §7.1): `doGet` serves the page `Phone` to the members listed by email in `Thành viên`
 * and to the spreadsheet's owner and editors, a Vietnamese refusal with nothing of the workbook to anyone else.
 * The page saves through `apiPhoneSave*`, which check the caller (a member saves for their own team only) and then
 * call the sidebars' save functions unchanged. `menuPhoneLink` shows the web app's address.
 */
import { noneSigned } from '../domain/signedSummary';
import { t } from '../domain/i18n';
import type { PatrolInput, RecordInput } from '../domain/inputs';
import { isActiveMember, type Member, type Team } from '../domain/records';
import type {
  ActivitySaved,
  ApiResult,
  PatrolSaved,
  PhoneBoot,
  PhoneLink,
  PhoneUser,
  RecordSaved,
} from '../domain/wire';
import { apiBootstrap } from './api';
import { thrownMessage, userMessage } from '../domain/userError';
import { asUserError } from './guard';
import { gas, sheetClock } from './gas';
import { inlineJson, openPage } from './pages';
import { readLists, readSheet } from './repo';
import { apiSaveActivity } from './save/activity';
import { apiSavePatrol } from './save/patrol';
import { apiSaveRecord } from './save/records';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const lower = (s: unknown) => (typeof s === 'string' ? s.trim().toLowerCase() : '');

/**
 * Who the caller is for the phone page: a listed (active) member, an owner or editor of the spreadsheet, or
 * nobody (`null`). Calls: the email, one read of `Thành viên`; for a caller who is not a member, `getOwner` and
 * `getEditors`. A fault of Apps Script is thrown, not taken for a refusal (`doGet` shows a refusal for a
 * permission fault: a spreadsheet the caller may not open).
 */
export function phoneUser(ss?: Spreadsheet): PhoneUser | null {
  const email = lower(gas.userEmail());
  if (email === '') return null;
  const book = ss ?? gas.spreadsheet();
  if (!book) return null;
  const found = membersOf(book, email);
  const [member] = found;
  if (found.length === 1)
    return { kind: 'member', email, memberId: member.id, name: member.name, teamId: member.teamId || '' };
  const owner = book.getOwner();
  if (owner && lower(owner.getEmail()) === email) return { kind: 'editor', email };
  if (book.getEditors().some((u) => lower(u.getEmail()) === email)) return { kind: 'editor', email };
  // One address on several active members (typed so by hand): which team is the caller's is unknown.
  if (found.length > 1)
    throw new SharedEmail(
      email,
      found.map((m) => m.id),
    );
  return null;
}

/** An address that several active members of `Thành viên` have: the caller is none of them until it is mended. */
export class SharedEmail extends Error {
  constructor(email: string, ids: string[]) {
    super(t('phone.emailShared', { email, ids: ids.join(', ') }));
  }
}

/**
 * The active members whose `Email` is `email` (one, or none; several when typed so by hand); none also when
 * `Thành viên` cannot be used (no set-up yet, a column missing: the add-on's own message), so that the owner and
 * editors are still recognised.
 */
function membersOf(book: Spreadsheet, email: string): Member[] {
  try {
    const clock = sheetClock(book);
    const today = clock.today();
    const members = readSheet<Member>('members', { clock, lists: readLists(book) }, book).rows.map((r) => r.record);
    return members.filter((m) => lower(m.email) === email && isActiveMember(m, today));
  } catch (e) {
    if (userMessage(thrownMessage(e)).ours) return [];
    throw e;
  }
}

/** A fault of Apps Script saying the caller may not open the spreadsheet (or see its editors). */
const isPermissionFault = (e: unknown) => userMessage(thrownMessage(e)).message === t('error.permission');

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A page of one title and one sentence: the refusal (the caller's own address at most, nothing of the workbook). */
function messagePage(title: string, text: string, mark: string): GoogleAppsScript.HTML.HtmlOutput {
  const html =
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">' +
    '<style>body{font:18px/1.5 system-ui,sans-serif;margin:0;padding:24px 16px;color:#202124}' +
    `h1{font-size:22px}</style></head><body data-${mark}="true">` +
    `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></body></html>`;
  return gas
    .html()
    .createHtmlOutput(html)
    .setTitle(title)
    .addMetaTag('viewport', 'width=device-width, initial-scale=1');
}

function refusalPage(email: string): GoogleAppsScript.HTML.HtmlOutput {
  const text = email ? t('phone.refused', { email }) : t('phone.refusedNoEmail');
  return messagePage(t('phone.refusedTitle'), text, 'refused');
}

/**
 * The data the phone page opens with: the forms' data and the caller, without what the page does not use
 * (`signed`; of each household, its address, size, ethnicity and note): 10,000 households fit a slow link.
 */
export function phoneBoot(user: PhoneUser): PhoneBoot {
  const r = apiBootstrap();
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join(' '));
  const households = r.data.households.map(({ id, head, teamId, arrivedOn, leftOn }) => ({
    id,
    head,
    teamId,
    arrivedOn,
    leftOn,
  }));
  return { ...r.data, households, signed: noneSigned(), user };
}

/** The web app's entry (Apps Script calls it for a GET of the deployment's address). */
export function doGet(_e?: unknown): GoogleAppsScript.HTML.HtmlOutput {
  let user: PhoneUser | null;
  try {
    user = phoneUser();
  } catch (e) {
    if (isPermissionFault(e)) return refusalPage(lower(gas.userEmail()));
    if (e instanceof SharedEmail) return messagePage(t('phone.refusedTitle'), e.message, 'refused');
    return messagePage(t('phone.notReady'), asUserError('doGet', e).message, 'not-ready');
  }
  if (!user) return refusalPage(lower(gas.userEmail()));
  let boot: PhoneBoot;
  try {
    boot = phoneBoot(user);
  } catch (e) {
    // A workbook not set up (or a sheet removed): say so, in the add-on's words, to whoever may use it.
    return messagePage(t('phone.notReady'), asUserError('doGet', e).message, 'not-ready');
  }
  const template = gas.html().createTemplateFromFile('Phone');
  Object.assign(template, { boot: inlineJson(boot) });
  return template.evaluate().setTitle(t('phone.title')).addMetaTag('viewport', 'width=device-width, initial-scale=1');
}

const refused = <T>(): ApiResult<T> => ({ ok: false, errors: [{ field: '', message: t('phone.refusedCall') }] });

/** The caller of a phone save, or the answer refusing it (not listed; an address several members share). */
function phoneCaller<T>(): { user: PhoneUser } | { refusal: ApiResult<T> } {
  try {
    const user = phoneUser();
    return user ? { user } : { refusal: refused() };
  } catch (e) {
    if (e instanceof SharedEmail) return { refusal: { ok: false, errors: [{ field: '', message: e.message }] } };
    throw e;
  }
}

function teamName(teamId: string): string {
  const ss = gas.spreadsheet();
  const clock = sheetClock(ss);
  const team = readSheet<Team>('teams', { clock, lists: readLists(ss) }, ss).rows.find((r) => r.record.id === teamId);
  return team ? `${teamId} · ${team.record.name}` : teamId;
}

/** A member's save for another team: refused on the field `teamId`. */
function otherTeam<T>(user: PhoneUser, field = 'teamId'): ApiResult<T> {
  return { ok: false, errors: [{ field, message: t('phone.otherTeam', { team: teamName(user.teamId ?? '') }) }] };
}

const teamOf = (input: unknown): unknown =>
  input !== null && typeof input === 'object' ? (input as { teamId?: unknown }).teamId : undefined;

/** `apiSavePatrol` for the phone page: a member saves for their own team only. */
export function apiPhoneSavePatrol(input?: unknown): ApiResult<PatrolSaved> {
  const caller = phoneCaller<PatrolSaved>();
  if ('refusal' in caller) return caller.refusal;
  const { user } = caller;
  if (user.kind === 'member' && teamOf(input) !== user.teamId) return otherTeam(user);
  return apiSavePatrol(input);
}

/** `apiSaveActivity` for the phone page (events and sessions have no team: open to every allowed caller). */
export function apiPhoneSaveActivity(input?: unknown): ApiResult<ActivitySaved> {
  const caller = phoneCaller<ActivitySaved>();
  if ('refusal' in caller) return caller.refusal;
  return apiSaveActivity(input);
}

/**
 * `apiSaveRecord` for the phone page: the correction of a saved patrol (`sheet: 'patrols'` with an `id`). A member
 * corrects only a patrol of their own team, and cannot move it to another team.
 */
export function apiPhoneSaveRecord(input?: unknown): ApiResult<RecordSaved> {
  const caller = phoneCaller<RecordSaved>();
  if ('refusal' in caller) return caller.refusal;
  const { user } = caller;
  const x = (input !== null && typeof input === 'object' ? input : {}) as Partial<RecordInput>;
  if (x.sheet !== 'patrols' || typeof x.id !== 'string' || x.id.trim() === '')
    return { ok: false, errors: [{ field: 'sheet', message: t('phone.onlyPatrols') }] };
  if (user.kind === 'member') {
    const ss = gas.spreadsheet();
    const clock = sheetClock(ss);
    const row = readSheet<PatrolInput & { id: string }>('patrols', { clock, lists: readLists(ss) }, ss).rows.find(
      (r) => r.record.id === x.id?.trim(),
    );
    if (row && row.record.teamId !== user.teamId)
      return { ok: false, errors: [{ field: 'id', message: t('phone.otherTeamRecord', { id: row.record.id }) }] };
    const record = x.record as Record<string, unknown> | undefined;
    if (record && 'teamId' in record && record.teamId !== user.teamId) return otherTeam(user, 'record.teamId');
  }
  return apiSaveRecord(input);
}

/** "Liên kết nhập trên điện thoại": the web app's address, to send in a chat group or print. */
export function menuPhoneLink(): void {
  const data: PhoneLink = { url: gas.webAppUrl() };
  openPage('PhoneLink', { kind: 'dialog', title: t('menu.phoneLink'), width: 460, height: 540, data });
}
