export const BRAND_NAME = '梧桐台'
/** Where readers and rights holders write to the platform. */
export const CONTACT_EMAIL = 'service@wutongtai.cn'
/** WeUI's warning red, for the actions that take something away (注销, 清空). */
export const DANGER_COLOR = '#fa5151'
