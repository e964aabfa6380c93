// HSCM progressive enhancements. Every page works without JavaScript.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return
  document.querySelectorAll('details.menu[open]').forEach((menu) => menu.removeAttribute('open'))
})
