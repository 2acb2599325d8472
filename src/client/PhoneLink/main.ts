/**
 * "Liên kết nhập trên điện thoại": the phone web app's address (`ScriptApp.getService().getUrl()`, SPEC §7.1) and
 * its QR code (qr.ts), to copy into a chat group or print; before the script is deployed as a web app, how to
 * deploy it.
 */
import './style.css';
import { $, h } from '../shared/dom';
import { boot } from '../shared/run';
import { t } from '../../domain/i18n';
import type { PhoneLink } from '../../domain/wire';
import { qrSvg } from './qr';

const data = boot<PhoneLink>();
const app = $('#app');
if (!data.url) {
  app.replaceChildren(
    h('p', { class: 'warning', role: 'note', 'data-role': 'not-deployed' }, t('phoneLink.notDeployed')),
  );
} else {
  const address = h('input', { type: 'text', readonly: true, value: data.url, 'data-role': 'url', class: 'url' });
  const copy = h('button', { type: 'button', class: 'primary' }, t('phoneLink.copy'));
  const done = h('span', { class: 'muted', role: 'status' });
  copy.addEventListener('click', () => {
    address.select();
    const ok = () => (done.textContent = t('phoneLink.copied'));
    navigator.clipboard?.writeText(data.url).then(ok, () => document.execCommand('copy') && ok()) ??
      (document.execCommand('copy') && ok());
  });
  const print = h('button', { type: 'button' }, t('phoneLink.print'));
  print.addEventListener('click', () => window.print());
  app.replaceChildren(
    h('p', {}, t('phoneLink.intro')),
    h('figure', { class: 'qr', 'data-role': 'qr' }, qrSvg(data.url, 240, t('phoneLink.qrLabel'))),
    address,
    h('p', {}, copy, ' ', print, ' ', done),
    h('p', { class: 'muted' }, t('phoneLink.who')),
  );
}
document.body.dataset.ready = 'true';
