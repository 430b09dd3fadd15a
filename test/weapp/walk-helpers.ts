import type { createWeChat } from './fake-wx';

export type WeChat = ReturnType<typeof createWeChat>;

/** The API as a test fixture: sign-in and bind through the same WeChat login the app uses. */
export function apiClient(origin: string, headers: Record<string, string> = {}) {
  async function api<T>(method: string, url: string, token?: string, body?: unknown): Promise<T> {
    const res = await fetch(`${origin}${url}`, {
      method,
      headers: {
        ...headers,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }
  /** A demo member's token: their phone's last four digits are their staff number's. */
  async function signIn(code: string, name: string, staffNo: string): Promise<string> {
    const login = await api<{ status: string; ticket?: string; token?: string }>(
      'POST',
      '/api/auth/wechat',
      undefined,
      { code },
    );
    if (login.token) return login.token;
    const bound = await api<{ token: string }>('POST', '/api/auth/bind', undefined, {
      ticket: login.ticket,
      name,
      staffNo,
      phoneLast4: staffNo.slice(-4),
    });
    return bound.token;
  }
  return { api, signIn };
}

/** Waits until the current page shows something matching, or fails with what it shows instead. */
export async function until(w: WeChat, check: () => boolean, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  await w.settle();
  while (!check()) {
    if (Date.now() > deadline)
      throw new Error(
        `waited for ${what} on ${w.current().route}; it shows:\n${w.text()}\ntoasts: ${w.toasts.join(' / ')}\nrequests: ${w.requests.join(' ')}\nfailures: ${w.failures.join('\n')}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const shows = (w: WeChat, text: string) => until(w, () => w.text().includes(text), `「${text}」`);
export const onPage = (w: WeChat, route: string) => until(w, () => w.current()?.route === route, `page ${route}`);

/** Signs in by tapping 微信一键登录 and, the first time, filling in the bind form. */
export async function signInThroughTheApp(w: WeChat, member: { name: string; staffNo: string }) {
  await shows(w, '微信一键登录');
  w.tap('微信一键登录');
  await onPage(w, 'pages/bind/index');
  await shows(w, '核对会员信息');
  w.input('与工会花名册一致', member.name);
  w.input('学校工号', member.staffNo);
  w.input('花名册登记的手机号', member.staffNo.slice(-4));
  await w.settle();
  w.tap('确认绑定');
  await onPage(w, 'pages/home/index');
}
