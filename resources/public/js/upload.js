// Upload forms: drag-and-drop onto the drop zone and a progress bar.
// Progressive enhancement: without this file the form posts normally.
// The page the server answers with (the report, or the form with its
// Vietnamese error) replaces the current one, so flash messages still show.
for (const form of document.querySelectorAll('form[data-upload-form]')) enhance(form)

function enhance(form) {
  const input = form.querySelector('input[type=file]')
  const zone = form.querySelector('[data-dropzone]')
  const box = form.querySelector('[data-upload-progress]')
  if (!input || !box || !window.FormData || !window.XMLHttpRequest) return
  const bar = box.querySelector('progress')
  const status = box.querySelector('[role=status]')

  if (zone) {
    zone.addEventListener('dragover', (event) => {
      event.preventDefault()
      zone.classList.add('dragover')
    })
    zone.addEventListener('dragleave', () => zone.classList.remove('dragover'))
    zone.addEventListener('drop', (event) => {
      event.preventDefault()
      zone.classList.remove('dragover')
      if (event.dataTransfer && event.dataTransfer.files.length) {
        input.files = event.dataTransfer.files
        input.dispatchEvent(new Event('change'))
      }
    })
  }

  if (form.dataset.prefillUrl) {
    /* Several lesson plans at once: each file is held and read on its own (one lesson per file). */
    input.multiple = true
    input.addEventListener('change', () => (input.files.length > 1 ? holdEach(form, input) : prefill(form, input)))
  }

  form.addEventListener('submit', (event) => {
    const file = input.files && input.files[0]
    if (!file) return
    if (file.size > Number(input.dataset.maxBytes || Infinity)) {
      event.preventDefault()
      show(status.dataset.textTooLarge)
      return
    }
    event.preventDefault()
    send(form, bar, status)
  })

  function show(text) {
    box.hidden = false
    status.textContent = text
  }
}

function send(form, bar, status) {
  const buttons = form.querySelectorAll('button[type=submit]')
  const request = new XMLHttpRequest()
  const box = bar.parentElement
  box.hidden = false
  buttons.forEach((button) => (button.disabled = true))

  request.upload.addEventListener('progress', (event) => {
    if (!event.lengthComputable) return
    const percent = Math.round((event.loaded / event.total) * 100)
    bar.value = percent
    status.textContent = status.dataset.textUploading.replace('{percent}', String(percent))
  })
  let watching = null
  request.upload.addEventListener('load', () => {
    bar.removeAttribute('value')
    status.textContent = status.dataset.textProcessing
    watching = watchProgress(status)
  })
  request.addEventListener('loadend', () => watching && watching.stop())
  request.addEventListener('load', () => showPage(request))
  request.addEventListener('error', () => {
    status.textContent = status.dataset.textNetwork
    buttons.forEach((button) => (button.disabled = false))
  })
  request.open('POST', form.dataset.confirmUrl || form.action)
  /* A multipart body is read only after the CSRF check: the token travels in a header (or the form's address). */
  request.setRequestHeader('X-CSRF-TOKEN', csrfToken(form))
  request.send(new FormData(form))
}

/**
 * While the server reads the file: ask where one's files stand (waiting for
 * a parser thread, with how many files ahead, or being read) and say it.
 * Waiting is never shown as a failure; the answer to the upload ends it.
 */
function watchProgress(status) {
  const url = status.dataset.progressUrl
  let timer = null
  let stopped = false
  const poll = () =>
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : null))
      .then((progress) => {
        if (stopped) return
        if (progress && progress.text) status.textContent = progress.text
        timer = window.setTimeout(poll, 1000)
      })
      .catch(() => {})
  if (url && window.fetch) timer = window.setTimeout(poll, 500)
  return {
    stop() {
      stopped = true
      window.clearTimeout(timer)
    },
  }
}

/** Swap in the page the server redirected to (report or form with errors) and update the address bar. */
function showPage(request) {
  const page = new DOMParser().parseFromString(request.responseText, 'text/html')
  const main = page.querySelector('main')
  if (!main) {
    window.location.assign(request.responseURL || window.location.href)
    return
  }
  document.title = page.title
  document.querySelector('main').replaceWith(document.adoptNode(main))
  if (request.responseURL && request.responseURL !== window.location.href) history.pushState(null, '', request.responseURL)
  for (const form of document.querySelectorAll('form[data-upload-form]')) enhance(form)
  window.scrollTo(0, 0)
}

/**
 * As soon as a file is chosen: the server holds it and answers with the
 * values read from it; empty fields are filled and marked "đọc từ tệp",
 * and the form now posts to the held file's confirm address (the file is not sent again).
 * Any failure leaves the form as it was: it still posts the file normally.
 */
function prefill(form, input) {
  const file = input.files && input.files[0]
  if (!file || file.size > Number(input.dataset.maxBytes || Infinity) || !window.fetch) return
  const note = form.dataset.prefillNote
  /* One request at a time: a submit during the read would upload the file twice. */
  const buttons = form.querySelectorAll('button[type=submit]')
  buttons.forEach((button) => (button.disabled = true))
  fetch(form.dataset.prefillUrl, { method: 'POST', body: new FormData(form), headers: { Accept: 'application/json', 'X-CSRF-TOKEN': csrfToken(form) }, credentials: 'same-origin' })
    .then((response) => (response.status === 201 ? response.json() : null))
    .then((answer) => {
      if (!answer) return
      for (const field of answer.readFields) {
        const control = form.elements.namedItem(field)
        if (!control || control.value !== '') continue
        control.value = answer.values[field]
        const label = form.querySelector(`label[for="${control.id}"]`)
        if (label && note) label.insertAdjacentHTML('beforeend', ` <span class="field-note"></span>`)
        if (label && note) label.lastElementChild.textContent = note
      }
      form.dataset.confirmUrl = `${answer.confirmUrl}/confirm`
      input.disabled = true
    })
    .catch(() => {})
    .finally(() => buttons.forEach((button) => (button.disabled = false)))
}

/**
 * Several files chosen or dropped: each is sent on its own to be held and
 * read, with its own progress row; then the list of held files opens, where
 * each is confirmed as its own plan. A file the server refuses keeps its
 * row with the reason, and the list is linked instead of opened.
 */
async function holdEach(form, input) {
  const files = Array.from(input.files)
  const list = form.querySelector('[data-batch]')
  const texts = list.dataset
  const buttons = form.querySelectorAll('button[type=submit]')
  buttons.forEach((button) => (button.disabled = true))
  input.disabled = true
  list.hidden = false
  list.replaceChildren()
  let failed = 0
  for (const file of files) {
    const row = document.createElement('li')
    const name = document.createElement('span')
    const bar = document.createElement('progress')
    const note = document.createElement('span')
    name.textContent = `${file.name} `
    bar.max = 100
    note.className = 'small'
    row.append(name, bar, note)
    list.append(row)
    const answer = await sendOne(form, file, bar)
    if (answer.ok) {
      bar.value = 100
      note.textContent = answer.body.read.severalLessons ? ` ${texts.textSeveral.replace('{count}', answer.body.read.severalLessons.length)}` : ''
    } else {
      failed += 1
      bar.remove()
      note.className = 'small field-error'
      note.textContent = ` ${texts.textFailed}: ${answer.error}`
    }
  }
  const link = document.createElement('a')
  link.href = texts.listUrl
  link.textContent = texts.textList
  list.after(link)
  if (!failed) window.location.assign(texts.listUrl)
}

function sendOne(form, file, bar) {
  return new Promise((resolve) => {
    /* Only where it goes: a title typed on the form belongs to no file in particular. */
    const data = new FormData()
    for (const name of ['kind', 'targetId']) if (form.elements.namedItem(name)) data.set(name, form.elements.namedItem(name).value)
    data.set('file', file)
    const request = new XMLHttpRequest()
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) bar.value = Math.round((event.loaded / event.total) * 100)
    })
    request.addEventListener('load', () => {
      let body = null
      try {
        body = JSON.parse(request.responseText)
      } catch {}
      if (request.status === 201 && body) resolve({ ok: true, body })
      else resolve({ ok: false, error: (body && body.error) || request.statusText })
    })
    request.addEventListener('error', () => resolve({ ok: false, error: form.querySelector('[data-text-network]').dataset.textNetwork }))
    request.open('POST', form.dataset.prefillUrl)
    request.setRequestHeader('Accept', 'application/json')
    request.setRequestHeader('X-CSRF-TOKEN', csrfToken(form))
    request.send(data)
  })
}

function csrfToken(form) {
  const field = form.elements.namedItem('_csrf')
  return field ? field.value : ''
}
