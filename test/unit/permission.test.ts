import Taro from '@tarojs/taro';
import { isPermissionRefusal, withPermission } from '../../src/services/permission';

// The two WeChat APIs the explanation uses; the refusal handling itself is what runs for real.
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { showModal: jest.fn(), openSetting: jest.fn(() => Promise.resolve({})) },
}));

const showModal = Taro.showModal as unknown as jest.Mock;
const openSetting = Taro.openSetting as unknown as jest.Mock;
const refused = { errMsg: 'saveImageToPhotosAlbum:fail auth deny' };

beforeEach(() => {
  showModal.mockReset();
  openSetting.mockClear();
});

describe('a refused permission', () => {
  it('is told apart from a cancelled picker and a failed network', () => {
    expect(isPermissionRefusal(refused)).toBe(true);
    expect(isPermissionRefusal({ errMsg: 'chooseImage:fail auth denied' })).toBe(true);
    expect(isPermissionRefusal({ errMsg: 'saveImageToPhotosAlbum:fail authorize no response' })).toBe(true);
    expect(isPermissionRefusal({ errMsg: 'chooseImage:fail cancel' })).toBe(false);
    expect(isPermissionRefusal(new Error('network'))).toBe(false);
  });

  it('is explained, and 去设置 opens WeChat’s settings', async () => {
    showModal.mockResolvedValue({ confirm: true, cancel: false });
    await expect(withPermission('album', () => Promise.reject(refused))).resolves.toBeNull();
    const { title, content, confirmText } = showModal.mock.calls[0][0];
    expect(title).toBe('未能保存到相册');
    expect(content).toContain('设置');
    expect(confirmText).toBe('去设置');
    expect(openSetting).toHaveBeenCalledTimes(1);
  });

  it('leaves the settings closed when the member says 暂不', async () => {
    showModal.mockResolvedValue({ confirm: false, cancel: true });
    await expect(withPermission('camera-or-album', () => Promise.reject(refused))).resolves.toBeNull();
    expect(showModal.mock.calls[0][0].content).toContain('相机');
    expect(openSetting).not.toHaveBeenCalled();
  });

  it('lets every other outcome through untouched', async () => {
    await expect(withPermission('album', () => Promise.resolve('saved'))).resolves.toBe('saved');
    await expect(withPermission('album', () => Promise.reject({ errMsg: 'chooseImage:fail cancel' }))).rejects.toEqual({
      errMsg: 'chooseImage:fail cancel',
    });
    expect(showModal).not.toHaveBeenCalled();
  });
});
