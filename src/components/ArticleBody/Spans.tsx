import { Text } from '@tarojs/components'
import type { Span } from '../../contract/models'

interface Props {
  spans: Span[]
  onLink: (href: string) => void
}

/** Inline text: bold runs and links (a tap copies the link). */
export default function Spans({ spans, onLink }: Props) {
  return (
    <>
      {spans.map((span, index) => {
        const className = [span.bold && 'article-body__bold', span.href && 'article-body__link']
          .filter(Boolean)
          .join(' ')
        const href = span.href
        return (
          <Text key={index} className={className} onClick={href ? () => onLink(href) : undefined}>
            {span.text}
          </Text>
        )
      })}
    </>
  )
}
