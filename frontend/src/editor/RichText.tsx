/**
 * The body editor: Tiptap (ProseMirror) limited to what the API's sanitiser keeps (paragraphs, headings h2–h4,
 * lists, links, images, tables, quotes, emphasis), so what the office sees while writing is what is stored.
 * Pasted HTML from Word or the old portal goes through the same schema: paragraphs, lists and emphasis stay, styles,
 * classes and Office markup go.
 */
import { Editor } from '@tiptap/core'
import Image from '@tiptap/extension-image'
import { TableKit } from '@tiptap/extension-table'
import StarterKit from '@tiptap/starter-kit'
import { useEffect, useRef, useState } from 'preact/hooks'

export interface RichTextProps {
  html: string
  onChange: (html: string) => void
  /** Image files dropped or pasted into the body. */
  onImageFiles: (files: File[]) => void
  onReady: (editor: Editor) => void
  labelledBy: string
  describedBy?: string
}

/**
 * Word and Google Docs wrap their HTML in markup no bulletin needs: styles, classes, Office tags, comments. They go
 * before ProseMirror reads the paste (whose schema keeps only what a bulletin has), also because an inline style
 * put into the page would break the site's Content-Security-Policy. Parsed in an inert document, not as text.
 */
export function cleanPastedHtml(html: string): string {
  // Styles go as text, before anything parses them: Chromium applies the page's policy to parsed documents too.
  const unstyled = html
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    // Google Docs puts the whole paste inside <b style="font-weight:normal">: not bold at all.
    .replace(/<b\b([^>]*?)\sstyle\s*=\s*("[^"]*font-weight:\s*normal[^"]*"|'[^']*font-weight:\s*normal[^']*')/gi,
      '<b data-not-bold$1')
    .replace(/\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
  const doc = new DOMParser().parseFromString(unstyled, 'text/html')
  doc.querySelectorAll('style, script, meta, link, title, xml').forEach((e) => e.remove())
  const comments = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT)
  const drop: Node[] = []
  while (comments.nextNode()) drop.push(comments.currentNode)
  drop.forEach((c) => c.parentNode?.removeChild(c))
  for (const element of Array.from(doc.body.querySelectorAll('*'))) {
    if (element.tagName.includes(':')) { // <o:p>, <v:shape>: keep their text only
      element.replaceWith(...Array.from(element.childNodes))
      continue
    }
    if (element.tagName === 'B' && element.hasAttribute('data-not-bold')) {
      element.replaceWith(...Array.from(element.childNodes))
      continue
    }
    for (const name of element.getAttributeNames()) {
      if (name === 'style' || name === 'class' || name === 'lang' || name.startsWith('on') || name.includes(':')) {
        element.removeAttribute(name)
      }
    }
  }
  return doc.body.innerHTML
}

/**
 * The body as it is stored: without the empty paragraph that the editor keeps after a last image or table (so
 * that the cursor can go below it), which the API would rightly warn about.
 */
export function bodyHtml(editor: Editor): string {
  return editor.isEmpty ? '' : editor.getHTML().replace(/(?:<p><\/p>)+$/, '')
}

export function RichText({ html, onChange, onImageFiles, onReady, labelledBy, describedBy }: RichTextProps) {
  const host = useRef<HTMLDivElement>(null)
  const [editor, setEditor] = useState<Editor | null>(null)
  const callbacks = useRef({ onChange, onImageFiles })
  callbacks.current = { onChange, onImageFiles }

  useEffect(() => {
    const images = (files: FileList | null | undefined) =>
      Array.from(files ?? []).filter((f) => f.type.startsWith('image/'))
    const created = new Editor({
      element: host.current!,
      // Tiptap would add its stylesheet as an inline <style>, which the site's Content-Security-Policy refuses;
      // the few rules it needs are in editor.css.
      injectCSS: false,
      extensions: [
        StarterKit.configure({
          heading: { levels: [2, 3, 4] },
          code: false,
          codeBlock: false,
          strike: false,
          link: { openOnClick: false, protocols: ['http', 'https', 'mailto'], HTMLAttributes: { rel: 'noopener' } },
        }),
        Image.configure({ inline: false }),
        TableKit.configure({ table: { resizable: false } }),
      ],
      content: html,
      editorProps: {
        // Keep a found word clear of the sticky toolbar when it is scrolled to.
        scrollMargin: { top: 96, bottom: 80, left: 5, right: 5 },
        scrollThreshold: { top: 96, bottom: 80, left: 0, right: 0 },
        attributes: {
          class: 'rich-text__body',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelledBy,
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        },
        transformPastedHTML: cleanPastedHtml,
        handlePaste: (_view, event) => {
          const files = images(event.clipboardData?.files)
          if (files.length === 0) return false
          callbacks.current.onImageFiles(files)
          return true
        },
        handleDrop: (_view, event) => {
          const files = images((event as DragEvent).dataTransfer?.files)
          if (files.length === 0) return false
          event.preventDefault()
          callbacks.current.onImageFiles(files)
          return true
        },
      },
      onUpdate: ({ editor: e }) => callbacks.current.onChange(bodyHtml(e)),
    })
    setEditor(created)
    onReady(created)
    return () => created.destroy()
  }, [])

  return (
    <div class="rich-text">
      {editor && <Toolbar editor={editor} />}
      <div ref={host} />
    </div>
  )
}

function Toolbar({ editor }: { editor: Editor }) {
  const [, redraw] = useState(0)
  useEffect(() => {
    const update = () => redraw((n) => n + 1)
    editor.on('transaction', update)
    return () => { editor.off('transaction', update) }
  }, [editor])
  const chain = () => editor.chain().focus()
  const button = (label: string, active: boolean, run: () => void, title?: string) => (
    <button type="button" class="rich-text__tool" aria-pressed={active} title={title} onClick={run}>{label}</button>
  )
  const link = () => {
    const current = editor.getAttributes('link').href as string | undefined
    const href = window.prompt('Địa chỉ liên kết (để trống để bỏ liên kết):', current ?? 'https://')
    if (href === null) return
    if (href.trim() === '') chain().unsetLink().run()
    else chain().extendMarkRange('link').setLink({ href: href.trim() }).run()
  }
  return (
    <div class="rich-text__toolbar" role="toolbar" aria-label="Định dạng nội dung">
      {button('Đậm', editor.isActive('bold'), () => chain().toggleBold().run())}
      {button('Nghiêng', editor.isActive('italic'), () => chain().toggleItalic().run())}
      {button('Tiêu đề', editor.isActive('heading', { level: 2 }), () => chain().toggleHeading({ level: 2 }).run())}
      {button('Tiêu đề nhỏ', editor.isActive('heading', { level: 3 }), () => chain().toggleHeading({ level: 3 }).run())}
      {button('Danh sách', editor.isActive('bulletList'), () => chain().toggleBulletList().run())}
      {button('Danh sách số', editor.isActive('orderedList'), () => chain().toggleOrderedList().run())}
      {button('Trích dẫn', editor.isActive('blockquote'), () => chain().toggleBlockquote().run())}
      {button('Liên kết', editor.isActive('link'), link)}
      {button('Bảng', editor.isActive('table'), () => editor.isActive('table')
        ? chain().deleteTable().run()
        : chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
      editor.isActive('table') ? 'Xóa bảng' : 'Chèn bảng 3 × 3')}
      {button('Hoàn tác', false, () => chain().undo().run())}
      {button('Làm lại', false, () => chain().redo().run())}
    </div>
  )
}

/**
 * Selects the first place where the words of a warning stand in the body, and shows it: the text positions of
 * ProseMirror count node boundaries, so the words are looked for in each text block and mapped back.
 */
export function selectInBody(editor: Editor, excerpt: string): boolean {
  const wanted = excerpt.trim()
  if (wanted === '') return false
  let found: { from: number; to: number } | null = null
  editor.state.doc.descendants((node, pos) => {
    if (found || !node.isTextblock) return !found
    const offsets: number[] = []
    let text = ''
    node.forEach((child, offset) => {
      const piece = child.isText ? child.text ?? '' : '\uFFFC'
      for (let i = 0; i < piece.length; i++) offsets.push(pos + 1 + offset + i)
      text += piece
    })
    const at = text.indexOf(wanted)
    if (at >= 0) found = { from: offsets[at], to: offsets[at + wanted.length - 1] + 1 }
    return false
  })
  if (!found) return false
  editor.chain().focus().setTextSelection(found).scrollIntoView().run()
  return true
}
