import { closePage, createCloudBackend, openPage, type PageHandle, type PrivacyResolve } from '../support/weapp'

const ME = 'pages/me/index'
const ARTICLE = 'pages/article/index'
const READER = 'reader-openid-1'

/** WeChat asks (the reader tapped the phone-number button before consenting); the sheet shows. */
async function askConsent(page: PageHandle, referrer?: string) {
  const resolve = jest.fn<void, Parameters<PrivacyResolve>>()
  await page.needPrivacyAuthorization(resolve, referrer)
  await page.waitForText('隐私保护提示')
  return resolve
}

describe('privacy consent (compiled weapp)', () => {
  test('WeChat’s request shows the app’s sheet: what is collected and why, the guide, 拒绝 and a native 同意', async () => {
    const page = await openPage(ME, { openid: READER })
    await page.waitForClass('phone-login__button')
    const resolve = await askConsent(page)

    const text = page.texts('privacy-sheet__text')[0]
    expect(text).toContain('手机号')
    expect(text).toContain('收藏')
    const agree = page.findByText('同意') as Element
    expect(page.attribute(agree, 'open-type')).toBe('agreePrivacyAuthorization')
    expect(page.findByText('拒绝')).toBeDefined()
    // The sheet was shown, and WeChat is told so; the question itself is still open.
    expect(resolve.mock.calls).toEqual([[{ event: 'exposureAuthorization' }]])

    await page.tap('privacy-sheet__link')
    expect(page.wx.of('openPrivacyContract')).toHaveLength(1)
    expect(page.hasText('隐私保护提示')).toBe(true)
  })

  test('同意 resolves with the agree button’s id once WeChat reports the agreement, and the sheet closes', async () => {
    const page = await openPage(ME, { openid: READER })
    await page.waitForClass('phone-login__button')
    const resolve = await askConsent(page)

    const agree = page.findByText('同意') as Element
    // WeChat checks that the button named in the answer is the one the reader tapped.
    const buttonId = page.attribute(agree, 'id')
    expect(buttonId).toBe('privacy-agree')
    expect(resolve).not.toHaveBeenCalledWith(expect.objectContaining({ event: 'agree' }))

    await page.trigger(agree, 'agreeprivacyauthorization', { errMsg: 'agreePrivacyAuthorization:ok' })
    await page.waitFor(() => !page.hasText('隐私保护提示'), { message: 'the sheet stayed open' })

    expect(resolve).toHaveBeenLastCalledWith({ buttonId, event: 'agree' })
    expect(resolve.mock.calls.filter(([answer]) => answer.event !== 'exposureAuthorization')).toHaveLength(1)
  })

  test('拒绝 resolves with disagree, closes the sheet and leaves the app usable', async () => {
    const page = await openPage(ME, { openid: READER })
    await page.waitForClass('phone-login__button')
    const resolve = await askConsent(page)

    await page.tap({ text: '拒绝' })
    await page.waitFor(() => !page.hasText('隐私保护提示'), { message: 'the sheet stayed open' })

    expect(resolve).toHaveBeenLastCalledWith({ event: 'disagree' })
    expect(resolve.mock.calls.filter(([answer]) => answer.event === 'agree')).toHaveLength(0)
    // WeChat then fails the phone-number button (no code): the reader is told kindly, nothing is sent.
    await page.trigger('phone-login__button', 'getphonenumber', {
      errMsg: 'getPhoneNumber:fail privacy permission is not authorized',
    })
    expect(page.apiCalls().map((call) => call.data.action)).toEqual(['me.get'])
    expect(page.find('phone-login__button')).toBeDefined()
  })

  test('on the detail page too (copying a link asks for consent), refusing keeps the article on screen', async () => {
    const backend = await createCloudBackend()
    try {
      const [article] = await backend.articles()
      const page = await openPage(ARTICLE, { openid: READER, backend, query: { id: article.id } })
      await page.waitForClass('article-header__title')
      const resolve = await askConsent(page, 'setClipboardData')

      await page.tap({ text: '拒绝' })
      await page.waitFor(() => !page.hasText('隐私保护提示'), { message: 'the sheet stayed open' })
      expect(resolve).toHaveBeenLastCalledWith({ event: 'disagree' })
      expect(page.texts('article-header__title')).toEqual([article.title])
    } finally {
      await closePage()
      await backend.close()
    }
  })
})
