import { Fragment } from 'react';

const URL_PATTERN = /(https?:\/\/[^\s<>"']+)/gu;

/** Plain text with its http(s) addresses as links. */
export function LinkifiedText({ text }: { readonly text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part}>
            {part}
          </a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
