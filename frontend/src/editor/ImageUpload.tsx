import { useEffect, useRef, useState } from 'preact/hooks'
import { ApiError, uploadMedia, type Media } from './api'

export interface Uploading {
  name: string
  fraction: number
}

/**
 * Uploads images one after the other with a progress bar, then asks for each body image's description (what a
 * screen reader says instead of the picture) before it goes into the text.
 */
export function useImageUpload(onError: (message: string) => void) {
  const [uploading, setUploading] = useState<Uploading | null>(null)
  const [asking, setAsking] = useState<{ media: Media; resolve: (alt: string | null) => void } | null>(null)

  const upload = async (file: File): Promise<Media | null> => {
    setUploading({ name: file.name, fraction: 0 })
    try {
      return await uploadMedia(file, (fraction) => setUploading({ name: file.name, fraction }))
    } catch (e) {
      onError(e instanceof ApiError ? `${file.name}: ${e.message}` : String(e))
      return null
    } finally {
      setUploading(null)
    }
  }

  const askAlt = (media: Media) => new Promise<string | null>((resolve) => setAsking({ media, resolve }))

  const progress = uploading && (
    <div class="upload" role="status">
      <label for="upload-progress">Đang tải lên {uploading.name}</label>
      <progress id="upload-progress" max={1} value={uploading.fraction}>{Math.round(uploading.fraction * 100)}%</progress>
    </div>
  )
  const dialog = asking && <AltDialog media={asking.media} done={(alt) => { asking.resolve(alt); setAsking(null) }} />
  return { upload, askAlt, progress, dialog }
}

function AltDialog({ media, done }: { media: Media; done: (alt: string | null) => void }) {
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.focus(), [])
  const submit = (event: Event) => {
    event.preventDefault()
    const alt = input.current?.value.trim() ?? ''
    if (alt !== '') done(alt)
  }
  return (
    <div class="modal" role="dialog" aria-modal="true" aria-labelledby="alt-title">
      <form class="modal__box form" onSubmit={submit}>
        <h2 id="alt-title">Mô tả ảnh</h2>
        <img src={media.url} alt="" class="modal__preview" />
        <label for="alt-text">Ảnh này cho thấy gì? (đọc cho người khiếm thị, bắt buộc)</label>
        <input id="alt-text" ref={input} required maxLength={300} />
        <div class="actions">
          <button type="submit" class="primary">Chèn ảnh</button>
          <button type="button" onClick={() => done(null)}>Bỏ qua, không chèn</button>
        </div>
      </form>
    </div>
  )
}
