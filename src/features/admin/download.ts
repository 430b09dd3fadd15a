import Taro from '@tarojs/taro';
import { download } from '@/services/http';
import { openDocument } from '@/services/download';

const IS_H5 = process.env.TARO_ENV === 'h5';
const FAILED: Record<number, string> = {
  403: '只有本工会的工会干事或工会主席可以下载',
  410: '该账号已注销',
};

/**
 * Saves a file the API answers (an XLSX workbook, a JSON file), through the shared download. H5 saves it as a download;
 * WeChat opens a workbook in its viewer, from where it can be forwarded or saved, and sends any other
 * file to a chat the member picks.
 */
export async function saveApiFile(path: string, fileName: string): Promise<void> {
  const file = await download(path, { messages: FAILED });
  if (IS_H5 || fileName.endsWith('.xlsx')) {
    await openDocument(file, fileName);
    return;
  }
  // WeChat sends a file to a chat only from a tap: the modal's button is that tap.
  const { confirm } = await Taro.showModal({
    title: '文件已准备好',
    content: '发送到微信聊天（如“文件传输助手”）后，就可以保存或转发。',
    confirmText: '发送',
  });
  if (confirm) await Taro.shareFileMessage({ filePath: file, fileName });
}
