import Taro from '@tarojs/taro';
import { showError } from '../../src/components/toast';
import { ApiError } from '../../src/services/api-error';

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { showToast: jest.fn(() => Promise.resolve()) } }));

const shown = () => (Taro.showToast as jest.Mock).mock.calls.map(([options]) => (options as { title: string }).title);

describe('the failure toast', () => {
  beforeEach(() => (Taro.showToast as jest.Mock).mockClear());

  it('shows the server’s own Chinese message', () => {
    showError(new ApiError('business', 409, 'FULL', '该时段已约满'));
    expect(shown()).toEqual(['该时段已约满']);
  });

  it('shows a message already worded for the member as it is (useAction’s error, a check on the phone)', () => {
    showError('名册文件不能超过 10 MB');
    expect(shown()).toEqual(['名册文件不能超过 10 MB']);
  });

  it('says the request failed for anything else, never a stack or an English error', () => {
    showError(new TypeError('Cannot read properties of undefined'));
    expect(shown()).toEqual(['请求失败，请稍后再试']);
  });
});
