/** About the UTF-8 bytes of a string (what WeChat counts for storage and setData): non-ASCII counted as 3. */
export const utf8Bytes = (text: string) => text.length + 2 * text.replace(/[ -~]/g, '').length
