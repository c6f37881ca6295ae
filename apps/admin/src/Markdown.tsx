import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from './i18n/index.js';
import { type Block, type Inline, parseMarkdown } from './markdown.js';

/** Renders the inline tree as React elements: text is always text, never HTML. */
function InlineNodes({ nodes }: { nodes: Inline[] }) {
  const { href } = useI18n();
  return (
    <>
      {nodes.map((node, index) => {
        const key = `${node.type}-${index}`;
        switch (node.type) {
          case 'text':
            return node.text;
          case 'code':
            return <code key={key}>{node.text}</code>;
          case 'strong':
            return (
              <strong key={key}>
                <InlineNodes nodes={node.children} />
              </strong>
            );
          case 'em':
            return (
              <em key={key}>
                <InlineNodes nodes={node.children} />
              </em>
            );
          case 'del':
            return (
              <del key={key}>
                <InlineNodes nodes={node.children} />
              </del>
            );
          case 'module':
            return (
              <Link key={key} to={href(`/toolkit/${node.slug}`)}>
                <InlineNodes nodes={node.children} />
              </Link>
            );
          case 'link':
            return (
              <a
                key={key}
                href={node.href}
                {...(/^https?:/i.test(node.href) ? { rel: 'noopener noreferrer', target: '_blank' } : {})}
              >
                <InlineNodes nodes={node.children} />
              </a>
            );
          default:
            return null;
        }
      })}
    </>
  );
}

function heading(level: number, children: ReactNode, key: string) {
  switch (Math.min(6, Math.max(1, level))) {
    case 1:
      return <h1 key={key}>{children}</h1>;
    case 2:
      return <h2 key={key}>{children}</h2>;
    case 3:
      return <h3 key={key}>{children}</h3>;
    case 4:
      return <h4 key={key}>{children}</h4>;
    case 5:
      return <h5 key={key}>{children}</h5>;
    default:
      return <h6 key={key}>{children}</h6>;
  }
}

function Blocks({ blocks, headingShift }: { blocks: Block[]; headingShift: number }) {
  return (
    <>
      {blocks.map((block, index) => {
        const key = `${block.type}-${index}`;
        switch (block.type) {
          case 'heading':
            return heading(block.level + headingShift, <InlineNodes nodes={block.children} />, key);
          case 'paragraph':
            return (
              <p key={key}>
                <InlineNodes nodes={block.children} />
              </p>
            );
          case 'list': {
            const items = block.items.map((item, position) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: list items of a static text have no id
              <li key={position}>
                <InlineNodes nodes={item} />
              </li>
            ));
            return block.ordered ? (
              <ol key={key} start={block.start}>
                {items}
              </ol>
            ) : (
              <ul key={key}>{items}</ul>
            );
          }
          case 'quote':
            return (
              <blockquote key={key}>
                <Blocks blocks={block.blocks} headingShift={headingShift} />
              </blockquote>
            );
          case 'table':
            return (
              <table key={key}>
                <thead>
                  <tr>
                    {block.head.map((cell, position) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells of a static table have no id
                      <th scope="col" key={position}>
                        <InlineNodes nodes={cell} />
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {block.rows.map((row, rowIndex) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows of a static table have no id
                    <tr key={rowIndex}>
                      {row.map((cell, position) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: cells of a static table have no id
                        <td key={position}>
                          <InlineNodes nodes={cell} />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          case 'code':
            return (
              <pre key={key}>
                <code>{block.text}</code>
              </pre>
            );
          case 'rule':
            return <hr key={key} />;
          default:
            return null;
        }
      })}
    </>
  );
}

/**
 * Markdown from the API (the toolkit's texts) as React elements. `headingShift` moves the text's headings
 * down under the page's own (1 turns `##` into `<h3>`).
 */
export function Markdown({ text, headingShift = 0 }: { text: string; headingShift?: number }) {
  return (
    <div className="markdown">
      <Blocks blocks={parseMarkdown(text)} headingShift={headingShift} />
    </div>
  );
}
