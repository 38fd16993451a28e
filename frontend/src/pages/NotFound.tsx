import { useHead } from '../components/hooks'

export function NotFound() {
  useHead('Không tìm thấy trang', 'Trang bạn tìm không có hoặc đã được chuyển đi.', location.pathname)
  return (
    <section class="not-found">
      <h1>Không tìm thấy trang</h1>
      <p>Trang bạn tìm không có hoặc đã được chuyển đi.</p>
      <p><a class="button" href="/">Về trang chủ</a> hoặc <a href="/tim-kiem">tìm kiếm bản tin</a>.</p>
    </section>
  )
}
export default NotFound
