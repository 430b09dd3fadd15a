import Taro from '@tarojs/taro'
import { API_BASE, ApiError } from '../../services/http'

const IS_H5 = process.env.TARO_ENV === 'h5'

const FAILED: Record<number, string> = {
  403: '只有本工会的工会干事或工会主席可以下载',
  404: '文件不存在',
  502: '暂时无法从微信获取小程序码，请稍后再试',
}

/**
 * A binary answer of the API (the door code image, the XLSX report) saved to a local temporary
 * file. http.ts only speaks JSON, so the few file routes go through downloadFile with the same
 * bearer token, which the page hands in (a feature may not import the session feature).
 */
export async function downloadApiFile(path: string, token: string | null): Promise<string> {
  const header: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {}
  let res: { statusCode: number; tempFilePath: string }
  try {
    res = await Taro.downloadFile({ url: API_BASE + path, header })
  } catch {
    throw new ApiError('network', 0, 'NETWORK', '网络连接失败，请检查网络后重试')
  }
  if (res.statusCode !== 200) {
    throw new ApiError('http', res.statusCode, `HTTP_${res.statusCode}`, FAILED[res.statusCode] ?? '下载失败，请稍后再试')
  }
  return res.tempFilePath
}

/** H5: hand a downloaded file to the browser under a readable name. */
export function saveInBrowser(tempFilePath: string, fileName: string): void {
  if (!IS_H5) return
  const link = document.createElement('a')
  link.href = tempFilePath
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
}

/** Saves an image to the phone's album (weapp) or as a download (H5). */
export async function saveImage(tempFilePath: string, fileName: string): Promise<void> {
  if (IS_H5) return saveInBrowser(tempFilePath, fileName)
  await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath })
}

/** Opens a downloaded document (XLSX) in WeChat's viewer, or downloads it on H5. */
export async function openDocument(tempFilePath: string, fileName: string): Promise<void> {
  if (IS_H5) return saveInBrowser(tempFilePath, fileName)
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true })
}
