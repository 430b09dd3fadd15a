import Taro from '@tarojs/taro'
import { API_BASE, ApiError } from '../../services/http'

/**
 * The monthly XLSX: request() only speaks JSON, so the file comes through downloadFile with the
 * bearer token the page hands in (a feature may not import the session feature). WeChat opens it
 * in its document viewer, from where it can be forwarded; the H5 build saves it as a download.
 */
export async function openWorkbook(path: string, token: string | null, fileName: string): Promise<void> {
  const header: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {}
  const res = await Taro.downloadFile({ url: API_BASE + path, header }).catch(() => {
    throw new ApiError('network', 0, 'NETWORK', '网络连接失败，请检查网络后重试')
  })
  if (res.statusCode !== 200) {
    throw new ApiError('http', res.statusCode, `HTTP_${res.statusCode}`, res.statusCode === 403 ? '只有工会主席和工会干事可以导出' : '导出失败，请稍后再试')
  }
  if (process.env.TARO_ENV === 'h5') {
    const link = document.createElement('a')
    link.href = res.tempFilePath
    link.download = fileName
    document.body.appendChild(link)
    link.click()
    link.remove()
    return
  }
  await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'xlsx', showMenu: true })
}
