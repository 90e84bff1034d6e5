import StatusView from '../../../components/StatusView'
import { goHome } from '../../../utils/navigation'

/** A link to a page this version does not have (an old share, a typo in the address): said so, with the way home. */
export default function MissingPage() {
  return (
    <StatusView title='页面不存在' description='链接可能有误，或页面已经下线' actionText='返回首页' onAction={goHome} />
  )
}
