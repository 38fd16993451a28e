/**
 * The editorial API, typed from the committed OpenAPI file like the reader's client: every call carries the
 * signed-in editor's token, a 401 ends the session (the app then asks for a new sign-in), and a refused input
 * becomes one error with the message of each field in the editor's words.
 */
import createClient, { type Middleware } from 'openapi-fetch'
import { ApiError, fieldProblems } from '../api/client'
import type { components, paths } from '../api/schema'
import { config } from '../config'
import { accessToken, sessionEnded } from './session'

export type EditorialArticle = components['schemas']['EditorialArticle']
export type ArticleRequest = components['schemas']['ArticleRequest']
export type ArticleStatus = components['schemas']['ArticleStatus']
export type EditorialWarning = components['schemas']['EditorialWarning']
export type Revision = components['schemas']['Revision']
export type Media = components['schemas']['Media']
export type User = components['schemas']['User']
export type UserRequest = components['schemas']['UserRequest']
export type Role = components['schemas']['Role']

export { ApiError, type FieldProblem } from '../api/client'

const withToken: Middleware = {
  async onRequest({ request }) {
    const token = await accessToken()
    if (token) request.headers.set('Authorization', `Bearer ${token}`)
    return request
  },
}

let client: ReturnType<typeof createClient<paths>> | null = null

export function api() {
  if (!client) {
    client = createClient<paths>({ baseUrl: config().apiBaseUrl })
    client.use(withToken)
  }
  return client
}

/** The answer's data and headers, or an ApiError in the office's words; a 401 also ends the session. */
export async function call<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>):
  Promise<{ data: T; response: Response }> {
  let result
  try {
    result = await request
  } catch {
    throw new ApiError('unreachable', 'Không kết nối được máy chủ. Bài đang viết vẫn được giữ trên máy này.')
  }
  const { response } = result
  if (response.ok) return { data: result.data as T, response }
  if (response.status === 401) sessionEnded()
  const detail = (result.error as { detail?: string } | undefined)?.detail
  throw new ApiError(response.status, statusMessage(response.status, detail),
    fieldProblems(result.error).map((p) => ({ field: p.field, message: fieldMessage(p.field, p.message) })))
}

function statusMessage(status: number, detail: string | undefined): string {
  switch (status) {
    case 400: return 'Có ô nhập chưa đúng, xem ghi chú bên cạnh từng ô.'
    case 401: return 'Phiên làm việc đã hết, xin đăng nhập lại.'
    case 403: return 'Tài khoản này không có quyền làm việc đó.'
    case 404: return 'Không còn mục này (có thể đã bị xóa).'
    case 409: return 'Không làm được vì mục này còn đang được dùng.'
    case 412: return 'Bài đã được người khác sửa trong lúc bạn viết.'
    case 413: return 'Tệp quá lớn.'
    case 415: return 'Loại tệp này không dùng được (chỉ ảnh JPEG, PNG, WebP, GIF hoặc PDF).'
    case 429: return 'Thử quá nhiều lần, xin chờ ít phút.'
    default: return status >= 500 ? 'Máy chủ gặp lỗi, xin thử lại sau.' : detail ?? `Lỗi ${status}`
  }
}

/** The API's English reasons, in the office's words; one it has no words for is shown as it came. */
export function fieldMessage(field: string, message: string): string {
  const longest = /at most (\d+)/.exec(message)
  if (message === 'is required' || message === 'must not be blank') return 'Chưa nhập.'
  if (message.startsWith('is required for SCHEDULED')) return 'Cần ngày giờ đăng để lên lịch.'
  if (message.startsWith('is taken')) return 'Đã có bài khác dùng địa chỉ này.'
  if (message.startsWith('no category')) return 'Không có chuyên mục này.'
  if (message.startsWith('no author')) return 'Không có tác giả này.'
  if (message.startsWith('no tag')) return 'Có thẻ không tồn tại.'
  if (message.startsWith('must be after publishedAt')) return 'Phải sau thời điểm đăng.'
  if (field === 'slug' && message.startsWith('must be lower-case')) {
    return 'Chỉ gồm chữ thường không dấu a-z, số và dấu gạch nối.'
  }
  if (longest && message.includes('characters')) return `Dài quá ${longest[1]} ký tự.`
  if (field === 'coverImageUrl') return 'Phải là địa chỉ http(s) hoặc ảnh trong thư viện.'
  return message
}

/** The version an ETag names ("7" → 7). */
export function versionOf(response: Response): number {
  return Number((response.headers.get('ETag') ?? '').replace(/^W\//, '').replace(/"/g, ''))
}

/**
 * Uploads a file to the media library with progress (fetch cannot report an upload's progress; XMLHttpRequest
 * can), as the media endpoint takes it: multipart, field "file".
 */
export async function uploadMedia(file: File, onProgress: (fraction: number) => void): Promise<Media> {
  const token = await accessToken()
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', `${config().apiBaseUrl}/api/v1/admin/media`)
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`)
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total)
    }
    xhr.onload = () => {
      if (xhr.status === 200 || xhr.status === 201) { // 200: the library had this very file already
        onProgress(1)
        resolve(JSON.parse(xhr.responseText) as Media)
        return
      }
      if (xhr.status === 401) sessionEnded()
      reject(new ApiError(xhr.status, statusMessage(xhr.status, undefined)))
    }
    xhr.onerror = () => reject(new ApiError('unreachable', 'Không kết nối được máy chủ.'))
    const form = new FormData()
    form.append('file', file)
    xhr.send(form)
  })
}
