import escapeHtml from 'escape-html'

/*
 * HTML attributes from a component's props, every value escaped.
 *
 * Edge 6.5's `$props.toAttrs()` writes values as `"${value}"` without
 * escaping, so a stored group name or a reflected search text containing
 * `">` could open new elements. Every component spreads its props through
 * this one function instead (registered as the Edge global `attrs` in app/core/provider.ts); a
 * test keeps `.toAttrs()` out of the views.
 */

type AttributeValue =
  string | number | boolean | null | undefined | Array<string | number | null | undefined | false>

/** Props as Edge passes them (a ComponentProps bag) or a plain object. */
export type AttributeSource = { all(): Record<string, unknown> } | Record<string, unknown>

function valuesOf(source: AttributeSource): Record<string, unknown> {
  return typeof source.all === 'function'
    ? (source as { all(): Record<string, unknown> }).all()
    : (source as Record<string, unknown>)
}

/** ` name="value"` pairs: false/null/undefined/'' left out, true as a bare attribute, arrays joined by spaces. */
export function htmlAttributes(source: AttributeSource): string {
  const parts: string[] = []
  for (const [name, raw] of Object.entries(valuesOf(source))) {
    if (!/^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/.test(name)) continue
    const value = raw as AttributeValue
    if (value === false || value === null || value === undefined || value === '') continue
    if (value === true) {
      parts.push(name)
      continue
    }
    const text = Array.isArray(value)
      ? value.filter((item) => item || item === 0).join(' ')
      : String(value)
    parts.push(`${name}="${escapeHtml(text)}"`)
  }
  return parts.join(' ')
}
