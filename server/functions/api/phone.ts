import type { PhoneProvider } from '../../core/phone'

interface PhoneInfo {
  phoneNumber?: string
  purePhoneNumber?: string
  phone_number?: string
  pure_phone_number?: string
}

interface GetPhoneNumberAnswer {
  errCode?: number
  errcode?: number
  errMsg?: string
  errmsg?: string
  phoneInfo?: PhoneInfo
  phone_info?: PhoneInfo
}

type OpenApi = { phonenumber: { getPhoneNumber(input: { code: string }): Promise<GetPhoneNumberAnswer> } }

/**
 * WeChat's phonenumber.getPhoneNumber through the cloud function's open API
 * (declared in config.json). Its answer comes camelCase from wx-server-sdk and
 * snake_case from the raw HTTP API; both are read.
 */
export function openApiPhoneProvider(openapi: OpenApi): PhoneProvider {
  return {
    async exchange(code) {
      const answer = await openapi.phonenumber.getPhoneNumber({ code })
      const errCode = answer.errCode ?? answer.errcode ?? 0
      if (errCode !== 0) throw answer
      const info = answer.phoneInfo ?? answer.phone_info ?? {}
      const phone = info.purePhoneNumber ?? info.pure_phone_number ?? info.phoneNumber ?? info.phone_number
      if (!phone) throw Object.assign(new Error('no phone number in the answer'), { errCode: -1 })
      return phone
    },
  }
}
