/*
 * 搜索联想: suggestions under every search box marked data-suggest, following the WAI-ARIA combobox
 * pattern (list autocomplete, focus stays in the box, the highlighted option named by
 * aria-activedescendant). Without this script the box is a plain form. Text goes in through
 * textContent only, never as HTML.
 */
;(() => {
  let boxes = 0
  const setup = (input) => {
    const endpoint = input.getAttribute('data-suggest')
    const form = input.form
    if (!endpoint || !form) return
    const id = `suggest-list-${++boxes}`
    const list = document.createElement('ul')
    list.id = id
    list.className = 'suggest-list'
    list.setAttribute('role', 'listbox')
    list.setAttribute('aria-label', '搜索建议')
    list.hidden = true
    const status = document.createElement('div')
    status.className = 'visually-hidden'
    status.setAttribute('role', 'status')
    input.setAttribute('role', 'combobox')
    input.setAttribute('aria-autocomplete', 'list')
    input.setAttribute('aria-expanded', 'false')
    input.setAttribute('aria-controls', id)
    input.setAttribute('autocomplete', 'off')
    input.parentNode.classList.add('suggest-anchor')
    input.insertAdjacentElement('afterend', list)
    list.insertAdjacentElement('afterend', status)

    let options = []
    let active = -1
    let timer = 0
    let asked = 0

    const highlight = (index) => {
      active = index
      options.forEach((option, i) => option.el.setAttribute('aria-selected', i === index ? 'true' : 'false'))
      if (index < 0) input.removeAttribute('aria-activedescendant')
      else {
        input.setAttribute('aria-activedescendant', options[index].el.id)
        options[index].el.scrollIntoView({ block: 'nearest' })
      }
    }
    const close = () => {
      list.hidden = true
      input.setAttribute('aria-expanded', 'false')
      highlight(-1)
    }
    const open = () => {
      if (!options.length) return close()
      list.hidden = false
      input.setAttribute('aria-expanded', 'true')
    }
    const choose = (index) => {
      const option = options[index]
      if (!option) return
      close()
      if (option.url) window.location.assign(option.url)
      else {
        input.value = option.query
        form.submit()
      }
    }
    const add = (text, note, target) => {
      const index = options.length
      const li = document.createElement('li')
      li.id = `${id}-${index}`
      li.className = 'suggest-option'
      li.setAttribute('role', 'option')
      li.setAttribute('aria-selected', 'false')
      const main = document.createElement('span')
      main.className = 'suggest-text'
      main.textContent = text
      const kind = document.createElement('span')
      kind.className = 'suggest-kind'
      kind.textContent = note
      li.append(main, kind)
      // Keeps the focus in the box, so that the click is not lost to its blur.
      li.addEventListener('mousedown', (event) => event.preventDefault())
      li.addEventListener('click', () => choose(index))
      list.appendChild(li)
      options.push({ el: li, ...target })
    }
    const show = (answer) => {
      list.textContent = ''
      options = []
      active = -1
      for (const t of answer.titles || []) add(t.title, t.kind, { url: t.url })
      for (const q of answer.queries || []) add(q.query, '热门搜索', { query: q.query })
      status.textContent = options.length ? `有 ${options.length} 条建议，可用上下方向键选择` : ''
      open()
    }
    const ask = () => {
      const q = input.value.trim()
      if (!q) {
        options = []
        return close()
      }
      const mine = ++asked
      fetch(`${endpoint}?q=${encodeURIComponent(q)}`, { headers: { Accept: 'application/json' } })
        .then((response) => (response.ok ? response.json() : null))
        .then((answer) => {
          if (answer && mine === asked && document.activeElement === input) show(answer)
        })
        .catch(() => undefined)
    }

    input.addEventListener('input', () => {
      clearTimeout(timer)
      timer = setTimeout(ask, 150)
    })
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (!options.length) return
        event.preventDefault()
        if (list.hidden) open()
        const step = event.key === 'ArrowDown' ? 1 : -1
        highlight(active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length)
      } else if (event.key === 'Enter') {
        if (!list.hidden && active >= 0) {
          event.preventDefault()
          choose(active)
        }
      } else if (event.key === 'Escape') {
        if (!list.hidden) {
          event.preventDefault()
          close()
        } else if (input.value) {
          event.preventDefault()
          input.value = ''
        }
      }
    })
    input.addEventListener('blur', close)
  }
  for (const input of document.querySelectorAll('input[data-suggest]')) setup(input)
})()
