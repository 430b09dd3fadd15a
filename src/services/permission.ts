import Taro from '@tarojs/taro';

/** The permissions a member can refuse that the app needs: the album (save a poster) and the camera. */
export type Permission = 'album' | 'camera-or-album';

const EXPLANATIONS: Record<Permission, { title: string; content: string }> = {
  album: {
    title: '未能保存到相册',
    content: '您之前拒绝了“保存到相册”的授权，所以图片没有保存。请在设置中打开“添加到相册”，再点一次保存。',
  },
  'camera-or-album': {
    title: '未能选择照片',
    content: '您之前拒绝了使用相机或相册的授权，所以无法拍照或选图。请在设置中打开相应权限，再试一次。',
  },
};

/**
 * True when WeChat refused because the member said no (now or earlier: WeChat then refuses at once
 * without asking again), not because they cancelled the picker or the network failed. Seen errMsg:
 * "saveImageToPhotosAlbum:fail auth deny", "…:fail auth denied", "…:fail authorize no response".
 */
export function isPermissionRefusal(error: unknown): boolean {
  const message = String((error as { errMsg?: string } | null)?.errMsg ?? (error as Error | null)?.message ?? '');
  return /fail.*(auth deny|auth denied|authorize no response|permission denied)/i.test(message);
}

/**
 * Runs an action that needs a permission. If the member has refused it, says what happened and
 * offers WeChat's settings page, where the permission can be turned back on: without that, every
 * later try fails at once and silently. Answers null after a refusal; other errors pass through.
 */
export async function withPermission<T>(permission: Permission, action: () => Promise<T>): Promise<T | null> {
  try {
    return await action();
  } catch (error) {
    if (!isPermissionRefusal(error)) throw error;
    const { title, content } = EXPLANATIONS[permission];
    const answer = await Taro.showModal({ title, content, confirmText: '去设置', cancelText: '暂不' });
    if (answer.confirm) await Taro.openSetting({});
    return null;
  }
}
