import Taro from '@tarojs/taro';
import { errorMessage } from '../services/http';

// WeChat's toast shows at most about 14 Chinese characters with an icon, and
// two lines without one, so messages always go out with icon 'none'.
// A string is a message already worded for the member (useAction's `error`, a check on the phone):
// shown as it is, not replaced by the generic 请求失败.
export function showError(err: unknown): void {
  const title = typeof err === 'string' ? err : errorMessage(err);
  void Taro.showToast({ title, icon: 'none', duration: 2500 });
}

export function showSuccess(title: string): void {
  void Taro.showToast({ title, icon: 'success', duration: 1500 });
}

export function showInfo(title: string): void {
  void Taro.showToast({ title, icon: 'none', duration: 2000 });
}
