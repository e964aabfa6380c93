// A report whose check is not done yet: ask where it stands every few
// seconds, say it in place, and reload the report once it is checked.
// Without this file the page says the same and a reload shows the result.
for (const element of document.querySelectorAll('[data-version-status]')) watch(element)

function watch(element) {
  if (!window.fetch) return
  const note = element.nextElementSibling
  if (note && element.dataset.textAuto) note.textContent = element.dataset.textAuto
  let delay = 2000
  const poll = () =>
    fetch(element.dataset.versionStatus, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : null))
      .then((status) => {
        if (!status) return
        if (status.state === 'checked') return window.location.reload()
        element.textContent = status.text
        /* A long wait (a queue behind a crash) is asked about less often. */
        delay = Math.min(delay * 1.5, 15000)
        window.setTimeout(poll, delay)
      })
      .catch(() => window.setTimeout(poll, 15000))
  window.setTimeout(poll, delay)
}
