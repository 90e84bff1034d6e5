/** Where an article goes when nothing names its category; created with this name when missing. */
export const DEFAULT_CATEGORY = { id: 'news', name: '资讯' }
