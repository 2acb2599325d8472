/**
 * The phone web app in the playground (SPEC §7.1): `/m` is a phone frame (360 × 640) on a desktop and the whole
 * screen on a narrow one, with a switch of who is signed in; `/m/app?as=<identity>` is what `doGet` serves that
 * person, the `google.script.run` shim injected, its calls run as the same person (`/api/run?as=`).
 */
import type { GasEnvironment } from '../emulator';

/** Who the page may be opened as: a team leader of the sample (listed by email), the owner, a stranger. */
export const PHONE_IDENTITIES = {
  member: 'totruong1@example.com',
  editor: '',
  stranger: 'nguoila@gmail.com',
} as const;
export type PhoneIdentity = keyof typeof PHONE_IDENTITIES;

export function isPhoneIdentity(s: string | null): s is PhoneIdentity {
  return s !== null && Object.hasOwn(PHONE_IDENTITIES, s);
}

/** The email of an identity: the editor is the spreadsheet's owner. */
export function phoneEmail(env: GasEnvironment, as: PhoneIdentity): string {
  if (as !== 'editor') return PHONE_IDENTITIES[as];
  return env.counter.quiet(() => env.spreadsheet.getOwner()?.getEmail() ?? env.ctx.user.email);
}

/** Runs `f` as `email`, then gives the workbook back to its user. */
export function runAs<T>(env: GasEnvironment, email: string, f: () => T): T {
  const before = env.ctx.user.email;
  env.setUser(email);
  try {
    return f();
  } finally {
    env.setUser(before);
  }
}

/** The `/m` page: the frame and the identity switch (its own script is inline-free: it reads the select). */
export function phoneFramePage(): string {
  const options = [
    ['member', 'Thành viên tổ T1 (totruong1@example.com)'],
    ['editor', 'Người sửa bảng tính (chủ bảng tính)'],
    ['stranger', 'Người lạ (nguoila@gmail.com)'],
  ]
    .map(([v, label]) => `<option value="${v}">${label}</option>`)
    .join('');
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Điện thoại — sân thử ANTT tự quản</title>
<style>
body{margin:0;font:14px/1.4 system-ui,sans-serif;background:#e8eaed;color:#202124}
.bar{display:flex;gap:8px;align-items:center;justify-content:center;padding:8px;flex-wrap:wrap}
.phone{width:360px;height:640px;margin:0 auto 24px;border:12px solid #202124;border-radius:28px;
  overflow:hidden;background:#fff;box-shadow:0 8px 24px rgba(0,0,0,.3)}
.phone iframe{width:100%;height:100%;border:0;display:block}
@media (max-width:600px){
  .bar{padding:4px;font-size:12px}
  .phone{width:100vw;height:calc(100vh - 40px);border:0;border-radius:0;margin:0;box-shadow:none}
}
</style></head><body>
<div class="bar"><label for="as">Đăng nhập là</label>
<select id="as">${options}</select></div>
<div class="phone"><iframe id="app" title="Nhập trên điện thoại" src="/m/app?as=member"></iframe></div>
<script src="/m/frame.js"></script>
</body></html>`;
}

export const PHONE_FRAME_JS = `(function(){var s=document.getElementById('as'),f=document.getElementById('app');
var q=new URLSearchParams(location.search).get('as');if(q){s.value=q;f.src='/m/app?as='+encodeURIComponent(q);}
s.addEventListener('change',function(){f.src='/m/app?as='+encodeURIComponent(s.value);});})();`;
