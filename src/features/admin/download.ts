import Taro from '@tarojs/taro'
import { API_BASE, ApiError } from '../../services/http'

const IS_H5 = process.env.TARO_ENV === 'h5'
const FAILED: Record<number, string> = {
  403: '只有本工会的工会干事或工会主席可以下载',
  410: '该账号已注销',
}

/**
 * Saves a file the API answers (an XLSX workbook, a JSON file). request() speaks JSON only, so the
 * file comes through downloadFile with the token the page hands in (a feature may not import the
 * session feature). H5 saves it as a download; WeChat opens a workbook in its viewer, from where
 * it can be forwarded or saved, and sends any other file to a chat the member picks.
 */
export async function saveApiFile(path: string, token: string | null, fileName: string): Promise<void> {
  const header: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {}
  const res = await Taro.downloadFile({ url: API_BASE + path, header }).catch(() => {
    throw new ApiError('network', 0, 'NETWORK', '网络连接失败，请检查网络后重试')
  })
  if (res.statusCode !== 200) {
    throw new ApiError('http', res.statusCode, `HTTP_${res.statusCode}`, FAILED[res.statusCode] ?? '下载失败，请稍后再试')
  }
  if (IS_H5) {
    const link = document.createElement('a')
    link.href = res.tempFilePath
    link.download = fileName
    document.body.appendChild(link)
    link.click()
    link.remove()
    return
  }
  if (fileName.endsWith('.xlsx')) {
    await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'xlsx', showMenu: true })
    return
  }
  // WeChat sends a file to a chat only from a tap: the modal's button is that tap.
  const { confirm } = await Taro.showModal({ title: '文件已准备好', content: '发送到微信聊天（如“文件传输助手”）后，就可以保存或转发。', confirmText: '发送' })
  if (confirm) await Taro.shareFileMessage({ filePath: res.tempFilePath, fileName })
}
