/**
 * How the converter treats each element. An element in none of these sets
 * (span, font, em, u, an unknown tag ...) is inline: its text is kept with
 * the style it inherits.
 */

const names = (list: string) => new Set(list.trim().split(/\s+/))

/** Removed with everything inside them: active content, embedded documents, forms, widgets, metadata. */
export const DROPPED = names(`
  script style template noscript
  iframe frame frameset noframes object embed applet param portal
  form input button select option optgroup datalist textarea output
  svg math canvas audio video source track map area
  title meta link base xmp plaintext dialog
`)

/**
 * Elements that start and end a block of text. Headings, lists, list items,
 * quotes and captions also open their own kind of block where one can be.
 */
export const BLOCK_BOUNDARIES = names(`
  p div section article aside header footer main nav address center figure hr pre
  dl dt dd details summary fieldset legend table caption thead tbody tfoot tr body html
  h1 h2 h3 h4 h5 h6 ul ol li blockquote figcaption
`)

/** Table cells: a row reads as one line, its cells apart. */
export const CELLS = names('td th')

export const HEADING_LEVELS = new Map<string, 2 | 3>([
  ['h1', 2],
  ['h2', 2],
  ['h3', 3],
  ['h4', 3],
  ['h5', 3],
  ['h6', 3],
])

export const BOLD_ELEMENTS = names('b strong')

export const LISTS = names('ul ol')
