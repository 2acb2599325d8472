/**
 * "Liên kết nhập trên điện thoại": the phone web app's address (`ScriptApp.getService().getUrl()`, SPEC §7.1), to
 * copy into a chat group or print; before the script is deployed as a web app, how to deploy it.
 */
import '../shared/base.css';
import { $, h } from '../shared/dom';
import { boot } from '../shared/run';
import { t } from '../../domain/i18n';
import type { PhoneLink } from '../../domain/wire';

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
  app.replaceChildren(
    h('p', {}, t('phoneLink.intro')),
    address,
    h('p', {}, copy, ' ', done),
    h('p', { class: 'muted' }, t('phoneLink.who')),
  );
}
document.body.dataset.ready = 'true';
