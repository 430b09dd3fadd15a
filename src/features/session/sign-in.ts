import Taro from '@tarojs/taro';
import { ROUTES, withQuery } from '@/lib/routes';
import { ApiError } from '@/services/http';
import { wechatLogin } from './api';
import { useSession } from './store';
import type { Session } from './types';

let leaving = false;

/** Opens the sign-in page once, however many callers ask at the same moment. */
export function goToLogin(): void {
  if (leaving) return;
  leaving = true;
  const done = () => {
    leaving = false;
  };
  Taro.reLaunch({ url: ROUTES.login }).then(done, done);
}

/** Forgets the session on this device and returns to the sign-in page. */
export function leaveSession(): void {
  useSession.getState().signOut();
  goToLogin();
}

/** Keeps the session and opens 首页; every sign-in path ends here. */
export function completeSignIn(session: Session): void {
  useSession.getState().signIn(session);
  void Taro.switchTab({ url: ROUTES.home });
}

/**
 * WeChat login: a bound WeChat user is signed in at once, an unbound one goes
 * to the bind page with the short-lived ticket the server gave for this code.
 */
export async function signInWithWechat(): Promise<void> {
  let code: string;
  try {
    code = (await Taro.login()).code;
  } catch {
    throw new ApiError('network', 0, 'WX_LOGIN', '微信登录失败，请稍后重试');
  }
  const result = await wechatLogin(code);
  if (result.status === 'bound') {
    completeSignIn(result);
  } else {
    await Taro.navigateTo({ url: withQuery(ROUTES.bind, { ticket: result.ticket }) });
  }
}
